import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './support/chromiumPerFile';
import { inviteBodiesOf, openAgendaWith, openDemo, switchPerson, waitUntilSaved } from './support/demoApp';

const baseUrl = inject('demoBaseUrl');
const LEADER = 'Claire Tremblay (Director, Digital Services)';
const EMPLOYEE = 'Ethan Wong (Senior Software Developer)';
const chromium = chromiumPerFile();

async function addTopic(page: Page, section: string, text: string) {
  const form = page.getByTestId(`section-${section}`);
  await form.getByRole('textbox', { name: /Add a topic/ }).fill(text);
  await form.getByRole('button', { name: /Add a topic/ }).click();
  await form.getByTestId('topic').filter({ hasText: text }).waitFor();
}

/** Waits for auto-attach to publish the leader's spaces through the invites. */
async function waitForInvites(page: Page) {
  await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
}

describe('the shared agenda, end to end on the demo tenant', () => {
  it('carries the employee topic to the leader, and open items to the following 1:1', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await waitForInvites(page);

    // 1. The employee adds a topic to the next 1:1.
    await switchPerson(page, EMPLOYEE);
    await openAgendaWith(page, 'Claire Tremblay');
    await addTopic(page, 'direction', 'Training budget for Q1');
    await waitUntilSaved(page);

    // 2. The leader sees it under Direction, marked as the employee's.
    await switchPerson(page, LEADER);
    await openAgendaWith(page, 'Ethan Wong');
    const direction = page.getByTestId('section-direction');
    const employeeTopic = direction.getByTestId('topic').filter({ hasText: 'Training budget for Q1' });
    await employeeTopic.waitFor();
    expect(await employeeTopic.getAttribute('data-author')).toBe('employee');
    expect(await employeeTopic.innerText()).toContain('From Ethan Wong');

    // 3. One topic discussed, another left open, an action item for the employee.
    await addTopic(page, 'direction', 'Roadmap for the intake portal');
    await employeeTopic.getByRole('checkbox').check();
    const accountability = page.getByTestId('section-accountability');
    await accountability.getByRole('textbox', { name: 'New action item' }).fill('Draft the Q1 learning plan');
    await accountability.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Ethan Wong' });
    await accountability.locator('input[type="date"]').fill('2031-01-15');
    await accountability.getByRole('button', { name: 'Add action item' }).click();
    await accountability
      .getByTestId('action-item')
      .filter({ hasText: 'Draft the Q1 learning plan' })
      .waitFor();
    await waitUntilSaved(page);

    // 4. At the following occurrence, the open topic and the action item are there; the discussed one is not.
    await page.getByRole('button', { name: 'Next 1:1' }).click();
    const nextDirection = page.getByTestId('section-direction');
    await nextDirection.getByTestId('topic').filter({ hasText: 'Roadmap for the intake portal' }).waitFor();
    expect(await nextDirection.innerText()).not.toContain('Training budget for Q1');
    const carried = page
      .getByTestId('section-accountability')
      .getByTestId('action-item')
      .filter({ hasText: 'Draft the Q1 learning plan' });
    await carried.waitFor();
    expect(await carried.innerText()).toContain('Owner: Ethan Wong');
    expect(await carried.innerText()).toContain('Carried over');

    // The employee sees the same, after a reload.
    await switchPerson(page, EMPLOYEE);
    await openAgendaWith(page, 'Claire Tremblay');
    await page
      .getByTestId('section-accountability')
      .getByTestId('action-item')
      .filter({ hasText: 'Draft the Q1 learning plan' })
      .waitFor();
  });

  it('puts the agenda on the invite once per occurrence, and the employee’s copy keeps the Teams join link', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await waitForInvites(page);
    const firstUpdates = await page.evaluate(() => window.demoTenant?.sentUpdates().length ?? -1);
    expect(firstUpdates).toBeGreaterThan(0);

    // A reload runs auto-attach again: nothing new is sent.
    await page.reload();
    await waitForInvites(page);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.demoTenant?.sentUpdates().length)).toBe(firstUpdates);
    const perOccurrence = await page.evaluate(() => {
      const counts = new Map<string, number>();
      for (const u of window.demoTenant?.sentUpdates() ?? []) {
        const key = `${u.iCalUId}|${u.occurrenceStart}|${u.to}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts.values()];
    });
    expect(Math.max(...perOccurrence)).toBe(1);

    // The employee's copy as Exchange delivered it: the block with our link, and the join link intact.
    const bodies = await inviteBodiesOf(page, 'Ethan Wong', 'Ethan', 7);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      expect(body).toContain('one-on-one-agenda');
      expect(body).toContain('Add your topics');
      expect(body).toContain('meet_invite_block.action.join_link');
      expect(body).toMatch(/[?&](amp;)?space=s1\./);
    }
  });
  it('offers "Update invite" once OneDrive answers again, without reopening the agenda', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await waitForInvites(page);

    // OneDrive drops every connection while the leader opens the agenda: it shows this device's copy, offline.
    await page.evaluate(() =>
      window.demoTenant?.faults.enqueue({ networkError: true, times: 1000, match: '/drive' }),
    );
    await openAgendaWith(page, 'Ethan Wong');
    await page.locator('[data-testid="sync-status"][data-state="offline"]').first().waitFor();
    const updateInvite = page.getByRole('button', { name: 'Update invite' });
    expect(await updateInvite.count()).toBe(0);

    // Back online: the outbox's own retry reaches the file, and the button comes with it.
    await page.evaluate(() => window.demoTenant?.faults.clear());
    await waitUntilSaved(page);
    await updateInvite.waitFor();
    // Auto-attach wrote this invite today; forget that, so the click is not refused as a second update today.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('oneOnOne.inviteUpdated.')) localStorage.removeItem(key);
      }
    });
    await updateInvite.click();
    await page.getByText(/The invite (now|already) carries this agenda\./).waitFor();
  });
});
