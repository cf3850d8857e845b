import type { Browser, BrowserContext, Page } from 'playwright-core';

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
