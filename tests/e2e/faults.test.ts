/**
 * Fault injection, end to end: the real app (demo build) in Chromium, with the demo tenant failing a seeded
 * share of Graph requests: 429 with Retry-After (random) and without it (queued), 503, dropped connections,
 * and 3 s of latency on a share of operations; and every event body it is given rewritten like Exchange
 * (comments, data attributes and classes dropped, its own document around it), as the tenant always does. A scripted session of the leader and the employee, taking
 * turns in one browser profile (the demo tenant's state lives in the profile), adds topics, ticks them
 * off, records action items, closes some, and attaches the agenda to the invite. At the end the shared
 * document (read through Graph) and the employee's invite must hold every edit: zero lost edits.
 *
 * Throughout, the screen is never blank and never shows a raw error ("[object Object]", "Error:", a stack).
 * That the faults really happened is read from the emulator's own record (`demoTenant.faults.served`, kept
 * across the run's page loads in sessionStorage), not from this test's bookkeeping: with injection broken,
 * the session would pass trivially, and this test fails instead. The rewrite is checked on the final invite:
 * none of the app's own markers survived it, and it still holds exactly one agenda block.
 *
 * Every invite update is an e-mail to the employee: the summary reports, per occurrence, the updates the
 * emulator sent them (`demoTenant.sentUpdates()`), split into the leader's clicks and the app's automatic
 * ones, of which there may be at most one per occurrence per day.
 *
 * Bounded: a fixed number of operations from a seeded generator (`FAULT_SEED` replays another run), every
 * wait has a timeout. Replay a failure with the seed the test prints.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeDemoToken } from '../../src/auth/demoToken';
import type { RandomFaultOptions, ServedFault } from '../../src/demo/faults/faultController';
import { seededRandom } from '../../src/demo/faults/seededRandom';
import type { SectionId } from '../../src/domain/space/agendaSections';
import { isActionItemLive, isTopicLive } from '../../src/domain/space/entityLiveness';
import { parseSpaceDocument } from '../../src/domain/space/parseSpaceDocument';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { findSpaceReferenceInText } from '../../src/domain/space/spaceReferenceInText';
import { readDriveFileText } from '../support/readDriveFileText';
import { launchChromium } from './support/chromium';

const baseUrl = inject('demoBaseUrl');
const SEED = Number(process.env.FAULT_SEED ?? 20261116);
const LEADER = { label: 'Claire Tremblay (Director, Digital Services)', name: 'Claire Tremblay' };
const EMPLOYEE = { label: 'Ethan Wong (Senior Software Developer)', name: 'Ethan Wong' };
const SECTIONS: readonly SectionId[] = ['checkIn', 'direction', 'capability', 'accountability'];

/** The mix: per request for the random faults, per operation for the queued 429s and the 3 s latency. */
const RANDOM_FAULTS: Omit<RandomFaultOptions, 'seed'> = {
  rate429: 0.08,
  rate503: 0.06,
  rateNetwork: 0.06,
  retryAfterSeconds: 1,
};
const LATENCY_SHARE = 0.06;
const LATENCY_MS = 3_000;
const QUEUED_429_SHARE = 0.05;
/** Not injected per request: the demo tenant rewrites every HTML body it stores (exchangeBodyRewrite.ts). */
const BODY_REWRITE = 'bodies rewritten like Exchange';
const percent = (share: number | undefined) => `${Math.round((share ?? 0) * 100)}%`;
const FAULT_MIX = [
  `random 429 (Retry-After ${RANDOM_FAULTS.retryAfterSeconds} s) on ${percent(RANDOM_FAULTS.rate429)} of requests`,
  `random 503 on ${percent(RANDOM_FAULTS.rate503)} of requests`,
  `dropped connections on ${percent(RANDOM_FAULTS.rateNetwork)} of requests`,
  `queued 429s without Retry-After on ${percent(QUEUED_429_SHARE)} of operations`,
  `${LATENCY_MS} ms latency on ${percent(LATENCY_SHARE)} of operations`,
  BODY_REWRITE,
];
const EMPLOYEE_MAIL = 'ethan.wong@contoso.ca';

