import type { Browser, BrowserContext, FrameLocator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromiumForTeamsHost } from './support/teamsHost/browser';
import { SEED_TEAMS_USERS, seedChatIdFor } from './support/teamsHost/seedTeamsUsers';
import { meetingHostContext, openInTeamsHost, type TeamsHostSession } from './support/teamsHost/teamsHost';

const baseUrl = inject('demoBaseUrl');
const CLAIRE = SEED_TEAMS_USERS.claire;
const ETHAN = SEED_TEAMS_USERS.ethan;
const SOPHIE = SEED_TEAMS_USERS.sophie;

const ETHAN_CHAT = seedChatIdFor('1:1 Ethan / Claire');
const TEAM_CHAT = seedChatIdFor('Digital Services team meeting');
// Her copy of the invite holds Teams' short /meet/ link; the chat reports the classic one.
const SOPHIE_CHAT = seedChatIdFor('Sophie / Claire 1:1');

let browser: Browser;
let context: BrowserContext | null = null;
beforeAll(async () => {
  browser = await launchChromiumForTeamsHost();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await context?.close();
  context = null;
});

async function sidePanel(
  user: typeof CLAIRE,
  chatId: string,
  entityId = '',
  locale = 'en-us',
): Promise<TeamsHostSession> {
  context ??= await browser.newContext();
  return openInTeamsHost(context, {
    appUrl: `${baseUrl}/meeting.html?host=teams`,
    frameContext: 'sidePanel',
    hostContext: { ...user, ...meetingHostContext(chatId), entityId, locale },
    nestedAppAuth: false,
  });
}

function frame(session: TeamsHostSession): FrameLocator {
  return session.appFrame();
}

