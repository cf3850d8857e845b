import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { GRAPH_SCOPES } from '../../src/auth/authConfig';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { seriousAxeViolations } from './support/axeAudit';
import { chromiumPerFile } from './support/chromiumPerFile';
import { openAgendaWith, openDemo, waitUntilSaved } from './support/demoApp';

const baseUrl = inject('demoBaseUrl');
const AISHA = 'aisha.benali@contoso.ca';
const chromium = chromiumPerFile();

async function openTeam(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'My team' }).click();
  await page.getByTestId('team-list').waitFor({ timeout: 30_000 });
}

const member = (page: Page, email: string) =>
  page.locator(`[data-testid="team-member"][data-email="${email}"]`);

/** `fetch` to Graph from the page as a person of the demo tenant (the service worker answers). */
async function graphAs<T>(
  page: Page,
  name: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
) {
  const user = await page.evaluate(
    (display) => window.demoTenant?.users.find((u) => u.displayName === display),
    name,
  );
  const token = encodeDemoToken({
    oid: user?.id ?? '',
    upn: user?.userPrincipalName ?? '',
    // The scopes the app's own token carries (the emulator checks them per route).
    scp: GRAPH_SCOPES.join(' '),
  });
  return page.evaluate(
    async ({ bearer, url, method, body }) => {
      const response = await fetch(`https://graph.microsoft.com/v1.0${url}`, {
        method,
        headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
        body: body === null ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as unknown;
    },
    { bearer: token, url: path, method: init.method ?? 'GET', body: init.body ?? null },
  ) as Promise<T>;
}

describe.each([
  ['dark', { colorScheme: 'dark' as const }],
  ['contrast', { forcedColors: 'active' as const }],
])('My team in the %s theme', (theme, display) => {
  it('has no serious axe violations, charts or tables', async () => {
    const context = await chromium.newContext({
      locale: 'en-CA',
      timezoneId: 'America/Toronto',
      viewport: { width: 1100, height: 900 },
      ...display,
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/team`);
    await page.getByTestId('team-list').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
    await member(page, AISHA).getByTestId('cadence-chart').locator('svg').first().waitFor();
    expect(await seriousAxeViolations(page), 'axe, charts').toEqual([]);
    await page.getByTestId('charts-as-tables').click();
    await member(page, AISHA).getByTestId('cadence-table').waitFor();
    expect(await seriousAxeViolations(page), 'axe, tables').toEqual([]);
  });
});

describe('My team, end to end on the demo tenant', () => {
  it('flags Aisha, schedules her recurring 1:1, which then shows in My 1:1s with the agenda on the invite', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await openTeam(page);

    // Aisha's series ended six weeks ago and nothing is booked: she is flagged, and listed before everyone with
    // fewer flags (most flags first). Not always first: on a Monday before Marcus's 1:1, his two cancelled
    // occurrences leave him a third flag.
    const aisha = member(page, AISHA);
    expect(await aisha.getAttribute('data-flags')).toBe('noRecentOneOnOne nothingScheduled');
    const rows = await page.getByTestId('team-member').evaluateAll((items) =>
      items.map((item) => ({
        email: item.getAttribute('data-email'),
        flags: (item.getAttribute('data-flags') ?? '').split(' ').filter(Boolean).length,
      })),
    );
    const flagCounts = rows.map((row) => row.flags);
    expect(flagCounts).toEqual([...flagCounts].sort((a, b) => b - a));
    const aishaAt = rows.findIndex((row) => row.email === AISHA);
    expect(aishaAt).toBeGreaterThanOrEqual(0);
    expect(rows.slice(0, aishaAt).every((row) => row.flags >= 2)).toBe(true);
    expect(rows.slice(aishaAt + 1).every((row) => row.flags <= 2)).toBe(true);
    expect(await aisha.innerText()).toContain('No 1:1 in the last 30 days');
    expect(await aisha.getByTestId('next-one-on-one').innerText()).toBe('None scheduled');
    await aisha.getByTestId('cadence-chart').locator('svg').first().waitFor();

    // The chart's table alternative: one row per week, 12 weeks.
    expect(await seriousAxeViolations(page), 'axe, charts').toEqual([]);
    await page.getByTestId('charts-as-tables').click();
    const table = aisha.getByTestId('cadence-table');
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(13);
    expect(await table.getAttribute('aria-label')).toBe('1:1s per week with Aisha Benali, last 12 weeks');
    expect(await seriousAxeViolations(page), 'axe, tables').toEqual([]);

    // Schedule a 1:1 (every two weeks): the series is created and the team view reads it back.
    await aisha.getByRole('button', { name: 'Schedule a 1:1 with Aisha Benali' }).click();
    await page.getByTestId('schedule-result').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('schedule-result').innerText()).toContain('Every 2 weeks');
    await page.getByTestId('team-list').waitFor();
    await expect.poll(() => member(page, AISHA).getAttribute('data-flags')).toBe('noRecentOneOnOne');

    // My 1:1s lists it, and its invite carries the agenda.
    await page.getByRole('tab', { name: 'My 1:1s' }).click();
    const card = page.getByTestId('one-on-one-list').locator('li').filter({ hasText: 'Aisha Benali' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Every 2 weeks');
    await card
      .locator('[data-testid="invite-status"][data-status="on-invite"]')
      .first()
      .waitFor({ timeout: 30_000 });

    // Aisha's own copy of the invite: the agenda with its "Add your topics" link, and the Teams join link.
    const window = `startDateTime=${new Date().toISOString()}&endDateTime=${new Date(Date.now() + 15 * 864e5).toISOString()}`;
    const view = await graphAs<{ value: { subject: string; body: { content: string } }[] }>(
      page,
      'Aisha Benali',
      `/me/calendarView?${window}&$select=subject,body&$top=100`,
    );
    const invite = view.value.find((event) => event.subject === 'Aisha / Claire 1:1');
    expect(invite?.body.content).toContain('Add your topics');
    expect(invite?.body.content).toContain('meet_invite_block.action.join_link');
  });

  it('closes an action item completed in Microsoft To Do, and completes the task of an item closed in the app', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await openAgendaWith(page, 'Daniel Okafor');
    await page.getByTestId('todo-sync-switch').click();

    const accountability = page.getByTestId('section-accountability');
    await accountability.getByRole('textbox', { name: 'New action item' }).fill('Book the offsite room');
    await accountability.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Me' });
    await accountability.getByRole('button', { name: 'Add action item' }).click();
    const item = accountability.getByTestId('action-item').filter({ hasText: 'Book the offsite room' });
    await item.waitFor();
    await waitUntilSaved(page);
    await expect
      .poll(() => page.getByTestId('todo-sync-status').innerText(), { timeout: 20_000 })
      .toContain('1 added');

    // The task is in "1:1 action items", linked back to the 1:1; complete it in To Do.
    const lists = await graphAs<{ value: { id: string; displayName: string }[] }>(
      page,
      'Claire Tremblay',
      '/me/todo/lists',
    );
    const list = lists.value.find((candidate) => candidate.displayName === '1:1 action items');
    const tasks = await graphAs<{
      value: { id: string; title: string; linkedResources: { webUrl: string }[] }[];
    }>(page, 'Claire Tremblay', `/me/todo/lists/${list?.id}/tasks?$expand=linkedResources`);
    const task = tasks.value.find((candidate) => candidate.title === 'Book the offsite room');
    expect(task?.linkedResources[0]?.webUrl).toContain('/?space=');
    await graphAs(page, 'Claire Tremblay', `/me/todo/lists/${list?.id}/tasks/${task?.id}`, {
      method: 'PATCH',
      body: { status: 'completed' },
    });

    // At the next sync (here: opening the agenda again), the item shows as done.
    await page.reload();
    await page.getByTestId('section-accountability').waitFor();
    const done = page
      .getByTestId('section-accountability')
      .locator('[data-testid="action-item"][data-state="done"]')
      .filter({ hasText: 'Book the offsite room' });
    await done.waitFor({ timeout: 20_000 });
    await waitUntilSaved(page);
    expect(await page.getByTestId('todo-sync-status').innerText()).toContain('1 closed');

    // The other way: an item ticked off in the app completes its task.
    const section = page.getByTestId('section-accountability');
    await section.getByRole('textbox', { name: 'New action item' }).fill('Send the new template');
    await section.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Me' });
    await section.getByRole('button', { name: 'Add action item' }).click();
    await expect
      .poll(() => page.getByTestId('todo-sync-status').innerText(), { timeout: 20_000 })
      .toContain('1 added');
    await section.getByRole('checkbox', { name: 'Done: Send the new template' }).check();
    const statusOf = async () => {
      const all = await graphAs<{ value: { title: string; status: string }[] }>(
        page,
        'Claire Tremblay',
        `/me/todo/lists/${list?.id}/tasks`,
      );
      return all.value.find((candidate) => candidate.title === 'Send the new template')?.status;
    };
    await expect.poll(statusOf, { timeout: 20_000 }).toBe('completed');
  });
});
