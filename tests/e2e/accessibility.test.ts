/**
 * axe-core in Chromium on every surface, in the three Teams themes: light, dark and high contrast.
 * Fails on any violation of impact "serious" or "critical", and prints each rule with its targets.
 *
 * Themes: in a plain browser the app follows `prefers-color-scheme` and `forced-colors`
 * (src/host/hostTheme.ts), emulated here per browser context; inside the Teams host emulator the host's
 * theme is used. Either way the test checks `[data-theme]` on the FluentProvider root before running axe.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { seriousAxeViolations } from './support/axeAudit';
import { launchChromium } from './support/chromium';
import { openAgendaWith } from './support/demoApp';
import { launchChromiumForTeamsHost } from './support/teamsHost/browser';
import type { TeamsTheme } from './support/teamsHost/protocol';
import { meetingHostContext, openInTeamsHost } from './support/teamsHost/teamsHost';

const baseUrl = inject('demoBaseUrl');

type ThemeName = 'default' | 'dark' | 'contrast';
const THEMES: readonly ThemeName[] = ['default', 'dark', 'contrast'];

/** A browser context in the given theme, as a plain browser (OS dark mode, Windows high contrast) reports it. */
async function themedContext(
  browser: Browser,
  theme: ThemeName,
  viewport = { width: 1100, height: 900 },
): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'en-CA',
    timezoneId: 'America/Toronto',
    viewport,
    colorScheme: theme === 'dark' ? 'dark' : 'light',
    forcedColors: theme === 'contrast' ? 'active' : 'none',
  });
}

async function expectTheme(target: Page | Frame, theme: ThemeName): Promise<void> {
  await expect
    .poll(() => target.locator('[data-theme]').first().getAttribute('data-theme'), { timeout: 10_000 })
    .toBe(theme);
}

/** Waits until the agenda is written to OneDrive; on a timeout, says in which state it stayed. */
async function waitUntilSaved(page: Page): Promise<void> {
  const status = page.locator('[data-testid="sync-status"]').first();
  try {
    await page.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]').first().waitFor();
  } catch (error) {
    const state = await status.evaluate(
      (e) => `${e.getAttribute('data-state')}/${e.getAttribute('data-pending')}`,
    );
    throw new Error(`The agenda stayed ${state}: ${String(error)}`);
  }
}

/** Collected per surface and theme, printed once at the end (the figures of the run). */
const report: string[] = [];

async function audit(surface: string, theme: ThemeName, target: Page | Frame): Promise<void> {
  await expectTheme(target, theme);
  const found = await seriousAxeViolations(target);
  report.push(
    `${surface} / ${theme}: ${found.length === 0 ? 'no serious or critical violations' : found.join('\n  ')}`,
  );
  expect(found, `${surface} in ${theme}:\n${found.join('\n')}`).toEqual([]);
}

let browser: Browser;
let teamsBrowser: Browser;
let context: BrowserContext | null = null;

beforeAll(async () => {
  [browser, teamsBrowser] = await Promise.all([launchChromium(), launchChromiumForTeamsHost()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), teamsBrowser?.close()]);
  console.info(`axe-core results:\n${report.join('\n')}`);
});
afterEach(async () => {
  await context?.close();
  context = null;
});