/** Turns: who, and how many operations: 6 turns, 222 operations, plus an invite update after each leader's turn. */
const TURNS = [
  { who: EMPLOYEE, operations: 37 },
  { who: LEADER, operations: 37 },
  { who: EMPLOYEE, operations: 37 },
  { who: LEADER, operations: 37 },
  { who: EMPLOYEE, operations: 37 },
  { who: LEADER, operations: 37 },
] as const;

const FLAVOURS = ['plan', 'café et crème brûlée', 'rétro ☕', 'naïve façade', 'Q1 🎯 goals', 'été'];

type Person = typeof LEADER | typeof EMPLOYEE;

interface ExpectedTopic {
  token: string;
  text: string;
  section: SectionId;
  author: 'leader' | 'employee';
  status: 'open' | 'discussed';
}
interface ExpectedActionItem {
  token: string;
  text: string;
  owner: 'leader' | 'employee';
  status: 'open' | 'done';
}

/** What the run did and saw, printed at the end. */
const figures = {
  seed: SEED,
  faultMix: FAULT_MIX,
  operations: 0,
  byKind: {} as Record<string, number>,
  underLatency: 0,
  queued429: 0,
  friendlyErrorsShown: 0,
  retriesClicked: 0,
  offlineSeen: 0,
  inviteUpdateMessages: {} as Record<string, number>,
  inviteButtonAfterRetry: 0,
  reopenedForStaleView: 0,
  /** Seconds per turn: switching person and opening the agenda, the operations, saving (for tuning only). */
  turnSeconds: [] as string[],
  /** What the emulator says it served, by kind (see servedTally). */
  served: {} as Record<string, number>,
  /**
   * Meeting updates e-mailed to the employee, per occurrence (its start): in all, by the leader's "Update
   * invite" clicks, and by the app on its own (auto-attach). The run lasts minutes: all on one day.
   */
  updateMailsToEmployee: {} as Record<string, { total: number; byClicks: number; automatic: number }>,
  lostEdits: [] as string[],
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  console.info(`fault-injection figures: ${JSON.stringify(figures, null, 2)}`);
});

/** Raw errors the UI must never show, and a blank screen. */
async function expectNoRawError(where: string): Promise<void> {
  const text = await page.evaluate(() => document.body?.innerText ?? '');
  expect(text.trim().length, `blank screen ${where}`).toBeGreaterThan(0);
  expect(text, `raw error on screen ${where}`).not.toMatch(
    /\[object Object\]|\bError:|\bTypeError\b|\bundefined\b|\bNaN\b|\n\s+at \S+ \(|GraphRequestError/,
  );
}

/**
 * Waits for `ready`; when a load failed instead, checks the message is a clear one and presses "Try again",
 * as a person would. Bounded by `attempts`.
 */
async function untilReady(
  ready: ReturnType<Page['getByTestId']>,
  where: string,
  attempts = 12,
): Promise<void> {
  const tryAgain = page.getByRole('button', { name: 'Try again' });
  const failure = page.getByRole('alert').filter({ has: tryAgain });
  for (let attempt = 0; attempt < attempts; attempt++) {
    await ready.or(failure).first().waitFor({ timeout: 60_000 });
    if (await ready.first().isVisible()) return;
    // Read the message; if it is already gone (the view moved on), look again.
    const alert = await failure
      .first()
      .innerText({ timeout: 5_000 })
      .catch(() => null);
    if (alert === null) continue;
    figures.friendlyErrorsShown++;
    expect(alert).toMatch(/could not be loaded/);
    expect(alert).toMatch(/busy|not answering|offline|went wrong/);
    await expectNoRawError(`in the error shown ${where}`);
    figures.retriesClicked++;
    await tryAgain
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined);
  }
  throw new Error(`${where}: still failing after ${attempts} tries`);
}

/** The seeded faults, applied from the very start of every page load (the tenant is re-created on a load). */
async function installFaultsOnEveryLoad(): Promise<void> {
  await page.addInitScript(
    ({ faults }) => {
      const config = sessionStorage.getItem('faultRun.on');
      if (config !== 'true') return;
      const loads = Number(sessionStorage.getItem('faultRun.loads') ?? '0') + 1;
      sessionStorage.setItem('faultRun.loads', String(loads));
      let tenant: { faults: { setRandom(options: unknown): void; served: readonly unknown[] } } | undefined;
      Object.defineProperty(window, 'demoTenant', {
        configurable: true,
        get: () => tenant,
        set: (value: NonNullable<typeof tenant>) => {
          tenant = value;
          value.faults.setRandom({ ...faults, seed: faults.seed + loads * 7919 });
        },
      });
      // The tenant and its record of served faults live as long as the page: keep the record across loads.
      addEventListener('pagehide', () => {
        const earlier = JSON.parse(sessionStorage.getItem('faultRun.served') ?? '[]') as unknown[];
        sessionStorage.setItem(
          'faultRun.served',
          JSON.stringify([...earlier, ...(tenant?.faults.served ?? [])]),
        );
      });
    },
    { faults: { ...RANDOM_FAULTS, seed: SEED } },
  );
}

