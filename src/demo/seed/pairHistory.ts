/**
 * A few months of one pair's performance conversations in the demo tenant (Claire leads Marcus): priorities
 * with a changed standard and an achieved one, a growth plan with coaching notes, feedback both ways, past
 * topics, notes and action items, a topic Marcus added for the next 1:1 and a recognition since the last
 * one. So a newcomer opening the demo sees the brief, the expectations and the growth plan at once.
 *
 * Written the way the app would have written it: the space is built from edits by the domain, then put in
 * Claire's app folder and shared with Marcus through the emulator's own Graph routes (which check every rule).
 * Dates come from the seed's calendar as it is this week, so the history always ends just before now.
 */
import { GRAPH_SCOPES } from '../../auth/authConfig';
import { encodeDemoToken } from '../../auth/demoToken';
import { createSpaceDocument } from '../../domain/space/createSpaceDocument';
import { toIsoInstant } from '../../domain/space/isoInstant';
import type { OccurrenceKey } from '../../domain/space/occurrenceKey';
import { serializeSpaceDocument } from '../../domain/space/parseSpaceDocument';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import { applySpaceEdits, type SpaceEdit, type SpaceEditBase } from '../../domain/space/spaceEdits';
import type { SpaceRole } from '../../domain/space/spaceStamp';
import type { GraphEmulator } from '../graphEmulator';

const LEADER_EMAIL = 'claire.tremblay@contoso.ca';
const EMPLOYEE_EMAIL = 'marcus.lee@contoso.ca';
const SERIES_SUBJECT = 'Marcus / Claire 1:1';
const GRAPH = 'https://graph.microsoft.com/v1.0';
const DAY_MS = 86_400_000;
const HISTORY_DAYS = 150;

interface Person {
  id: string;
  email: string;
  name: string;
}

interface SeriesOccurrence {
  key: OccurrenceKey;
  endMs: number;
}

