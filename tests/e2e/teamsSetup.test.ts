/**
 * "Set up my 1:1s in Teams", end to end: the leader turns it on in My 1:1s (auto-attach off, so no invite
 * carries the agenda); the employee then opens the side panel of that meeting in the Teams host emulator, with
 * the context's `page.id` set to the entityId the setup saved on the tab, and sees the leader's topic. Before
 * that, the employee's personal tab (My 1:1s, then the agenda) finds the same space through the meeting chat's
 * agenda tab, with no agenda in the invite body and nothing remembered on the device.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DemoTeamsState } from '../../src/demo/teams/teamsAppState';
import { launchChromiumForTeamsHost } from './support/teamsHost/browser';
import { SEED_TEAMS_USERS, seedChatIdFor } from './support/teamsHost/seedTeamsUsers';
import { meetingHostContext, openInTeamsHost } from './support/teamsHost/teamsHost';

const baseUrl = inject('demoBaseUrl');
const ETHAN = SEED_TEAMS_USERS.ethan;
const CLAIRE = SEED_TEAMS_USERS.claire;
const ETHAN_1ON1 = '1:1 Ethan / Claire';
const ETHAN_CHAT = seedChatIdFor(ETHAN_1ON1);
const TOPIC = 'Promotion timeline for the portal team';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromiumForTeamsHost();
  context = await browser.newContext({ locale: 'en-CA', timezoneId: 'America/Toronto' });
  // Claire turned "Put the agenda into invites" off on this device earlier: switching it off in the test would
  // race the list's first auto-attach, which starts as soon as the list is shown.
  await context.addInitScript((userId: string) => {
    try {
      localStorage.setItem(`oneOnOne.autoAttach.${userId}`, 'off');
    } catch {
      // A frame without storage (about:blank, sandboxed) is not the app's.
    }
  }, CLAIRE.userId);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('Set up my 1:1s in Teams', () => {
  it("puts the agenda tab in the leader's meetings, and the employee's side panel opens the space from it", async () => {
    expect(ETHAN_CHAT).not.toBe('');
    // Both in the Teams host: the demo tenant's state lives in the app frame's (partitioned) storage.
    const personal = await openInTeamsHost(context, {
      appUrl: `${baseUrl}/index.html?host=teams`,
      frameContext: 'content',
      hostContext: CLAIRE,
      nestedAppAuth: false,
    });
    const page = personal.appFrame();
    await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    // No agenda goes into any invite.
    expect(await page.getByRole('switch', { name: /Put the agenda into invites/ }).isChecked()).toBe(false);
    const setup = page.getByTestId('teams-setup');
    await setup.getByRole('switch', { name: 'Set up my 1:1s in Teams' }).check();
    await setup.getByText(/meetings? ha(s|ve) the agenda in Teams/).waitFor({ timeout: 30_000 });
    // Sophie's invite holds only Teams' short link: the leader is told what to do for it.
    expect(await setup.getByTestId('teams-setup-problems').innerText()).toContain('Sophie Lavoie');

    const frame = await personal.appFrameHandle();
    const teams: DemoTeamsState = await frame.evaluate(() => window.demoTenant?.teams() ?? {});
    const tabs = teams.chatTabs ?? [];
    const entityId = tabs.find((tab) => tab.chatId === ETHAN_CHAT)?.configuration.entityId ?? '';
    expect(entityId).toMatch(/^s1\./);

    await page.getByRole('button', { name: 'Open agenda with Ethan Wong' }).click();
    const direction = page.getByTestId('section-direction');
    await direction.getByRole('textbox', { name: /Add a topic/ }).fill(TOPIC);
    await direction.getByRole('button', { name: /Add a topic/ }).click();
    await page.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]').first().waitFor();
    // No invite was updated: the agenda reaches Ethan through the meeting tab alone.
    expect(await frame.evaluate(() => window.demoTenant?.sentUpdates().length)).toBe(0);

    // Ethan's personal tab, before anything opened the space on his side (nothing remembered on this device):
    // My 1:1s finds the space through the meeting chat's agenda tab, as his invite carries no agenda.
    const ethanPersonal = await openInTeamsHost(context, {
      appUrl: `${baseUrl}/index.html?host=teams`,
      frameContext: 'content',
      hostContext: ETHAN,
      nestedAppAuth: false,
    });
    const ethanPage = ethanPersonal.appFrame();
    await ethanPage.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    await ethanPage.getByRole('button', { name: 'Open agenda with Claire Tremblay' }).click();
    await ethanPage
      .getByTestId('section-direction')
      .getByTestId('topic')
      .filter({ hasText: TOPIC })
      .waitFor({ timeout: 30_000 });

    const session = await openInTeamsHost(context, {
      appUrl: `${baseUrl}/meeting.html?host=teams`,
      frameContext: 'sidePanel',
      hostContext: { ...ETHAN, ...meetingHostContext(ETHAN_CHAT), entityId },
      nestedAppAuth: false,
    });
    const topic = session
      .appFrame()
      .getByTestId('section-direction')
      .getByTestId('topic')
      .filter({ hasText: TOPIC });
    await topic.waitFor({ timeout: 30_000 });
    expect(await session.successCount()).toBe(1);
  });
});