async function setFaults(on: boolean): Promise<void> {
  await page.evaluate((value) => sessionStorage.setItem('faultRun.on', String(value)), on);
}

/** Every fault the emulator served during the run: the earlier page loads' (kept on pagehide) and this one's. */
async function servedDuringRun(): Promise<ServedFault[]> {
  return page.evaluate(() => [
    ...(JSON.parse(sessionStorage.getItem('faultRun.served') ?? '[]') as ServedFault[]),
    ...(window.demoTenant?.faults.served ?? []),
  ]);
}

/** "random 429 (Retry-After 1)", "queue 429 (no Retry-After)", "random network error in $batch", "latency 3000 ms", … */
function servedTally(served: readonly ServedFault[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const fault of served) {
    const what =
      fault.kind === 'latency'
        ? `${fault.latencyMs} ms`
        : fault.kind === 'networkError'
          ? 'network error'
          : `${fault.status} (${fault.retryAfterSeconds === null ? 'no Retry-After' : `Retry-After ${fault.retryAfterSeconds}`})`;
    const key = `${fault.source} ${what}${fault.batchStep ? ' in $batch' : ''}`;
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}

async function switchTo(person: Person): Promise<void> {
  await Promise.all([
    page.waitForEvent('load', { timeout: 60_000 }),
    page.getByTestId('demo-person').selectOption({ label: person.label }),
  ]);
  await untilReady(page.getByTestId('one-on-one-list'), `loading My 1:1s as ${person.name}`);
}

async function openAgendaWith(counterpart: string): Promise<void> {
  await page.getByRole('button', { name: `Open agenda with ${counterpart}` }).click();
  await untilReady(page.getByTestId('section-checkIn'), `opening the agenda with ${counterpart}`);
}

/** Every edit written: the outbox retries by itself (2 s, doubling to 30 s). */
async function waitUntilSaved(where: string): Promise<void> {
  const saved = page.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]').first();
  try {
    await saved.waitFor({ timeout: 120_000 });
  } catch (error) {
    const status = page.locator('[data-testid="sync-status"]').first();
    const state = await status
      .evaluate((e) => `${e.getAttribute('data-state')}, ${e.getAttribute('data-pending')} pending`)
      .catch(() => 'no status shown');
    throw new Error(`${where}: the agenda never got saved (${state}): ${String(error)}`);
  }
}

async function selectedOccurrence(): Promise<string> {
  return page.getByTestId('occurrence-picker').inputValue();
}

/**
 * A row that should be on the agenda. If this view does not show it (the view was read before the other
 * person's write reached OneDrive), the agenda is reopened once, which reads the document again; an edit that
 * is really lost still fails here, and in the final check.
 */
async function rowOnAgenda(person: Person, find: () => Locator): Promise<Locator> {
  const row = find();
  if (
    await row
      .first()
      .waitFor({ timeout: 20_000 })
      .then(
        () => true,
        () => false,
      )
  )
    return row;
  figures.reopenedForStaleView++;
  await page.getByRole('button', { name: 'My 1:1s', exact: true }).click();
  await untilReady(page.getByTestId('one-on-one-list'), 'going back to My 1:1s');
  await openAgendaWith(person === LEADER ? EMPLOYEE.name : LEADER.name);
  const again = find();
  await again.first().waitFor({ timeout: 60_000 });
  return again;
}

