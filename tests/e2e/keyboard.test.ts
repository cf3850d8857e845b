/**
 * Every flow by keyboard alone: no click, no `fill`, no `locator.focus()`. The test only presses Tab,
 * Shift+Tab, Enter, Space, arrows and Escape, and types, as a keyboard user does. Locators are used only to
 * check where the focus is and what the screen shows.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { chromiumPerFile } from './support/chromiumPerFile';
import { openDemo } from './support/demoApp';
import { launchChromiumForTeamsHost } from './support/teamsHost/browser';
import { meetingHostContext, openInTeamsHost } from './support/teamsHost/teamsHost';

const baseUrl = inject('demoBaseUrl');
/** More Tab presses than any surface has stops before the target; a trap shows up as a failure, not a hang. */
const MAX_TABS = 150;

const chromium = chromiumPerFile();

/** A short description of the focused element, for the failure message. */
async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    // Into same-origin frames.
    while (element instanceof HTMLIFrameElement && element.contentDocument?.activeElement) {
      element = element.contentDocument.activeElement;
    }
    if (!element) return '(nothing)';
    const label =
      element.getAttribute('aria-label') ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent?.slice(0, 40) ??
      '';
    return `${element.tagName.toLowerCase()}[${element.getAttribute('role') ?? ''}] "${label.trim()}"`;
  });
}

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === element.ownerDocument.activeElement).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus; fails after MAX_TABS presses, listing the stops.
 * Also checks that the focus never falls back to the page body on the way (a lost focus).
 */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<number> {
  const stops: string[] = [];
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    stops.push(await focusedDescription(page));
  }
  throw new Error(`Tab never reached the target; the focus went through:\n${stops.join('\n')}`);
}

async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 0 });
}

/** The focused element shows a focus indicator: an outline or a box shadow of its own or of a pseudo element. */
async function hasVisibleFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const visible = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '') ||
      (style.borderBottomWidth !== '' && Number.parseFloat(style.borderBottomWidth) >= 2);
    const view = element.ownerDocument.defaultView;
    if (!view) return false;
    const candidates = [element, element.parentElement, element.parentElement?.parentElement].filter(
      (e): e is HTMLElement => e instanceof HTMLElement,
    );
    return candidates.some(
      (candidate) =>
        visible(view.getComputedStyle(candidate)) ||
        visible(view.getComputedStyle(candidate, '::after')) ||
        visible(view.getComputedStyle(candidate, '::before')),
    );
  });
}

async function keyboardAgendaFlow(
  page: Page,
  scope: Page | FrameLocator,
  topicText: string,
  itemText: string,
) {
  // Add a topic to Direction: tab to its box, type, Enter submits the form.
  const direction = scope.getByTestId('section-direction');
  const topicBox = direction.getByRole('textbox', { name: /Add a topic/ });
  await tabTo(page, topicBox);
  expect(await hasVisibleFocus(topicBox)).toBe(true);
  await typeText(page, topicText);
  await page.keyboard.press('Enter');
  const topic = direction.getByTestId('topic').filter({ hasText: new RegExp(`^${topicText}`) });
  await topic.waitFor();
  expect(await topicBox.inputValue()).toBe('');
  // Focus stays in the box, ready for the next topic.
  expect(await isFocused(topicBox)).toBe(true);

  // A second one through the Add button, with Space.
  await typeText(page, `Second ${topicText.toLowerCase()}`);
  const addButton = direction.getByRole('button', { name: /Add a topic/ });
  await tabTo(page, addButton);
  expect(await hasVisibleFocus(addButton)).toBe(true);
  await page.keyboard.press('Space');
  const second = direction.getByTestId('topic').filter({ hasText: `Second ${topicText.toLowerCase()}` });
  await second.waitFor();

  // Tick the first topic off: Shift+Tab back to its checkbox, Space.
  const checkbox = topic.getByRole('checkbox');
  await tabTo(page, checkbox, true);
  expect(await hasVisibleFocus(checkbox)).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(() => topic.getAttribute('data-topic-state')).toBe('discussed');

  // The second topic's menu: Enter opens it, arrows move, Enter picks "Defer to next 1:1".
  const menuButton = second.getByRole('button', { name: /Actions for/ });
  await tabTo(page, menuButton);
  await page.keyboard.press('Enter');
  const menu = scope.getByRole('menu');
  await menu.waitFor();
  const defer = menu.getByRole('menuitem', { name: 'Defer to next 1:1' });
  for (let presses = 0; presses < 8 && !(await isFocused(defer)); presses++)
    await page.keyboard.press('ArrowDown');
  expect(await isFocused(defer)).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => second.getAttribute('data-topic-state')).toBe('deferred');
  await menu.waitFor({ state: 'detached' });

  // Escape closes a menu and gives the focus back to its button.
  await tabTo(page, menuButton);
  await page.keyboard.press('Enter');
  await menu.waitFor();
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  expect(await isFocused(menuButton)).toBe(true);

  // An action item: text, owner (arrow keys in the select), due date (typed), then Enter on the button.
  const accountability = scope.getByTestId('section-accountability');
  const itemBox = accountability.getByRole('textbox', { name: 'New action item' });
  await tabTo(page, itemBox);
  await typeText(page, itemText);
  const owner = accountability.getByRole('combobox', { name: 'Owner' });
  await tabTo(page, owner);
  expect(await hasVisibleFocus(owner)).toBe(true);
  const ownerBefore = await owner.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => owner.inputValue()).not.toBe(ownerBefore);
  const dueDate = accountability.locator('input[type="date"]');
  await tabTo(page, dueDate);
  // Chromium's date field is three segments typed in turn; their order follows the browser's own locale, so
  // each order is tried (typing over a segment replaces it), starting again from the first segment.
  for (const digits of ['01152031', '20310115', '15012031']) {
    await typeText(page, digits);
    if ((await dueDate.inputValue()) === '2031-01-15') break;
    await tabTo(page, owner, true);
    await page.keyboard.press('Tab');
  }
  expect(await dueDate.inputValue()).toBe('2031-01-15');
  const addItem = accountability.getByRole('button', { name: 'Add action item' });
  await tabTo(page, addItem);
  expect(await hasVisibleFocus(addItem)).toBe(true);
  await page.keyboard.press('Enter');
  const item = accountability.getByTestId('action-item').filter({ hasText: itemText });
  await item.waitFor();
  expect(await item.innerText()).toMatch(/Due Jan 15, 2031/);
  expect(await itemBox.inputValue()).toBe('');

  // Refused input by keyboard: Enter on an empty box says why, and nothing is added.
  await tabTo(page, itemBox, true);
  const before = await accountability.getByTestId('action-item').count();
  await page.keyboard.press('Enter');
  await accountability.getByText('Type something first.').waitFor();
  expect(await accountability.getByTestId('action-item').count()).toBe(before);

  // Tick the action item done with Space.
  const done = item.getByRole('checkbox');
  await tabTo(page, done, true);
  await page.keyboard.press('Space');
  await expect.poll(() => item.getAttribute('data-state')).toBe('done');

  await scope.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]').first().waitFor();
}

