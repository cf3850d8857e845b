import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations } from './support/axeAudit';
import { chromiumPerFile } from './support/chromiumPerFile';
import { inviteBodiesOf, openAgendaWith, openDemo, switchPerson, waitUntilSaved } from './support/demoApp';
import { launchChromiumForTeamsHost } from './support/teamsHost/browser';
import { SEED_TEAMS_USERS, seedChatIdFor } from './support/teamsHost/seedTeamsUsers';
import { meetingHostContext, openInTeamsHost } from './support/teamsHost/teamsHost';

const baseUrl = inject('demoBaseUrl');
const LEADER = 'Claire Tremblay (Director, Digital Services)';
const EMPLOYEE = 'Ethan Wong (Senior Software Developer)';
const chromium = chromiumPerFile();

const PRIORITY_1 = 'Launch the permit intake portal';
const PRIORITY_2 = 'Bring the on-call load under 5 pages a week';
const RECOGNITION = 'The council demo was clear and calm under tough questions';
const GOAL = 'Facilitating design workshops';
const TOPIC = 'Conference budget for the spring';

type Surface = Page | FrameLocator;

async function proposePriority(view: Surface, priority: string, standard: string) {
  const direction = view.getByTestId('section-direction');
  await direction.getByRole('button', { name: 'Propose a priority' }).click();
  const form = direction.getByTestId('expectation-form');
  await form.getByRole('textbox', { name: /^Priority/ }).fill(priority);
  await form.getByRole('textbox', { name: 'What good looks like' }).fill(standard);
  await form.getByRole('button', { name: 'Add' }).click();
  await direction.getByTestId('expectation').filter({ hasText: priority }).waitFor();
}

async function recordRecognition(view: Surface, text: string) {
  const checkIn = view.getByTestId('section-checkIn');
  await checkIn.getByRole('button', { name: 'Record feedback' }).click();
  const form = checkIn.getByTestId('feedback-form');
  await form.getByRole('combobox', { name: 'Kind' }).selectOption('recognition');
  await form.getByRole('textbox', { name: /^What happened/ }).fill(text);
  await form.getByRole('button', { name: 'Add' }).click();
  await form.waitFor({ state: 'detached' });
}

async function proposeGoal(view: Surface, capability: string) {
  const capabilitySection = view.getByTestId('section-capability');
  await capabilitySection.getByRole('button', { name: 'Propose a growth goal' }).click();
  const form = capabilitySection.getByTestId('growth-goal-form');
  await form.getByRole('textbox', { name: /^Skill or capability/ }).fill(capability);
  await form.getByRole('textbox', { name: 'Next step' }).fill('Co-facilitate the next discovery session');
  await form.getByRole('button', { name: 'Add' }).click();
  await capabilitySection.getByTestId('growth-goal').filter({ hasText: capability }).waitFor();
}

async function addTopic(view: Surface, section: string, text: string) {
  const form = view.getByTestId(`section-${section}`);
  await form.getByRole('textbox', { name: /Add a topic/ }).fill(text);
  await form.getByRole('button', { name: /Add a topic/ }).click();
  await form.getByTestId('topic').filter({ hasText: text }).waitFor();
}

async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor({ timeout: 30_000 });
  return locator.innerText();
}

/** The brief of the viewer's next 1:1, as a leader or an employee reads it. */
async function expectBriefWithEverything(view: Surface, viewer: 'leader' | 'employee') {
  const brief = view.getByTestId('preparation-brief');
  expect(await textOf(brief.getByRole('heading', { name: 'Since your last 1:1' }))).toBe(
    'Since your last 1:1',
  );
  expect(await textOf(brief.getByTestId('brief-days'))).toMatch(/Your last 1:1 was|first 1:1/);
  const priorities = await textOf(brief.getByTestId('brief-expectations'));
  expect(priorities).toContain('2 priorities changed');
  expect(priorities).toContain(PRIORITY_1);
  expect(priorities).toContain(PRIORITY_2);
  expect(priorities).toMatch(/Changed on \w+ \d+ by (Claire Tremblay|you)/);
  expect(await textOf(brief.getByTestId('brief-feedback'))).toContain(`Recognition: ${RECOGNITION}`);
  expect(await textOf(brief.getByTestId('brief-goals'))).toContain(GOAL);
  if (viewer === 'leader') {
    const topics = await textOf(brief.getByTestId('brief-topics'));
    expect(topics).toContain('1 topic from Ethan Wong');
    expect(topics).toContain(TOPIC);
  }
  // Check-in lists the same feedback under "Since your last 1:1".
  const feedback = view
    .getByTestId('section-checkIn')
    .getByTestId('feedback-entry')
    .filter({ hasText: RECOGNITION });
  expect(await textOf(feedback)).toContain('Recognition');
}