describe('the meeting side panel inside a Teams host', () => {
  it('saves the tab with the space reference, shows this occurrence, and shares ticks and action items', async () => {
    expect(ETHAN_CHAT).not.toBe('');
    context = await browser.newContext();
    // Claire adds the app to the meeting: the configuration page prepares the space.
    const config = await openInTeamsHost(context, {
      appUrl: `${baseUrl}/config.html?host=teams`,
      frameContext: 'settings',
      hostContext: { ...CLAIRE, chatId: ETHAN_CHAT, meetingId: 'm1' },
      nestedAppAuth: false,
    });
    await config
      .appFrame()
      .getByText(/Select Save/)
      .waitFor({ timeout: 30_000 });
    expect(await config.triggerSave()).toEqual({ result: 'success' });
    const saved = (await config.savedSettings()).at(-1);
    expect(saved?.entityId).toMatch(/^s1\./);
    expect(saved?.contentUrl).toContain('/meeting.html');

    const leader = await sidePanel(CLAIRE, ETHAN_CHAT, saved?.entityId ?? '');
    const panel = frame(leader);
    await panel.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
    expect(await leader.successCount()).toBe(1);
    expect(await panel.getByRole('heading', { level: 1 }).innerText()).toBe('1:1 with Ethan Wong');
    // This very occurrence: the next Wednesday 1:1, 1:00 PM in Toronto, in the viewer's zone.
    expect(await panel.getByTestId('occurrence-picker').locator('option:checked').innerText()).toMatch(
      /^Wed/,
    );

    const direction = panel.getByTestId('section-direction');
    await direction.getByRole('textbox', { name: /Add a topic/ }).fill('Release plan for the portal');
    await direction.getByRole('button', { name: /Add a topic/ }).click();
    const topic = direction.getByTestId('topic').filter({ hasText: 'Release plan for the portal' });
    await topic.getByRole('checkbox').check();
    const accountability = panel.getByTestId('section-accountability');
    await accountability.getByRole('textbox', { name: 'New action item' }).fill('Book the release review');
    await accountability.getByRole('button', { name: 'Add action item' }).click();
    await panel.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]').waitFor();
    expect(await leader.successCount()).toBe(1);

    // Ethan opens the same meeting's tab: same space, same occurrence.
    const employee = await sidePanel(ETHAN, ETHAN_CHAT, saved?.entityId ?? '');
    const theirs = frame(employee);
    const ticked = theirs
      .getByTestId('section-direction')
      .getByTestId('topic')
      .filter({ hasText: 'Release plan for the portal' });
    await ticked.waitFor({ timeout: 30_000 });
    expect(await ticked.getAttribute('data-topic-state')).toBe('discussed');
    await theirs
      .getByTestId('section-accountability')
      .getByTestId('action-item')
      .filter({ hasText: 'Book the release review' })
      .waitFor();
  });

  it('says a meeting with more people is not a 1:1, and offers My 1:1s', async () => {
    const session = await sidePanel(CLAIRE, TEAM_CHAT);
    const notice = frame(session).getByTestId('not-one-on-one');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toContain('This meeting is not a 1:1');
    expect(await session.successCount()).toBe(1);
    await notice.getByRole('button', { name: 'Open My 1:1s' }).click();
    await frame(session).getByTestId('one-on-one-list').waitFor();
    await frame(session).getByRole('button', { name: 'Back' }).click();
    await frame(session).getByTestId('not-one-on-one').waitFor();
  });

  it("finds the attendee's 1:1 whose invite holds only the short join link, by the thread her invite names", async () => {
    expect(SOPHIE_CHAT).not.toBe('');
    const session = await sidePanel(SOPHIE, SOPHIE_CHAT);
    const panel = frame(session);
    const heading = panel.getByRole('heading', { level: 1, name: '1:1 with Claire Tremblay' });
    await heading.waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('not-one-on-one').count()).toBe(0);
    expect(await session.successCount()).toBe(1);
  });

  it("speaks French when the Teams client is in fr-CA, whatever the browser's own language", async () => {
    context = await browser.newContext({ locale: 'en-US' });
    const session = await sidePanel(CLAIRE, ETHAN_CHAT, '', 'fr-ca');
    const panel = frame(session);
    await panel
      .getByRole('heading', { level: 1, name: 'Rencontre 1:1 avec Ethan Wong' })
      .waitFor({ timeout: 30_000 });
    expect(await panel.locator('html').getAttribute('lang')).toBe('fr-CA');
    expect(await panel.getByText('1:1 with', { exact: false }).count()).toBe(0);
  });

  it('follows the Teams theme live, without a reload', async () => {
    const session = await sidePanel(CLAIRE, ETHAN_CHAT);
    const shell = frame(session).locator('[data-theme]').first();
    await frame(session).getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
    expect(await shell.getAttribute('data-theme')).toBe('default');
    const marker = await frame(session)
      .locator('body')
      .evaluate((body) => {
        (body as HTMLElement & { loadedOnce?: boolean }).loadedOnce = true;
        return true;
      });
    expect(marker).toBe(true);
    await session.setTheme('dark');
    await expect.poll(() => shell.getAttribute('data-theme')).toBe('dark');
    await session.setTheme('contrast');
    await expect.poll(() => shell.getAttribute('data-theme')).toBe('contrast');
    // Same document: nothing reloaded.
    expect(
      await frame(session)
        .locator('body')
        .evaluate((body) => (body as HTMLElement & { loadedOnce?: boolean }).loadedOnce),
    ).toBe(true);
  });

  it('shows the To Do sync and its status in the side panel, and adds the leader’s own action item as a task', async () => {
    const session = await sidePanel(CLAIRE, ETHAN_CHAT);
    const panel = frame(session);
    await panel.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
    const status = panel.getByTestId('todo-sync-status');
    expect(await status.getAttribute('data-state')).toBe('off');
    await panel.getByTestId('todo-sync-switch').click();
    const accountability = panel.getByTestId('section-accountability');
    await accountability
      .getByRole('textbox', { name: 'New action item' })
      .fill('Send the onboarding checklist');
    await accountability.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Me' });
    await accountability.getByRole('button', { name: 'Add action item' }).click();
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toContain('1 added');
    expect(await status.getAttribute('data-state')).toBe('synced');
  });
});