describe('keyboard alone', () => {
  it('opens an agenda from My 1:1s, adds and ticks topics, records an action item, and goes back', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    // Let My 1:1s' invite sync create the space first, so this test starts from a settled agenda (the race of
    // two creates is covered by tests/integration/hostileConcurrentCreate.test.ts).
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });

    const open = page.getByRole('button', { name: 'Open agenda with Ethan Wong' });
    await tabTo(page, open);
    expect(await hasVisibleFocus(open)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('section-checkIn').waitFor();

    await keyboardAgendaFlow(page, page, 'Keyboard topic', 'Keyboard action item');

    // Back to the list with the keyboard; the history accordion opens with Enter too.
    const history = page.getByRole('button', { name: 'History' });
    await tabTo(page, history);
    await page.keyboard.press('Enter');
    await expect.poll(() => history.getAttribute('aria-expanded')).toBe('true');
    const back = page.getByRole('button', { name: 'My 1:1s' });
    await tabTo(page, back, true);
    await page.keyboard.press('Enter');
    await page.getByTestId('one-on-one-list').waitFor();

    // What was typed is in the agenda after a reload.
    await page.reload();
    await page.getByTestId('one-on-one-list').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Open agenda with Ethan Wong' }));
    await page.keyboard.press('Enter');
    const accountability = page.getByTestId('section-accountability');
    await accountability.getByTestId('action-item').filter({ hasText: 'Keyboard action item' }).waitFor();
    await page
      .getByTestId('section-direction')
      .getByTestId('topic')
      .filter({ hasText: 'Keyboard topic' })
      .first()
      .waitFor();
  });

  it('goes to My team, shows the charts as tables, and schedules a missing 1:1', async () => {
    const { page } = await openDemo(chromium, baseUrl);

    // The tab list: Tab reaches the selected tab, an arrow moves to "My team", Enter opens it.
    const myOneOnOnes = page.getByRole('tab', { name: 'My 1:1s' });
    const myTeam = page.getByRole('tab', { name: 'My team' });
    await tabTo(page, myOneOnOnes);
    expect(await hasVisibleFocus(myOneOnOnes)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await isFocused(myTeam)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('team-list').waitFor({ timeout: 30_000 });

    // The switch that shows every chart as a table, with Space.
    const tables = page.getByTestId('charts-as-tables');
    await tabTo(page, tables);
    await page.keyboard.press('Space');
    const aisha = page.locator('[data-testid="team-member"][data-email="aisha.benali@contoso.ca"]');
    await aisha.getByTestId('cadence-table').waitFor();

    // Aisha has nothing booked: her "Schedule a 1:1" button, with Enter.
    const schedule = aisha.getByRole('button', { name: 'Schedule a 1:1 with Aisha Benali' });
    await tabTo(page, schedule);
    expect(await hasVisibleFocus(schedule)).toBe(true);
    await page.keyboard.press('Enter');
    const result = page.getByTestId('schedule-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.innerText()).toContain('Every 2 weeks');
    await expect.poll(() => aisha.getAttribute('data-flags'), { timeout: 30_000 }).toBe('noRecentOneOnOne');
  });

  it('does the same in the 280 px meeting side panel inside Teams', async () => {
    const teamsBrowser = await launchChromiumForTeamsHost();
    try {
      const seed = createGraphEmulator({ seed: loadDefaultDemoSeed() });
      const chatId = seed.chatIdForEvent('1:1 Ethan / Claire') ?? '';
      const teamsContext = await teamsBrowser.newContext();
      const session = await openInTeamsHost(teamsContext, {
        appUrl: `${baseUrl}/meeting.html?host=teams`,
        frameContext: 'sidePanel',
        // Signed in as the default host user, Claire (the leader).
        hostContext: meetingHostContext(chatId),
        nestedAppAuth: false,
      });
      const panel = session.appFrame();
      await panel.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
      // Into the frame, as Teams does when the panel opens.
      await session.page.keyboard.press('Tab');
      await keyboardAgendaFlow(session.page, panel, 'Panel topic', 'Panel action item');
    } finally {
      await teamsBrowser.close();
    }
  });
});