/** The pair's 1:1s (occurrence keys and ends), oldest first: the series' instances around `now`, as Graph lists them. */
async function seriesOccurrences(
  emulator: GraphEmulator,
  bearer: string,
  now: Date,
): Promise<SeriesOccurrence[]> {
  // Only this series is expanded (not the whole calendar): the history is written before the first page shows.
  const master = emulator
    .getState()
    .events.find((event) => event.subject === SERIES_SUBJECT && event.type === 'seriesMaster');
  if (!master) return [];
  const from = new Date(now.getTime() - HISTORY_DAYS * DAY_MS).toISOString();
  const to = new Date(now.getTime() + 28 * DAY_MS).toISOString();
  let url: string | null =
    `${GRAPH}/me/events/${encodeURIComponent(master.id)}/instances?startDateTime=${from}&endDateTime=${to}` +
    '&$select=start,end,isCancelled&$top=100';
  const occurrences: SeriesOccurrence[] = [];
  while (url) {
    const response = await emulator.handle(
      new Request(url, { headers: { Authorization: `Bearer ${bearer}`, Prefer: 'outlook.timezone="UTC"' } }),
    );
    if (!response.ok) return [];
    const page = (await response.json()) as {
      value: { isCancelled?: boolean; start: { dateTime: string }; end: { dateTime: string } }[];
      '@odata.nextLink'?: string;
    };
    for (const event of page.value) {
      const key = toIsoInstant(`${event.start.dateTime.slice(0, 19)}Z`);
      const endMs = Date.parse(`${event.end.dateTime.slice(0, 19)}Z`);
      if (!event.isCancelled && key && !Number.isNaN(endMs)) occurrences.push({ key, endMs });
    }
    url = page['@odata.nextLink'] ?? null;
  }
  return occurrences.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const at = (key: string, offsetMs: number) => new Date(Date.parse(key) + offsetMs).toISOString();
const dateOf = (instant: string) => instant.slice(0, 10);

/** The pair's history as edits: `past` are the 1:1s held (at least three), `next` the coming one. */
export function pairHistoryEdits(
  past: readonly OccurrenceKey[],
  next: OccurrenceKey,
  now: Date,
): SpaceEdit[] {
  const first = past[0] as OccurrenceKey;
  const middle = past[Math.floor(past.length / 2)] as OccurrenceKey;
  const beforeLast = past[past.length - 2] as OccurrenceKey;
  const last = past[past.length - 1] as OccurrenceKey;
  let n = 0;
  const base = (when: string, by: SpaceRole): SpaceEditBase => ({ id: `demo-history-${++n}`, at: when, by });
  const minutes = (key: string, m: number) => at(key, m * 60_000);
  const edits: SpaceEdit[] = [];

  // Direction: what good looks like, set in the first 1:1 and sharpened later.
  edits.push(
    {
      ...base(minutes(first, 10), 'leader'),
      type: 'proposeExpectation',
      expectationId: 'demo-priority-permits',
      priority: 'Online permit renewal live for residents',
      whatGoodLooksLike: 'Residents renew a permit online without calling us.',
      goalLink: 'Council plan 2026–2029: digital-first services',
      reviewDate: dateOf(at(next, 60 * DAY_MS)),
    },
    {
      ...base(minutes(first, 14), 'leader'),
      type: 'proposeExpectation',
      expectationId: 'demo-priority-handover',
      priority: 'Hand over the legacy forms server to IT operations',
      whatGoodLooksLike:
        'Operations run it alone: runbook written, two people trained, no call to you in a month.',
      goalLink: null,
      reviewDate: null,
    },
    {
      ...base(minutes(first, 40), 'employee'),
      type: 'proposeExpectation',
      expectationId: 'demo-priority-accessibility',
      priority: 'Accessible benefits portal pages',
      whatGoodLooksLike:
        'Every new page passes WCAG 2.1 AA before release; no serious issue open longer than two sprints.',
      goalLink: 'Accessibility policy',
      reviewDate: null,
    },
    {
      ...base(minutes(middle, 8), 'leader'),
      type: 'confirmExpectation',
      expectationId: 'demo-priority-accessibility',
    },
    {
      ...base(minutes(middle, 12), 'leader'),
      type: 'editExpectation',
      expectationId: 'demo-priority-permits',
      whatGoodLooksLike:
        'A resident renews a permit online in under 10 minutes; renewal calls to 311 down by a third by March.',
    },
    {
      ...base(minutes(beforeLast, 6), 'leader'),
      type: 'setExpectationStatus',
      expectationId: 'demo-priority-handover',
      status: 'achieved',
    },
  );

  // Capability: a growth plan the employee started, with coaching along the way.
  edits.push(
    {
      ...base(minutes(first, 42), 'employee'),
      type: 'proposeGrowthGoal',
      growthGoalId: 'demo-goal-facilitation',
      capability: 'Facilitating workshops with residents',
      nextStep: 'Co-facilitate the January user-testing session with Sophie',
      leaderSupport: 'Pair with Sophie; half a day in the sprint to prepare',
    },
    {
      ...base(minutes(first, 45), 'leader'),
      type: 'confirmGrowthGoal',
      growthGoalId: 'demo-goal-facilitation',
    },
    {
      ...base(minutes(middle, 20), 'leader'),
      type: 'proposeGrowthGoal',
      growthGoalId: 'demo-goal-steering',
      capability: 'Presenting to the steering committee',
      nextStep: 'Present the permit renewal figures at the February committee',
      leaderSupport: 'A dry run with Claire the week before',
    },
    {
      ...base(minutes(middle, 24), 'leader'),
      type: 'addCoachingNote',
      coachingNoteId: 'demo-note-facilitation-1',
      growthGoalId: 'demo-goal-facilitation',
      occurrence: middle,
      text: 'Watched Sophie run the first session. Next time: Marcus opens and closes, Sophie handles questions.',
    },
    {
      ...base(minutes(last, 18), 'leader'),
      type: 'addCoachingNote',
      coachingNoteId: 'demo-note-facilitation-2',
      growthGoalId: 'demo-goal-facilitation',
      occurrence: last,
      text: 'Ran the warm-up alone and kept to time. Practise handling a participant who dominates the room.',
    },
  );

  // Feedback between the 1:1s, both ways; the last one since the last 1:1.
  const feedback = (
    id: string,
    when: string,
    by: SpaceRole,
    kind: 'recognition' | 'constructive',
    text: string,
    linkedTo: { kind: 'expectation' | 'growthGoal'; id: string } | null,
  ): SpaceEdit => ({
    ...base(when, by),
    type: 'recordFeedback',
    feedbackId: id,
    kind,
    text,
    date: dateOf(when),
    linkedTo,
  });
  // After the last 1:1 began (an hour before now, unless it began less than an hour ago), at most 3 days after.
  const lastMs = Date.parse(last);
  const sinceLast = new Date(
    Math.min(lastMs + 3 * DAY_MS, Math.max(now.getTime() - 3_600_000, (lastMs + now.getTime()) / 2)),
  ).toISOString();
  edits.push(
    feedback(
      'demo-feedback-caller',
      at(first, 2 * DAY_MS),
      'leader',
      'recognition',
      'You stayed calm with the resident who called three times about the form outage, and followed up in writing the same day.',
      null,
    ),
    feedback(
      'demo-feedback-demo',
      at(middle, -3 * DAY_MS),
      'leader',
      'constructive',
      'In the sprint demo the renewal date slipped without a word to the product owner first. Flag a risk the day you see it.',
      { kind: 'expectation', id: 'demo-priority-permits' },
    ),
    feedback(
      'demo-feedback-checklist',
      at(middle, 2 * DAY_MS),
      'leader',
      'recognition',
      'Your accessibility checklist is now used by two other teams. That is exactly the standard we set.',
      { kind: 'expectation', id: 'demo-priority-accessibility' },
    ),
    feedback(
      'demo-feedback-upward',
      at(beforeLast, DAY_MS),
      'employee',
      'recognition',
      'Thank you for keeping the late scope change out of our sprint.',
      null,
    ),
    feedback(
      'demo-feedback-workshop',
      sinceLast,
      'leader',
      'recognition',
      'Great warm-up at Thursday’s resident workshop: everyone spoke in the first ten minutes.',
      { kind: 'growthGoal', id: 'demo-goal-facilitation' },
    ),
  );

  // Accountability: commitments kept, one late, one coming.
  edits.push(
    {
      ...base(minutes(first, 25), 'leader'),
      type: 'addActionItem',
      actionItemId: 'demo-action-runbook',
      text: 'Write the forms server runbook with Operations',
      owner: 'employee',
      dueDate: dateOf(at(middle, -DAY_MS)),
      createdInOccurrence: first,
    },
    {
      ...base(minutes(middle, 5), 'employee'),
      type: 'setActionItemStatus',
      actionItemId: 'demo-action-runbook',
      status: 'done',
      occurrence: middle,
    },
    {
      ...base(minutes(middle, 28), 'leader'),
      type: 'addActionItem',
      actionItemId: 'demo-action-budget',
      text: 'Ask Finance about the training budget for Marcus',
      owner: 'leader',
      dueDate: dateOf(at(beforeLast, -DAY_MS)),
      createdInOccurrence: middle,
    },
    {
      ...base(minutes(beforeLast, 4), 'leader'),
      type: 'setActionItemStatus',
      actionItemId: 'demo-action-budget',
      status: 'done',
      occurrence: beforeLast,
    },
    {
      ...base(minutes(last, 22), 'employee'),
      type: 'addActionItem',
      actionItemId: 'demo-action-analytics',
      text: 'Send Claire the renewal form analytics for November',
      owner: 'employee',
      dueDate: dateOf(sinceLast),
      createdInOccurrence: last,
    },
    {
      ...base(minutes(last, 24), 'leader'),
      type: 'addActionItem',
      actionItemId: 'demo-action-dryrun',
      text: 'Book the steering committee dry run',
      owner: 'leader',
      dueDate: dateOf(at(next, 14 * DAY_MS)),
      createdInOccurrence: last,
    },
  );

  // Each 1:1's topics (discussed) and the leader's shared notes.
  past.forEach((key, index) => {
    const topics: [SpaceRole, 'checkIn' | 'direction' | 'capability' | 'accountability', string][] = [
      ['employee', 'checkIn', index % 2 === 0 ? 'Workload after the release' : 'How the team is getting on'],
      ['leader', 'direction', index === 0 ? 'What good looks like this quarter' : 'Permit renewal progress'],
      [
        'employee',
        'capability',
        index < 2 ? 'Workshop facilitation: where to start' : 'Feedback on my last session',
      ],
    ];
    topics.forEach(([by, section, text], position) => {
      const topicId = `demo-topic-${index}-${position}`;
      edits.push(
        {
          ...base(at(key, -DAY_MS - position * 60_000), by),
          type: 'addTopic',
          topicId,
          section,
          text,
          order: position + 1,
          createdForOccurrence: key,
        },
        {
          ...base(minutes(key, 30 + position), 'leader'),
          type: 'setTopicStatus',
          topicId,
          status: 'discussed',
          occurrence: key,
        },
      );
    });
    edits.push({
      ...base(minutes(key, 34), 'leader'),
      type: 'setSharedNote',
      occurrence: key,
      text:
        index === past.length - 1
          ? 'Good momentum on renewals. Marcus to send the November figures; Claire books the dry run.'
          : `Went through priorities and the growth plan (1:1 ${index + 1}).`,
    });
  });

  // Added by Marcus for the coming 1:1, so the leader's brief shows it.
  edits.push({
    ...base(
      new Date(Math.min(Date.parse(sinceLast) + 60_000, now.getTime() - 60_000)).toISOString(),
      'employee',
    ),
    type: 'addTopic',
    topicId: 'demo-topic-next',
    section: 'capability',
    text: 'Can I take the accessibility certification course in the new year?',
    order: 1,
    createdForOccurrence: next,
  });

  return edits.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The pair's space as it stands today: built from the history's edits. */
export function pairHistorySpace(
  leader: Person,
  employee: Person,
  past: readonly OccurrenceKey[],
  next: OccurrenceKey,
  now: Date,
): SpaceDocument {
  const created = at(past[0] as OccurrenceKey, -2 * DAY_MS);
  const empty = createSpaceDocument({ spaceId: 'demo-space-claire-marcus', leader, employee, now: created });
  return applySpaceEdits(empty, pairHistoryEdits(past, next, now));
}

/**
 * Writes the history into the leader's OneDrive and shares it with the employee, as the app does. Does
 * nothing when the seed has no such pair or series, or when the file is already there (`If-None-Match`).
 */
export async function writePairHistory(emulator: GraphEmulator, now: Date): Promise<boolean> {
  const users = emulator.listUsers();
  const leader = users.find((user) => user.mail === LEADER_EMAIL);
  const employee = users.find((user) => user.mail === EMPLOYEE_EMAIL);
  if (!leader || !employee) return false;
  const bearer = encodeDemoToken({
    oid: leader.id,
    upn: leader.userPrincipalName,
    scp: GRAPH_SCOPES.join(' '),
  });
  const occurrences = await seriesOccurrences(emulator, bearer, now);
  // As the agenda sees them (nextHeldOccurrence): a 1:1 in progress is the coming one, not a past one.
  const past = occurrences.filter((o) => o.endMs <= now.getTime()).map((o) => o.key);
  const next = occurrences.find((o) => o.endMs > now.getTime())?.key;
  if (past.length < 3 || !next) return false;
  const space = pairHistorySpace(
    { id: leader.id, email: LEADER_EMAIL, name: leader.displayName },
    // As the app's leader side writes a new space: the email is the employee's identity in the pair.
    { id: EMPLOYEE_EMAIL, email: EMPLOYEE_EMAIL, name: employee.displayName },
    past,
    next,
    now,
  );
  const headers = { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' };
  const written = await emulator.handle(
    new Request(`${GRAPH}/me/drive/special/approot:/spaces/${EMPLOYEE_EMAIL}.json:/content`, {
      method: 'PUT',
      headers: { ...headers, 'If-None-Match': '*' },
      body: serializeSpaceDocument(space),
    }),
  );
  if (!written.ok) return false;
  const file = (await written.json()) as { id: string; parentReference: { driveId: string } };
  const shared = await emulator.handle(
    new Request(`${GRAPH}/drives/${file.parentReference.driveId}/items/${file.id}/invite`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        recipients: [{ email: EMPLOYEE_EMAIL }],
        roles: ['write'],
        requireSignIn: true,
        sendInvitation: false,
      }),
    }),
  );
  return shared.ok;
}
