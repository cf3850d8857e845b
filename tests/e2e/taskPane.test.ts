import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './support/chromiumPerFile';
import { officeStub } from './support/officeStub';

const baseUrl = inject('demoBaseUrl');
const JOIN_BLOCK =
  '<div class="me-email-text"><a id="meet_invite_block.action.join_link" href="https://teams.microsoft.com/meet/123?p=abc">Join the meeting now</a></div>';
const BODY = `<html><head><meta charset="utf-8"></head><body>\r\n<p>Let us catch up.</p>\r\n${JOIN_BLOCK}\r\n</body></html>`;

const chromium = chromiumPerFile();

type Appointment = Omit<Parameters<typeof officeStub>[0], 'attendees'>;

const LEADER_COMPOSING: Appointment = {
  mode: 'compose',
  userEmail: 'claire.tremblay@contoso.ca',
  body: BODY,
};

/** The task pane in a new page; pages of one context share the demo tenant's stored state. */
async function openTaskPane(
  attendees: string[],
  appointment: Appointment = LEADER_COMPOSING,
  context?: BrowserContext,
): Promise<Page> {
  const owner =
    context ??
    (await chromium.newContext({
      locale: 'en-CA',
      timezoneId: 'America/Toronto',
      viewport: { width: 360, height: 900 },
    }));
  await owner.unroute('https://appsforoffice.microsoft.com/**');
  await owner.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: officeStub({ ...appointment, attendees }) }),
  );
  const page = await owner.newPage();
  await page.goto(`${baseUrl}/taskpane.html`);
  return page;
}

describe('the Outlook task pane', () => {
  it('shows the 1:1 agenda while composing and inserts it into the invite, keeping the join link', async () => {
    const page = await openTaskPane(['ethan.wong@contoso.ca']);
    await page.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('1:1 with Ethan Wong');
    await page.getByRole('button', { name: 'Insert or refresh agenda' }).click();
    await page.getByText('The agenda is in the invite.').waitFor();
    const body = await page.evaluate(
      () => (window as unknown as { __officeStub: { body: string } }).__officeStub.body,
    );
    expect(body).toContain('one-on-one-agenda');
    expect(body).toContain('Add your topics');
    expect(body).toContain(JOIN_BLOCK);
    expect(body).toContain('<p>Let us catch up.</p>');

    await page.getByRole('button', { name: 'Insert or refresh agenda' }).click();
    await page.getByText('The invite already carries this agenda.').waitFor();
  });

  it("shows an attendee reading the leader's invite the same agenda, without compose-only calls", async () => {
    const leader = await openTaskPane(['ethan.wong@contoso.ca']);
    await leader.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
    await leader.getByRole('button', { name: 'Insert or refresh agenda' }).click();
    await leader.getByText('The agenda is in the invite.').waitFor();
    const invite = await leader.evaluate(
      () => (window as unknown as { __officeStub: { body: string } }).__officeStub.body,
    );
    await leader.close();

    const attendee = await openTaskPane(
      ['ethan.wong@contoso.ca'],
      {
        mode: 'read',
        userEmail: 'ethan.wong@contoso.ca',
        organizerEmail: 'claire.tremblay@contoso.ca',
        body: invite,
      },
      leader.context(),
    );
    await attendee.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
    expect(await attendee.getByRole('heading', { level: 1 }).innerText()).toBe('1:1 with Claire Tremblay');
    expect(await attendee.getByRole('button', { name: 'Insert or refresh agenda' }).count()).toBe(0);
    const calls = await attendee.evaluate(
      () => (window as unknown as { __officeStub: { calls: string[] } }).__officeStub.calls,
    );
    expect(calls).toContain('getAsync:html');
    expect(calls).not.toContain('getTypeAsync');
  });

  it('says so when the appointment is not a 1:1', async () => {
    const page = await openTaskPane(['ethan.wong@contoso.ca', 'daniel.okafor@contoso.ca']);
    await page.getByTestId('not-one-on-one').waitFor({ timeout: 30_000 });
  });
});