/** One scripted operation as `person`, chosen by the seeded generator. */
async function runOperation(
  person: Person,
  random: () => number,
  counter: number,
  topics: ExpectedTopic[],
  items: ExpectedActionItem[],
): Promise<string> {
  const role = person === LEADER ? 'leader' : 'employee';
  const token = `[F${String(counter).padStart(3, '0')}]`;
  const flavour = FLAVOURS[Math.floor(random() * FLAVOURS.length)] ?? 'plan';
  const openTopics = topics.filter((t) => t.status === 'open');
  const openItems = items.filter((i) => i.status === 'open');
  const draw = random();

  if (draw < 0.5 || openTopics.length < 3) {
    const section = SECTIONS[Math.floor(random() * SECTIONS.length)] ?? 'direction';
    const text = `${role === 'leader' ? 'Leader' : 'Employee'} topic ${token} ${flavour}`;
    const form = page.getByTestId(`section-${section}`);
    await form.getByRole('textbox', { name: /Add a topic/ }).fill(text);
    await form.getByRole('button', { name: /Add a topic/ }).click();
    await form.getByTestId('topic').filter({ hasText: token }).waitFor();
    topics.push({ token, text, section, author: role, status: 'open' });
    return 'addTopic';
  }
  if (draw < 0.72) {
    const topic = openTopics[Math.floor(random() * openTopics.length)] as ExpectedTopic;
    const row = await rowOnAgenda(person, () =>
      page.getByTestId(`section-${topic.section}`).getByTestId('topic').filter({ hasText: topic.token }),
    );
    await row.getByRole('checkbox').check();
    await expect.poll(() => row.getAttribute('data-topic-state')).toBe('discussed');
    topic.status = 'discussed';
    return 'tickTopic';
  }
  if (draw < 0.9 || openItems.length === 0) {
    const owner = random() < 0.5 ? 'leader' : 'employee';
    const text = `Action ${token} ${flavour}`;
    const accountability = page.getByTestId('section-accountability');
    await accountability.getByRole('textbox', { name: 'New action item' }).fill(text);
    await accountability.getByRole('combobox', { name: 'Owner' }).selectOption({ value: owner });
    await accountability.getByRole('button', { name: 'Add action item' }).click();
    await accountability.getByTestId('action-item').filter({ hasText: token }).waitFor();
    items.push({ token, text, owner, status: 'open' });
    return 'addActionItem';
  }
  const item = openItems[Math.floor(random() * openItems.length)] as ExpectedActionItem;
  const row = await rowOnAgenda(person, () =>
    page.getByTestId('section-accountability').getByTestId('action-item').filter({ hasText: item.token }),
  );
  await row.getByRole('checkbox').check();
  await expect.poll(() => row.getAttribute('data-state')).toBe('done');
  item.status = 'done';
  return 'closeActionItem';
}

const INVITE_MESSAGES = {
  updated: 'The invite now carries this agenda.',
  unchanged: 'The invite already carries this agenda.',
  failed: 'The invite could not be updated.',
  alreadyToday: 'This invite was already updated today.',
};

/**
 * "Update invite", as the leader clicks it. The product updates an invite at most once a day per occurrence
 * (every update e-mails the attendee); this test is not about that rule, so each click starts "a new day" by
 * forgetting the day of the last update. Under faults the click may fail with a clear message: click again.
 */
async function updateInvite(): Promise<string> {
  const button = page.getByRole('button', { name: 'Update invite' });
  if ((await button.count()) === 0) {
    // The agenda opened while its first read failed: the space (and so the invite link) is not known yet.
    // The button must come by itself once the outbox's retry reaches the file, without reopening.
    figures.inviteButtonAfterRetry++;
    await waitUntilSaved('waiting for the space before updating the invite');
    await button.waitFor({ timeout: 30_000 });
  }
  for (let attempt = 0; attempt < 8; attempt++) {
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('oneOnOne.inviteUpdated.')) localStorage.removeItem(key);
      }
    });
    // Watch the button go busy and come back, so the message read is this click's.
    const settled = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const target = Array.from(document.querySelectorAll('button')).find(
            (b) => b.textContent?.trim() === 'Update invite',
          );
          if (!target) return resolve('no button');
          let busy = false;
          const observer = new MutationObserver(() => {
            if (target.disabled) busy = true;
            else if (busy) {
              observer.disconnect();
              setTimeout(() => resolve(target.parentElement?.innerText ?? ''), 0);
            }
          });
          observer.observe(target, { attributes: true });
          setTimeout(() => resolve('timeout'), 90_000);
        }),
    );
    await button.click();
    const text = await settled;
    const outcome =
      (Object.entries(INVITE_MESSAGES).find(([, message]) => text.includes(message))?.[0] as string) ?? text;
    figures.inviteUpdateMessages[outcome] = (figures.inviteUpdateMessages[outcome] ?? 0) + 1;
    expect(Object.keys(INVITE_MESSAGES), `an unclear invite message: ${text}`).toContain(outcome);
    await expectNoRawError('after Update invite');
    if (outcome === 'updated' || outcome === 'unchanged') return outcome;
  }
  throw new Error('The invite could not be updated in 8 tries');
}