describe.each(THEMES)('axe on every surface, theme %s', (theme) => {
  it('the personal tab (My 1:1s), with the invite statuses in', async () => {
    context = await themedContext(browser, theme);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('one-on-one-list').waitFor();
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    await audit('personal tab', theme, page);
  });

  it('the agenda, with topics, an action item, a shared note and the accordions open', async () => {
    context = await themedContext(browser, theme);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('one-on-one-list').waitFor();
    // Let My 1:1s' invite sync create the space first, so this test starts from a settled agenda (the race of
    // two creates is covered by tests/integration/hostileConcurrentCreate.test.ts).
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    await openAgendaWith(page, 'Ethan Wong');
    const direction = page.getByTestId('section-direction');
    await direction.getByRole('textbox', { name: /Add a topic/ }).fill('Roadmap for the intake portal');
    await direction.getByRole('button', { name: /Add a topic/ }).click();
    await direction.getByRole('textbox', { name: /Add a topic/ }).fill('Hiring plan');
    await direction.getByRole('button', { name: /Add a topic/ }).click();
    await direction.getByTestId('topic').filter({ hasText: 'Hiring plan' }).getByRole('checkbox').check();
    const accountability = page.getByTestId('section-accountability');
    await accountability.getByRole('textbox', { name: 'New action item' }).fill('Book the release review');
    await accountability.locator('input[type="date"]').fill('2031-01-15');
    await accountability.getByRole('button', { name: 'Add action item' }).click();
    // A refused text shows its message: audited too.
    await page
      .getByTestId('section-capability')
      .getByRole('button', { name: /Add a topic/ })
      .click();
    await page.getByText('Type something first.').waitFor();
    await waitUntilSaved(page);
    for (const header of await page.locator('.fui-AccordionHeader button').all()) await header.click();
    await audit('agenda', theme, page);

    // The topic's action menu, open.
    await direction
      .getByTestId('topic')
      .filter({ hasText: 'Roadmap for the intake portal' })
      .getByRole('button', { name: /Actions for/ })
      .click();
    await page.getByRole('menu').waitFor();
    await audit('agenda (topic menu open)', theme, page);
  });

  it('the team view', async () => {
    context = await themedContext(browser, theme);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('one-on-one-list').waitFor();
    const entry = page
      .getByRole('tab', { name: /team/i })
      .or(page.getByRole('button', { name: /team/i }))
      .or(page.getByRole('link', { name: /team/i }))
      .first();
    // The "My 1:1s | My team" tabs show to leaders once their people are known.
    await entry.waitFor({ timeout: 15_000 }).catch(() => undefined);
    expect(await entry.count(), 'a "My team" tab leads to the team view').toBeGreaterThan(0);
    await entry.click();
    // The team list (or a clear error) once loaded, with a member card, a chart and its flags.
    await page.getByTestId('team-list').or(page.getByRole('alert')).first().waitFor({ timeout: 30_000 });
    await page
      .locator('main[aria-busy="true"]')
      .waitFor({ state: 'detached', timeout: 30_000 })
      .catch(() => undefined);
    await audit('team view', theme, page);
  });

  it('the meeting side panel, 320 px wide (280 px of app) in the Teams host', async () => {
    const seedEmulator = createGraphEmulator({ seed: loadDefaultDemoSeed() });
    const chatId = seedEmulator.chatIdForEvent('1:1 Ethan / Claire') ?? '';
    expect(chatId).not.toBe('');
    context = await teamsBrowser.newContext();
    const session = await openInTeamsHost(context, {
      appUrl: `${baseUrl}/meeting.html?host=teams`,
      frameContext: 'sidePanel',
      theme: theme as TeamsTheme,
      // Signed in as the default host user, Claire (the leader).
      hostContext: meetingHostContext(chatId),
      nestedAppAuth: false,
    });
    const panel = session.appFrame();
    await panel.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
    const direction = panel.getByTestId('section-direction');
    await direction.getByRole('textbox', { name: /Add a topic/ }).fill('Release plan for the portal');
    await direction.getByRole('button', { name: /Add a topic/ }).click();
    await direction.getByTestId('topic').first().waitFor();
    await panel.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]').waitFor();
    const frame = await session.appFrameHandle();
    const width = await frame.evaluate(() => document.documentElement.clientWidth);
    expect(width).toBeLessThanOrEqual(320);
    await audit('side panel', theme, frame);
  });

  it('the Outlook task pane', async () => {
    const stubModule = resolve(import.meta.dirname, 'support/officeStub.ts');
    const { officeStub } = (await import(/* @vite-ignore */ stubModule)) as {
      officeStub: (options: { userEmail: string; attendees: string[]; body: string }) => string;
    };
    context = await themedContext(browser, theme, { width: 360, height: 900 });
    await context.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: officeStub({
          userEmail: 'claire.tremblay@contoso.ca',
          attendees: ['ethan.wong@contoso.ca'],
          body: '<html><head></head><body><p>Let us catch up.</p></body></html>',
        }),
      }),
    );
    const page = await context.newPage();
    await page.goto(`${baseUrl}/taskpane.html`);
    await page.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
    await audit('task pane', theme, page);
  });
});
