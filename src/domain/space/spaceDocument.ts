import type { PeriodSummary } from '../record/periodSummary';
import type { SectionId } from './agendaSections';
import type { Expectation } from './expectation';
import type { FeedbackEntry } from './feedbackEntry';
import type { CoachingNote, GrowthGoal } from './growthGoal';
import type { IsoInstant } from './isoInstant';
import type { OccurrenceKey } from './occurrenceKey';
import type { PairPrompts } from './pairPrompts';
import type { SpaceRole, Stamp } from './spaceStamp';

/**
 * The shared "1:1 space" of one leader–employee pair: one JSON document in the leader's OneDrive,
 * shared with the employee. It holds every occurrence's topics, the action items and the shared
 * notes. It belongs to the pair, not to a calendar series (see `occurrenceKey.ts`).
 *
 * Replication model: both people write whole copies of the document, so every mutable field is a
 * last-writer-wins register with its own `Stamp`, kept in the entity's `stamps`. Fields that must
 * change together share one register:
 *
 * | entity      | register    | fields                        |
 * |-------------|-------------|-------------------------------|
 * | topic       | `text`      | text                          |
 * | topic       | `placement` | section, order                |
 * | topic       | `status`    | status, discussedInOccurrence |
 * | topic       | `deferral`  | deferredFromOccurrence        |
 * | action item | `text`      | text                          |
 * | action item | `owner`     | owner                         |
 * | action item | `dueDate`   | dueDate                       |
 * | action item | `status`    | status, closedInOccurrence    |
 * | both        | `deleted`   | deleted                       |
 * | shared note | `text`      | text                          |
 *
 * Version 2 adds the substance of performance conversations, with the same rules: expectations
 * (`expectation.ts`), growth goals and their coaching notes (`growthGoal.ts`), feedback
 * (`feedbackEntry.ts`) and the pair's section prompts (`pairPrompts.ts`). A version 1 document is
 * upgraded as it is read (`migrateSpaceDocument.ts`) and written as version 2 with the next edit.
 *
 * Every other field is set once, when the entity is created. Each person's edits must carry
 * distinct stamps (`nextEditTime` guarantees it), so "the latest edit" is always well defined.
 *
 * Deletion is a tombstone: `deleted: true` with its stamp, never removal, so merging an older copy
 * cannot bring an entity back. Edit-versus-delete rule: an entity is gone when its latest write is
 * the delete. An edit stamped after the delete (someone who had not seen the delete yet kept working
 * on it) brings the entity back with that edit, so no edit is lost silently; an edit stamped
 * before the delete stays inside the tombstone. See `isTopicLive` / `isActionItemLive`.
 */

export const SPACE_DOCUMENT_SCHEMA = 'one-on-one-space';
export const SPACE_DOCUMENT_VERSION = 2;

export type TopicStatus = 'open' | 'discussed' | 'deferred';
export type ActionItemStatus = 'open' | 'done' | 'dropped';

export const TOPIC_STATUSES = ['open', 'discussed', 'deferred'] as const;
export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;

export interface SpacePerson {
  /** Entra object id. */
  id: string;
  /** Lower-cased SMTP address. */
  email: string;
  name: string;
}

export interface TopicStamps {
  text: Stamp;
  placement: Stamp;
  status: Stamp;
  deferral: Stamp;
  deleted: Stamp;
}

export interface Topic {
  id: string;
  author: SpaceRole;
  createdAt: IsoInstant;
  /** The occurrence it was added for; null = "the next 1:1 after it was written". */
  createdForOccurrence: OccurrenceKey | null;
  section: SectionId;
  /**
   * Position within its section: fractional, so a move writes one topic only (`topicOrder.ts`).
   * Ties (two people adding at the end at once) fall back to createdAt, then id.
   */
  order: number;
  text: string;
  status: TopicStatus;
  /** Set with status `discussed`: the occurrence where it was ticked off. */
  discussedInOccurrence: OccurrenceKey | null;
  /** The occurrence it was last deferred from; kept after it is later discussed, for history. */
  deferredFromOccurrence: OccurrenceKey | null;
  deleted: boolean;
  stamps: TopicStamps;
}

export interface ActionItemStamps {
  text: Stamp;
  owner: Stamp;
  dueDate: Stamp;
  status: Stamp;
  deleted: Stamp;
}

export interface ActionItem {
  id: string;
  createdBy: SpaceRole;
  createdAt: IsoInstant;
  /** The occurrence it was agreed in; null when it was written between meetings. */
  createdInOccurrence: OccurrenceKey | null;
  text: string;
  owner: SpaceRole;
  /** Calendar date `YYYY-MM-DD` (a due date has no time zone). */
  dueDate: string | null;
  status: ActionItemStatus;
  /** Set with status done/dropped: the occurrence where it was closed. */
  closedInOccurrence: OccurrenceKey | null;
  deleted: boolean;
  stamps: ActionItemStamps;
}

/**
 * Shared notes of one occurrence, one per author: the leader's and the employee's notes are
 * separate entries, so two people typing at once never overwrite each other's text. An empty text
 * is a cleared note (kept, so an older copy cannot bring the old text back).
 */
export interface SharedNote {
  occurrence: OccurrenceKey;
  author: SpaceRole;
  text: string;
  stamps: { text: Stamp };
}

export interface SpaceDocument {
  schema: typeof SPACE_DOCUMENT_SCHEMA;
  version: typeof SPACE_DOCUMENT_VERSION;
  spaceId: string;
  leader: SpacePerson;
  employee: SpacePerson;
  createdAt: IsoInstant;
  /** Sorted by id (canonical form, so equal documents serialize identically). */
  topics: Topic[];
  /** Sorted by id. */
  actionItems: ActionItem[];
  /** Sorted by occurrence, then author. */
  occurrenceNotes: SharedNote[];
  /** Sorted by id, like every list below. */
  expectations: Expectation[];
  growthGoals: GrowthGoal[];
  coachingNotes: CoachingNote[];
  feedback: FeedbackEntry[];
  sectionPrompts: PairPrompts;
  /**
   * The leader's period summaries and the employee's acknowledgements (`record/periodSummary.ts`), sorted
   * by id. Optional, so a space without any keeps its earlier shape; absent means none.
   */
  periodSummaries?: PeriodSummary[];
}

/** The fields version 2 added: what a version 1 document does not have. */
export type SpaceDocumentV2Fields =
  | 'expectations'
  | 'growthGoals'
  | 'coachingNotes'
  | 'feedback'
  | 'sectionPrompts';

/** A document as version 1 of the app wrote it. */
export type SpaceDocumentV1 = Omit<SpaceDocument, 'version' | SpaceDocumentV2Fields> & { version: 1 };
