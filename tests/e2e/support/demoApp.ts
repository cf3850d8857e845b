import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodeDemoToken } from '../../../src/auth/demoToken';

/** A demo tenant in a fresh browser profile (its state lives in the profile), in Toronto, in English. */
export async function openDemo(
  browser: Pick<Browser, 'newContext'>,
  baseUrl: string,
  locale = 'en-CA',
  deviceTimeZone = 'America/Toronto',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale,
    timezoneId: deviceTimeZone,
    viewport: { width: 1100, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('one-on-one-list').waitFor();
  return { context, page };
}

/** Signs in as another person of the demo tenant, as a tester does with the demo bar. */
export async function switchPerson(page: Page, label: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByTestId('demo-person').selectOption({ label })]);
  await page.getByTestId('one-on-one-list').waitFor();
}

/** Opens the agenda with a person from "My 1:1s" and waits until it is read. */
export async function openAgendaWith(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open agenda with ${name}` }).click();
  await page.getByTestId('section-checkIn').or(page.getByTestId('pending-topics')).first().waitFor();
}

/** Waits until every edit is written to OneDrive. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]').first().waitFor();
}

/**
 * The bodies of a person's invites whose subject holds `subjectPart`, over the next `days`, as Exchange delivered
 * them to that person: read through the demo tenant's Graph with a token of theirs carrying only Calendars.Read.
 */
export async function inviteBodiesOf(
  page: Page,
  displayName: string,
  subjectPart: string,
  days: number,
): Promise<string[]> {
  const person = await page.evaluate(
    (name) => window.demoTenant?.users.find((u) => u.displayName === name),
    displayName,
  );
  const token = encodeDemoToken({
    oid: person?.id ?? '',
    upn: person?.userPrincipalName ?? '',
    scp: 'Calendars.Read',
  });
  return page.evaluate(
    async ({ bearer, part, span }) => {
      const start = new Date().toISOString();
      const end = new Date(Date.now() + span * 864e5).toISOString();
      const response = await fetch(
        `https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=${start}&endDateTime=${end}&$select=subject,body&$top=100`,
        { headers: { Authorization: `Bearer ${bearer}` } },
      );
      const found = (await response.json()) as { value: { subject: string; body: { content: string } }[] };
      return found.value.filter((e) => e.subject.includes(part)).map((e) => e.body.content);
    },
    { bearer: token, part: subjectPart, span: days },
  );
}