describe('performance conversations on the demo tenant', () => {
  it('brings priorities, recognition, a proposed goal and a topic into both people’s brief, and the priorities into the invite', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });

    // 1. The leader sets two priorities and records a recognition.
    await openAgendaWith(page, 'Ethan Wong');
    await proposePriority(page, PRIORITY_1, 'Residents file a permit online in under 10 minutes');
    await proposePriority(page, PRIORITY_2, 'Fewer than 5 pages a week by March');
    const first = page.getByTestId('expectation').filter({ hasText: PRIORITY_1 });
    expect(await first.innerText()).toContain('Confirmed');
    expect(await first.innerText()).toMatch(/Changed on \w+ \d+ by you/);
    await recordRecognition(page, RECOGNITION);
    await waitUntilSaved(page);

    // My team: Ethan's last recognition is today's, so no recognition flag; Aisha has no shared agenda.
    await page.getByRole('button', { name: 'My 1:1s' }).click();
    await page.getByTestId('one-on-one-list').waitFor();
    await page.getByRole('tab', { name: 'My team' }).click();
    await page.getByTestId('team-list').waitFor({ timeout: 30_000 });
    const ethanRow = page.locator('[data-testid="team-member"][data-email="ethan.wong@contoso.ca"]');
    expect(await textOf(ethanRow.getByTestId('last-recognition'))).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(await ethanRow.getByTestId('recognition-flag').count()).toBe(0);
    const aishaRow = page.locator('[data-testid="team-member"][data-email="aisha.benali@contoso.ca"]');
    expect(await textOf(aishaRow.getByTestId('last-recognition'))).toBe('No shared agenda yet');

    // 2. The employee sees them, proposes a growth goal and adds a topic.
    await switchPerson(page, EMPLOYEE);
    await openAgendaWith(page, 'Claire Tremblay');
    const theirs = page
      .getByTestId('section-direction')
      .getByTestId('expectation')
      .filter({ hasText: PRIORITY_1 });
    expect(await textOf(theirs)).toMatch(/Changed on \w+ \d+ by Claire Tremblay/);
    await proposeGoal(page, GOAL);
    const proposed = page.getByTestId('growth-goal').filter({ hasText: GOAL });
    expect(await proposed.innerText()).toContain('Waiting for Claire Tremblay to confirm');
    await addTopic(page, 'direction', TOPIC);
    await waitUntilSaved(page);

    // 3. The leader's next 1:1: the brief has all of it; she confirms the goal.
    await switchPerson(page, LEADER);
    await openAgendaWith(page, 'Ethan Wong');
    await expectBriefWithEverything(page, 'leader');
    await page.getByRole('button', { name: `Confirm ${GOAL}` }).click();
    await expect
      .poll(() => page.getByTestId('growth-goal').filter({ hasText: GOAL }).innerText())
      .toContain('Confirmed');
    await page
      .getByRole('textbox', { name: `Add the support you give for ${GOAL}` })
      .fill('A seat at the next UX guild');
    await page.getByRole('button', { name: `Add the support you give for ${GOAL}` }).click();
    await expect
      .poll(() => page.getByTestId('growth-goal').filter({ hasText: GOAL }).innerText())
      .toContain('Support: A seat at the next UX guild');
    await waitUntilSaved(page);

    // 4. The invite carries the priority titles, compact, under Direction.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('oneOnOne.inviteUpdated.')) localStorage.removeItem(key);
      }
    });
    await page.getByRole('button', { name: 'Update invite' }).click();
    await page.getByText(/The invite (now|already) carries this agenda\./).waitFor();
    const bodies = await inviteBodiesOf(page, 'Ethan Wong', 'Ethan', 14);
    expect(bodies.some((body) => body.includes(`Priorities: ${PRIORITY_1} · ${PRIORITY_2}`))).toBe(true);

    // 5. The employee's own view of the next 1:1 has the same brief.
    await switchPerson(page, EMPLOYEE);
    await openAgendaWith(page, 'Claire Tremblay');
    await expectBriefWithEverything(page, 'employee');
  });

  it('shows the employee the prompts the leader wrote in her template, through the shared space', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    await openAgendaWith(page, 'Ethan Wong');
    await page.getByRole('button', { name: 'Your agenda template' }).click();
    await page.getByRole('textbox', { name: 'Check-in', exact: true }).fill('What energised you this week?');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const leaderPrompts = page.getByTestId('section-checkIn').getByRole('list', { name: 'Prompts' });
    await expect.poll(() => leaderPrompts.innerText()).toBe('What energised you this week?');
    await waitUntilSaved(page);

    // Her situation guides, in her own template: she rewrites one.
    await page.getByRole('button', { name: 'Situation guides (only you see these)' }).click();
    const guides = page.getByTestId('situation-guides');
    expect(await guides.getByRole('heading').allInnerTexts()).toEqual([
      'Setting expectations',
      'A difficult message',
      'Stretching a high performer',
      'Early signs of underperformance',
    ]);
    await guides.getByRole('button', { name: 'Edit A difficult message' }).click();
    await guides
      .getByRole('textbox', { name: /^A difficult message/ })
      .fill('Start with the facts\nListen first');
    await guides.getByRole('button', { name: 'Save', exact: true }).click();
    const rewritten = guides.getByTestId('situation-guide').filter({ hasText: 'A difficult message' });
    await expect
      .poll(() => rewritten.getByRole('listitem').allInnerTexts())
      .toEqual(['Start with the facts', 'Listen first']);

    await switchPerson(page, EMPLOYEE);
    await openAgendaWith(page, 'Claire Tremblay');
    expect(await page.getByTestId('situation-guides').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Situation guides/ }).count()).toBe(0);
    const prompts = page.getByTestId('section-checkIn').getByRole('list', { name: 'Prompts' });
    await expect.poll(() => prompts.innerText(), { timeout: 30_000 }).toBe('What energised you this week?');
  });

  it('keeps what the leader types in her template when the template file arrives while she types', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    // OneDrive drops every read of her template until she has typed; then the document's own retry reads it.
    await page.evaluate(() =>
      window.demoTenant?.faults.enqueue({ networkError: true, times: 1000, match: 'template.json' }),
    );
    await openAgendaWith(page, 'Ethan Wong');
    await page.getByRole('button', { name: 'Your agenda template' }).click();
    const checkIn = page.getByRole('textbox', { name: 'Check-in', exact: true });
    await checkIn.fill('What made you proud this month?');
    const dropped = await page.evaluate(
      () => window.demoTenant?.faults.served.filter((fault) => fault.path.includes('template.json')).length,
    );
    expect(dropped).toBeGreaterThan(0);
    const lateRead = page.waitForResponse((response) => response.url().includes('template.json'), {
      timeout: 60_000,
    });
    await page.evaluate(() => window.demoTenant?.faults.clear());
    // Claire has no template yet: the 404 is the whole read, and the editor gets the empty template.
    expect((await lateRead).status()).toBe(404);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await checkIn.inputValue()).toBe('What made you proud this month?');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const leaderPrompts = page.getByTestId('section-checkIn').getByRole('list', { name: 'Prompts' });
    await expect.poll(() => leaderPrompts.innerText()).toBe('What made you proud this month?');
  });

  it('labels priorities, the growth plan, feedback and the brief in Canadian French', async () => {
    const { page } = await openDemo(chromium, baseUrl, 'fr-CA');
    await page.getByRole('button', { name: 'Ouvrir l’ordre du jour avec Ethan Wong' }).click();
    await page.getByTestId('section-checkIn').waitFor();
    expect(await textOf(page.getByTestId('preparation-brief').getByRole('heading'))).toBe(
      'Depuis votre dernier 1:1',
    );
    expect(await textOf(page.getByRole('heading', { name: 'Priorités' }))).toBe('Priorités');
    expect(await textOf(page.getByRole('heading', { name: 'Plan de développement' }))).toBe(
      'Plan de développement',
    );
    expect(await textOf(page.getByRole('heading', { name: 'Rétroaction et reconnaissance' }))).toBe(
      'Rétroaction et reconnaissance',
    );
    await page.getByRole('button', { name: 'Proposer une priorité' }).click();
    await page.getByRole('textbox', { name: /^Priorité/ }).waitFor();
    expect(await page.getByRole('textbox', { name: 'À quoi ressemble un bon résultat' }).count()).toBe(1);
  });

  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`has no serious axe violations with priorities, goals and feedback, in the ${theme} theme`, async () => {
      const context = await chromium.newContext({
        locale: 'en-CA',
        timezoneId: 'America/Toronto',
        viewport: { width: 1100, height: 900 },
        colorScheme: theme === 'dark' ? 'dark' : 'light',
        forcedColors: theme === 'contrast' ? 'active' : 'none',
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      await page.getByTestId('one-on-one-list').waitFor();
      await openAgendaWith(page, 'Ethan Wong');
      await proposePriority(page, PRIORITY_1, 'Residents file a permit online in under 10 minutes');
      await recordRecognition(page, RECOGNITION);
      await proposeGoal(page, GOAL);
      await page.getByRole('button', { name: `History of ${PRIORITY_1}` }).click();
      await page.getByTestId('brief-feedback').waitFor();
      await expect.poll(() => page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});

// ---- the Teams meeting side panel

const CLAIRE = SEED_TEAMS_USERS.claire;
const ETHAN = SEED_TEAMS_USERS.ethan;
const ETHAN_CHAT = seedChatIdFor('1:1 Ethan / Claire');

describe('performance conversations in the Teams meeting side panel', () => {
  let teamsBrowser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    teamsBrowser = await launchChromiumForTeamsHost();
    context = await teamsBrowser.newContext({ viewport: { width: 320, height: 900 } });
  });
  afterAll(async () => {
    await teamsBrowser.close();
  });

  it('shows the brief with the leader’s priorities and recognition and the employee’s goal and topic', async () => {
    expect(ETHAN_CHAT).not.toBe('');
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
    const entityId = (await config.savedSettings()).at(-1)?.entityId ?? '';
    const panelOf = async (user: typeof CLAIRE) => {
      const session = await openInTeamsHost(context, {
        appUrl: `${baseUrl}/meeting.html?host=teams`,
        frameContext: 'sidePanel',
        hostContext: { ...user, ...meetingHostContext(ETHAN_CHAT), entityId },
        nestedAppAuth: false,
      });
      const panel = session.appFrame();
      await panel.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
      return panel;
    };
    const saved = (panel: FrameLocator) =>
      panel.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]').first().waitFor();

    const leader = await panelOf(CLAIRE);
    await proposePriority(leader, PRIORITY_1, 'Residents file a permit online in under 10 minutes');
    await proposePriority(leader, PRIORITY_2, 'Fewer than 5 pages a week by March');
    await recordRecognition(leader, RECOGNITION);
    await saved(leader);

    const employee = await panelOf(ETHAN);
    await employee.getByTestId('expectation').filter({ hasText: PRIORITY_2 }).waitFor({ timeout: 30_000 });
    await proposeGoal(employee, GOAL);
    await addTopic(employee, 'direction', TOPIC);
    await saved(employee);

    const again = await panelOf(CLAIRE);
    await expectBriefWithEverything(again, 'leader');
  });
});
