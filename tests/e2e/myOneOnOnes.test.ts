import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './support/chromiumPerFile';

const baseUrl = inject('demoBaseUrl');
const chromium = chromiumPerFile();

async function openDemo(locale = 'en-CA', timezoneId = 'America/Toronto'): Promise<Page> {
  // A fresh profile is a fresh demo tenant: state lives in this browser's storage.
  const context = await chromium.newContext({ locale, timezoneId });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('one-on-one-list').waitFor();
  return page;
}

async function personCards(page: Page): Promise<string[]> {
  return page
    .getByTestId('one-on-one-list')
    .getByRole('group')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));
}

describe('My 1:1s on the demo tenant', () => {
  it("shows times in the mailbox's time zone, not the device's", async () => {
    // Claire's mailbox is in Eastern time; her laptop is still on Vancouver time after a trip.
    const page = await openDemo('en-CA', 'America/Vancouver');
    const daniel = page.getByRole('group', { name: 'Daniel Okafor, Reports to you' });
    await expect.poll(() => daniel.innerText(), { timeout: 15_000 }).toMatch(/Next: Tue, .*9:00\sa\.?m\.?/i);
    expect(await daniel.innerText()).not.toMatch(/6:00\sa\.?m\.?/i);
  });

  it('shows the leader exactly her 1:1s of the next 14 days, grouped by person with their role', async () => {
    const page = await openDemo();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('My 1:1s');
    const cards = await personCards(page);

    expect(cards.sort()).toEqual(
      [
        'Daniel Okafor, Reports to you',
        'Ethan Wong, Reports to you',
        'Julie Nguyen, Reports to you',
        'Marc-André Gagnon, Your manager',
        'Marcus Lee, Reports to you',
        'Priya Raman, Colleague',
        'Sophie Lavoie, Reports to you',
      ].sort(),
    );
    const text = await page.getByTestId('one-on-one-list').innerText();
    // Group meetings, all-day events, the private appointment, the free hold and cancelled occurrences stay out.
    expect(text).not.toMatch(/team meeting|sprint review|offsite|leadership|out of office|canceled/i);
    expect(text).toContain('Every 2 weeks');
    expect(text).toContain('Weekly');
    expect(text).toContain('Teams meeting');
    expect(text).toContain('Julie Nguyen declined');
    // Daniel's 1:1 is Tuesdays 09:00 in Toronto; the browser runs in Toronto, so that is what the user sees.
    const daniel = page.getByRole('group', { name: 'Daniel Okafor, Reports to you' });
    expect(await daniel.innerText()).toMatch(/Next: Tue, .*9:00\sa\.?m\.?/i);
  });

  it('switching to an employee in the demo bar shows their 1:1 with the leader', async () => {
    const page = await openDemo();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByTestId('demo-person').selectOption({ label: 'Ethan Wong (Senior Software Developer)' }),
    ]);
    await page.getByTestId('one-on-one-list').waitFor();

    expect(await personCards(page)).toEqual(['Claire Tremblay, Your manager']);
    expect(await page.getByTestId('demo-person').inputValue()).not.toBe('');
  });

  it('says so, with no list, when a person has no 1:1 ahead and nobody reporting to them', async () => {
    const page = await openDemo();
    // Aisha's 1:1 series with Claire ended weeks ago, and nobody reports to her.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByTestId('demo-person').selectOption({ label: 'Aisha Benali (Business Analyst)' }),
    ]);
    await page.getByRole('heading', { name: 'No 1:1s in the next 14 days', level: 2 }).waitFor();
    expect(await page.getByTestId('one-on-one-list').count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'My team' }).count()).toBe(0);

    // The team view, reached by its address, explains itself instead of showing an empty list.
    await page.evaluate(() => {
      window.location.hash = '#/team';
    });
    await page.getByRole('heading', { name: 'No direct reports', level: 2 }).waitFor();
    expect(await page.getByText('The directory lists nobody who reports to you.').count()).toBe(1);
    expect(await page.getByTestId('team-list').count()).toBe(0);
  });

  it('speaks French (Canada) when the host locale is French', async () => {
    const page = await openDemo('fr-CA');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Mes rencontres 1:1');
    expect(await personCards(page)).toContain('Marc-André Gagnon, Votre gestionnaire');
  });

  it('shows an error with a retry when Graph keeps failing, and recovers on retry', async () => {
    const page = await openDemo();
    await page.evaluate(() =>
      window.demoTenant?.faults.enqueue({ status: 503, times: 20, match: '/calendarView' }),
    );
    await page.getByRole('button', { name: 'Refresh' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain('Microsoft 365 is not answering right now');

    await page.evaluate(() => window.demoTenant?.faults.clear());
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('one-on-one-list').waitFor();
    expect((await personCards(page)).length).toBe(7);
  });
});
