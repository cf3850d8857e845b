import { seededRandom } from '../../src/demo/faults/seededRandom';
import { SECTION_IDS } from '../../src/domain/space/agendaSections';
import { createSpaceDocument } from '../../src/domain/space/createSpaceDocument';
import type { OccurrenceInfo } from '../../src/domain/space/occurrenceTimeline';
import type {
  ActionItem,
  SharedNote,
  SpaceDocument,
  SpacePerson,
  Topic,
} from '../../src/domain/space/spaceDocument';
import type {
  AddActionItemEdit,
  AddTopicEdit,
  SpaceEdit,
  SpaceEditBase,
} from '../../src/domain/space/spaceEdits';
import type { SpaceRole, Stamp } from '../../src/domain/space/spaceStamp';

/** The pair used by space tests: Dana leads, Sam reports to her. */
export const LEADER: SpacePerson = { id: 'id-dana', email: 'dana@contoso.test', name: 'Dana Leader' };
export const EMPLOYEE: SpacePerson = { id: 'id-sam', email: 'sam@contoso.test', name: 'Sam Report' };
export const SPACE_ID = 'space-dana-sam';

export function emptySpace(now = '2026-10-01T12:00:00.000Z'): SpaceDocument {
  return createSpaceDocument({ spaceId: SPACE_ID, leader: LEADER, employee: EMPLOYEE, now });
}

/** A 1:1 occurrence of `minutes` starting at `start` (canonical ISO). */
export function occurrence(
  start: string,
  options: { cancelled?: boolean; minutes?: number } = {},
): OccurrenceInfo {
  const end = new Date(Date.parse(start) + (options.minutes ?? 30) * 60_000).toISOString();
  return { key: start, start, end, isCancelled: options.cancelled ?? false };
}

let editCounter = 0;

function base(at: string, by: SpaceRole): SpaceEditBase {
  editCounter += 1;
  return { id: `edit-${editCounter}`, at, by };
}

export function addTopicEdit(
  fields: Partial<Omit<AddTopicEdit, 'type'>> & { topicId: string; at: string },
): AddTopicEdit {
  return {
    ...base(fields.at, fields.by ?? 'employee'),
    type: 'addTopic',
    section: 'checkIn',
    text: `Topic ${fields.topicId}`,
    order: 0,
    createdForOccurrence: null,
    ...fields,
  };
}

export function addActionItemEdit(
  fields: Partial<Omit<AddActionItemEdit, 'type'>> & { actionItemId: string; at: string },
): AddActionItemEdit {
  return {
    ...base(fields.at, fields.by ?? 'leader'),
    type: 'addActionItem',
    text: `Action ${fields.actionItemId}`,
    owner: 'employee',
    dueDate: null,
    createdInOccurrence: null,
    ...fields,
  };
}

type EditFields<T extends SpaceEdit['type']> = Omit<Extract<SpaceEdit, { type: T }>, 'type' | 'id' | 'by'> & {
  by?: SpaceRole;
  id?: string;
};

/** Any edit, with a fresh edit id and `by: 'leader'` unless given. */
export function spaceEdit<T extends SpaceEdit['type']>(
  type: T,
  fields: EditFields<T>,
): Extract<SpaceEdit, { type: T }> {
  return { ...base(fields.at, fields.by ?? 'leader'), ...fields, type } as Extract<SpaceEdit, { type: T }>;
}

// Generated documents are the same on every run: the emulator's seeded PRNG.
export { seededRandom };

const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH = Date.parse('2026-01-05T14:00:00.000Z');

/**
 * A realistic large space, the same for the same arguments: `topicCount` topics over a year of
 * weekly 1:1s, a fifth as many action items, and notes. Half of the topic and action-item ids
 * are the same for every seed and the rest are per seed, so two documents with different seeds
 * look like two replicas of one space that diverged: merging them exercises both matching
 * entities field by field and taking entities only one side has. Used by the merge benchmark.
 */
