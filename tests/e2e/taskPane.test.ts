import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './support/chromiumPerFile';
import { officeComposeStub } from './support/officeStub';

const baseUrl = inject('demoBaseUrl');
const JOIN_BLOCK =
  '<div class="me-email-text"><a id="meet_invite_block.action.join_link" href="https://teams.microsoft.com/meet/123?p=abc">Join the meeting now</a></div>';
const BODY = `<html><head><meta charset="utf-8"></head><body>\r\n<p>Let us catch up.</p>\r\n${JOIN_BLOCK}\r\n</body></html>`;

const chromium = chromiumPerFile();

async function openTaskPane(attendees: string[]) {
  const context = await chromium.newContext({
    locale: 'en-CA',
    timezoneId: 'America/Toronto',
    viewport: { width: 360, height: 900 },
  });
  await context.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: officeComposeStub({ userEmail: 'claire.tremblay@contoso.ca', attendees, body: BODY }),
    }),
  );
  const page = await context.newPage();
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

  it('says so when the appointment is not a 1:1', async () => {
    const page = await openTaskPane(['ethan.wong@contoso.ca', 'daniel.okafor@contoso.ca']);
    await page.getByTestId('not-one-on-one').waitFor({ timeout: 30_000 });
  });
});