interface FinalState {
  document: SpaceDocument;
  employeeInvite: string;
  leaderInvite: string;
}

/** With faults off: the shared document through Graph (as the employee, by the invite's link) and both invites. */
async function readFinalState(occurrenceKey: string): Promise<FinalState> {
  const users = await page.evaluate(() => window.demoTenant?.users ?? []);
  const token = (name: string) => {
    const user = users.find((u) => u.displayName === name);
    return encodeDemoToken({
      oid: user?.id ?? '',
      upn: user?.userPrincipalName ?? '',
      scp: 'Calendars.Read Files.ReadWrite.All',
    });
  };
  const inviteOf = (bearer: string) =>
    page.evaluate(
      async ({ bearer, key }) => {
        const start = new Date(Date.parse(key) - 60_000).toISOString();
        const end = new Date(Date.parse(key) + 60_000).toISOString();
        const response = await fetch(
          `https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=${start}&endDateTime=${end}&$select=subject,start,body&$top=50`,
          { headers: { Authorization: `Bearer ${bearer}` } },
        );
        const body = (await response.json()) as {
          value: { subject: string; start: { dateTime: string }; body: { content: string } }[];
        };
        const event = body.value.find(
          (e) => e.subject.includes('Ethan') && Date.parse(`${e.start.dateTime}Z`) === Date.parse(key),
        );
        return event?.body.content ?? '';
      },
      { bearer, key: occurrenceKey },
    );
  const employeeInvite = await inviteOf(token(EMPLOYEE.name));
  const leaderInvite = await inviteOf(token(LEADER.name));
  const reference = findSpaceReferenceInText(employeeInvite);
  expect(reference, 'the employee’s invite carries the link to the space').not.toBeNull();
  const { driveId = '', itemId = '' } = reference ?? {};
  const { text: raw } = await page.evaluate(readDriveFileText, {
    itemPath: `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(itemId)}`,
    bearer: token(EMPLOYEE.name),
  });
  const parsed = parseSpaceDocument(raw);
  if (!parsed.ok) throw new Error(`The shared document does not parse: ${parsed.problems.join('; ')}`);
  return { document: parsed.document, employeeInvite, leaderInvite };
}

/**
 * The meeting updates the emulator e-mailed to the employee during the run, per occurrence (keyed by its start),
 * with those the leader's successful "Update invite" clicks explain (all on the session's occurrence).
 */
async function updateMailsToEmployee(
  sessionOccurrence: string,
): Promise<Record<string, { total: number; byClicks: number; automatic: number }>> {
  const sent = await page.evaluate(() => window.demoTenant?.sentUpdates() ?? []);
  const counts: Record<string, { total: number; byClicks: number; automatic: number }> = {};
  for (const update of sent) {
    if (update.kind !== 'update' || update.to.toLowerCase() !== EMPLOYEE_MAIL) continue;
    const start = update.occurrenceStart
      ? new Date(Date.parse(update.occurrenceStart)).toISOString()
      : update.eventId;
    const entry = counts[start] ?? { total: 0, byClicks: 0, automatic: 0 };
    entry.total++;
    counts[start] = entry;
  }
  const clicks = figures.inviteUpdateMessages.updated ?? 0;
  const session = new Date(Date.parse(sessionOccurrence)).toISOString();
  for (const [start, entry] of Object.entries(counts)) {
    entry.byClicks = start === session ? Math.min(clicks, entry.total) : 0;
    entry.automatic = entry.total - entry.byClicks;
  }
  // Every successful click e-mailed the employee about the session's occurrence.
  expect(counts[session]?.byClicks ?? 0, 'update e-mails for the clicks').toBe(clicks);
  return counts;
}

/** The text of the agenda block of an invite body, as a mail client shows it. */
async function inviteBlockText(body: string): Promise<string> {
  return page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return parsed.getElementById('one-on-one-agenda')?.textContent ?? '';
  }, body);
}