export function generateSpaceDocument(topicCount: number, seed: number): SpaceDocument {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const weekKey = (week: number) => new Date(EPOCH + week * 7 * DAY_MS).toISOString();
  const stampNear = (ms: number): Stamp => ({
    at: new Date(ms + Math.floor(random() * 3 * DAY_MS)).toISOString(),
    by: pick(['leader', 'employee'] as const),
  });
  const shared = Math.floor(topicCount / 2);
  const idFor = (prefix: string, index: number, sharedCount: number) =>
    index < sharedCount ? `${prefix}-${String(index).padStart(6, '0')}` : `${prefix}-s${seed}-${index}`;

  const topics: Topic[] = [];
  for (let i = 0; i < topicCount; i++) {
    const week = Math.floor(random() * 52);
    const created = EPOCH + week * 7 * DAY_MS - DAY_MS;
    const stamp = () => stampNear(created);
    const status = pick(['open', 'open', 'discussed', 'deferred'] as const);
    topics.push({
      id: idFor('topic', i, shared),
      author: pick(['leader', 'employee'] as const),
      createdAt: new Date(created).toISOString(),
      createdForOccurrence: random() < 0.2 ? null : weekKey(week),
      section: pick(SECTION_IDS),
      order: Math.floor(random() * 1000) / 8,
      text: `Topic ${i} (seed ${seed}): ${'about the quarterly plan and what gets in the way '.slice(0, 10 + Math.floor(random() * 40))}`,
      status,
      discussedInOccurrence: status === 'discussed' ? weekKey(week + Math.floor(random() * 3)) : null,
      deferredFromOccurrence: status === 'deferred' ? weekKey(week) : null,
      deleted: random() < 0.05,
      stamps: { text: stamp(), placement: stamp(), status: stamp(), deferral: stamp(), deleted: stamp() },
    });
  }

  const itemCount = Math.floor(topicCount / 5);
  const actionItems: ActionItem[] = [];
  for (let i = 0; i < itemCount; i++) {
    const week = Math.floor(random() * 52);
    const created = EPOCH + week * 7 * DAY_MS;
    const stamp = () => stampNear(created);
    const status = pick(['open', 'done', 'dropped'] as const);
    actionItems.push({
      id: idFor('action', i, Math.floor(itemCount / 2)),
      createdBy: pick(['leader', 'employee'] as const),
      createdAt: new Date(created).toISOString(),
      createdInOccurrence: weekKey(week),
      text: `Action ${i} (seed ${seed})`,
      owner: pick(['leader', 'employee'] as const),
      dueDate: random() < 0.5 ? null : new Date(created + 14 * DAY_MS).toISOString().slice(0, 10),
      status,
      closedInOccurrence: status === 'open' ? null : weekKey(week + 1 + Math.floor(random() * 4)),
      deleted: random() < 0.05,
      stamps: { text: stamp(), owner: stamp(), dueDate: stamp(), status: stamp(), deleted: stamp() },
    });
  }

  const occurrenceNotes: SharedNote[] = [];
  for (let week = 0; week < 52; week += 1 + Math.floor(random() * 2)) {
    const author = pick(['leader', 'employee'] as const);
    if (occurrenceNotes.some((note) => note.occurrence === weekKey(week) && note.author === author)) continue;
    occurrenceNotes.push({
      occurrence: weekKey(week),
      author,
      text: `Notes of week ${week} (seed ${seed})`,
      stamps: { text: stampNear(EPOCH + week * 7 * DAY_MS) },
    });
  }

  const byId = <T extends { id: string }>(list: T[]) =>
    list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...createSpaceDocument({
      spaceId: SPACE_ID,
      leader: LEADER,
      employee: EMPLOYEE,
      now: '2026-01-01T00:00:00.000Z',
    }),
    topics: byId(topics),
    actionItems: byId(actionItems),
    occurrenceNotes: occurrenceNotes.sort((a, b) =>
      a.occurrence < b.occurrence ? -1 : a.occurrence > b.occurrence ? 1 : a.author < b.author ? -1 : 1,
    ),
  };
}