describe('fault injection: a scripted 1:1 session under throttling, outages, dropped connections and latency', () => {
  it('loses no edit: every topic, tick and action item is in the shared document and in the invite', async () => {
    context = await browser.newContext({
      locale: 'en-CA',
      timezoneId: 'America/Toronto',
      viewport: { width: 1100, height: 900 },
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await installFaultsOnEveryLoad();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('one-on-one-list').waitFor();
    // Auto-attach publishes the space through the invites (how the employee finds it), before the faults.
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    await setFaults(true);

    const random = seededRandom(SEED);
    const topics: ExpectedTopic[] = [];
    const items: ExpectedActionItem[] = [];
    let occurrenceKey: string | null = null;
    let counter = 0;

    for (const [turn, { who, operations }] of TURNS.entries()) {
      const started = Date.now();
      await switchTo(who);
      await openAgendaWith(who === LEADER ? EMPLOYEE.name : LEADER.name);
      const opened = Date.now();
      const key = await selectedOccurrence();
      occurrenceKey ??= key;
      expect(key, 'both people work on the same 1:1').toBe(occurrenceKey);

      for (let n = 0; n < operations; n++) {
        counter++;
        const slow = random() < LATENCY_SHARE;
        const queued = random() < QUEUED_429_SHARE;
        await page.evaluate(
          ({ slow, queued, latency }) => {
            const faults = window.demoTenant?.faults;
            if (!faults) return;
            faults.latencyMs = slow ? latency : 0;
            // Throttled without a Retry-After header: the client falls back to its own back-off.
            if (queued) faults.enqueue({ status: 429, times: 2, match: '/drive' });
          },
          { slow, queued, latency: LATENCY_MS },
        );
        if (slow) figures.underLatency++;
        if (queued) figures.queued429++;
        const kind = await runOperation(who, random, counter, topics, items);
        figures.operations++;
        figures.byKind[kind] = (figures.byKind[kind] ?? 0) + 1;
        if ((await page.locator('[data-testid="sync-status"][data-state="offline"]').count()) > 0) {
          figures.offlineSeen++;
        }
        await expectNoRawError(`after operation ${counter} (${kind}) in turn ${turn + 1}`);
      }
      await page.evaluate(() => {
        if (window.demoTenant) window.demoTenant.faults.latencyMs = 0;
      });
      if (who === LEADER) {
        // The leader attaches the agenda to the invite at the end of each turn, still under faults.
        await updateInvite();
        figures.operations++;
        figures.byKind.updateInvite = (figures.byKind.updateInvite ?? 0) + 1;
      }
      const operated = Date.now();
      await waitUntilSaved(`end of turn ${turn + 1} (${who.name})`);
      await expectNoRawError(`at the end of turn ${turn + 1}`);
      const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
      figures.turnSeconds.push(
        `${who.name}: open ${seconds(started, opened)} s, operate ${seconds(opened, operated)} s, save ${seconds(operated, Date.now())} s`,
      );
    }

    // Faults off for reading the result; the last turn was the leader's, ending with the invite update.
    await setFaults(false);
    figures.served = servedTally(await servedDuringRun());
    await page.evaluate(() => window.demoTenant?.faults.clear());
    const final = await readFinalState(occurrenceKey ?? '');
    const live = final.document.topics.filter(isTopicLive);
    const liveItems = final.document.actionItems.filter(isActionItemLive);
    const [employeeBlock, leaderBlock] = await Promise.all([
      inviteBlockText(final.employeeInvite),
      inviteBlockText(final.leaderInvite),
    ]);
    expect(employeeBlock.length).toBeGreaterThan(0);
    expect(employeeBlock).toBe(leaderBlock);
    expect(final.employeeInvite).toContain('meet_invite_block.action.join_link');
    // The bodies were rewritten like Exchange: the app's own markers are gone, and there is still one block.
    for (const invite of [final.leaderInvite, final.employeeInvite]) {
      expect(invite, BODY_REWRITE).not.toContain('<!--');
      expect(invite, BODY_REWRITE).not.toMatch(/data-1on1|one-on-one-agenda:begin/);
      expect(invite.match(/Add your topics/g), 'one agenda block in the invite').toHaveLength(1);
    }
    figures.updateMailsToEmployee = await updateMailsToEmployee(occurrenceKey ?? '');

    const lost = figures.lostEdits;
    for (const topic of topics) {
      const stored = live.filter((t) => t.text.includes(topic.token));
      if (stored.length !== 1) {
        lost.push(`${topic.token}: ${stored.length} topics in the document`);
        continue;
      }
      const [t] = stored as [(typeof stored)[number]];
      if (t.text !== topic.text) lost.push(`${topic.token}: text "${t.text}"`);
      if (t.section !== topic.section) lost.push(`${topic.token}: in ${t.section}, not ${topic.section}`);
      if (t.author !== topic.author) lost.push(`${topic.token}: by ${t.author}`);
      if (t.status !== topic.status) lost.push(`${topic.token}: ${t.status}, not ${topic.status}`);
      if (topic.status === 'discussed' && t.discussedInOccurrence !== occurrenceKey)
        lost.push(`${topic.token}: ticked in ${t.discussedInOccurrence}`);
      const inInvite = employeeBlock.includes(topic.text);
      if (topic.status === 'open' && !inInvite) lost.push(`${topic.token}: open but not in the invite`);
      if (topic.status === 'discussed' && inInvite)
        lost.push(`${topic.token}: ticked but still in the invite`);
    }
    for (const item of items) {
      const stored = liveItems.filter((i) => i.text.includes(item.token));
      if (stored.length !== 1) {
        lost.push(`${item.token}: ${stored.length} action items in the document`);
        continue;
      }
      const [i] = stored as [(typeof stored)[number]];
      if (i.text !== item.text) lost.push(`${item.token}: text "${i.text}"`);
      if (i.owner !== item.owner) lost.push(`${item.token}: owner ${i.owner}, not ${item.owner}`);
      if (i.status !== item.status) lost.push(`${item.token}: ${i.status}, not ${item.status}`);
      const inInvite = employeeBlock.includes(item.text);
      if (item.status === 'open' && !inInvite) lost.push(`${item.token}: open but not in the invite`);
      if (item.status === 'done' && inInvite) lost.push(`${item.token}: done but still in the invite`);
    }
    // Nothing else appeared either (no duplicates, no ghost edits).
    expect(live.filter((t) => /\[F\d{3}\]/.test(t.text))).toHaveLength(topics.length);
    expect(liveItems.filter((i) => /\[F\d{3}\]/.test(i.text))).toHaveLength(items.length);

    expect(figures.operations).toBeGreaterThanOrEqual(200);
    expect(lost, 'lost edits').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    // The faults really happened, by the emulator's own record: every kind of the mix, and nothing else.
    const kinds = Object.keys(figures.served);
    const total = (kind: string) => (figures.served[kind] ?? 0) + (figures.served[`${kind} in $batch`] ?? 0);
    const MIX =
      /^(random 429 \(Retry-After 1\)|random 503 \(no Retry-After\)|queue 429 \(no Retry-After\))( in \$batch)?$|^random network error$|^latency 3000 ms$/;
    expect(
      kinds.filter((kind) => !MIX.test(kind)),
      'faults served outside the mix',
    ).toEqual([]);
    expect(total('random 429 (Retry-After 1)'), 'random 429s served').toBeGreaterThan(0);
    expect(total('random 503 (no Retry-After)'), 'random 503s served').toBeGreaterThan(0);
    expect(total('random network error'), 'connections dropped').toBeGreaterThan(0);
    expect(total(`latency ${LATENCY_MS} ms`), 'responses delayed by 3 s').toBeGreaterThan(0);
    // Queued 429s carry no Retry-After, so the client's own back-off is exercised too.
    const queued = total('queue 429 (no Retry-After)');
    expect(queued, 'queued 429s served').toBeGreaterThan(0);
    expect(queued, 'at most the 429s queued').toBeLessThanOrEqual(2 * figures.queued429);
    // Update e-mails: the leader's successful clicks each sent one; the app itself at most one per occurrence.
    const mails = Object.values(figures.updateMailsToEmployee);
    expect(mails.length, 'occurrences whose invite the app updated').toBeGreaterThan(0);
    for (const [start, count] of Object.entries(figures.updateMailsToEmployee)) {
      expect(count.automatic, `automatic updates of the ${start} invite in one day`).toBeLessThanOrEqual(1);
    }
  }, 360_000);
});
