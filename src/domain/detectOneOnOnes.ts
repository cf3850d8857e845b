import type { CalendarEvent, DirectoryPerson, ResponseKind } from './calendarEvent';
import { compareOrdinal } from './compareOrdinal';
import { normalizeEmail } from './normalizeEmail';
import type {
  Counterpart,
  CounterpartRelation,
  DeclinedBy,
  OneOnOneOccurrence,
  OneOnOneSeries,
} from './oneOnOne';
import {
  seriesKeyForMaster,
  seriesKeyForMasterAndCounterpart,
  seriesKeyForSingle,
} from './oneOnOneSeriesKey';

/** Who the signed-in user is and whom the directory says they work with. */
export interface OneOnOnePeople {
  me: DirectoryPerson;
  manager: DirectoryPerson | null;
  directReports: readonly DirectoryPerson[];
}

/**
 * Finds the signed-in user's 1:1s among calendar events (typically one calendarView window) and
 * groups them into series.
 *
 * Rules, each implemented below where it applies:
 * 1. Not every event is a meeting that will happen: cancelled, all-day, seriesMaster entries
 *    (calendarView returns the occurrences) and `showAs: free` holds are skipped
 *    (`isCandidateEvent`).
 * 2. A 1:1 has exactly two people, the user and one counterpart (`findCounterpart`).
 * 3. Occurrences group by series master id, else by counterpart and normalized subject
 *    (`oneOnOneSeriesKey.ts`).
 * 4. Declines are flagged per occurrence, never hidden (`declinedBy`).
 * 5. Someone else's private subject never leaves this function (`isSubjectHidden`).
 * 6. The counterpart is classified and named from the directory when it knows them.
 *
 * The function has no clock: "next occurrence" means the earliest one among the events given.
 * Output is sorted (series by next occurrence, occurrences by start, ties by key or id), so the
 * result does not depend on the order of the input.
 *
 * One pass over the events with Maps, then sorting: O(n log n).
 */
export function detectOneOnOnes(events: readonly CalendarEvent[], people: OneOnOnePeople): OneOnOneSeries[] {
  const myEmail = normalizeEmail(people.me.email);
  const directory = buildDirectory(people);
  const seenEventIds = new Set<string>();
  // Recurring series, per master id, then per counterpart (see `assignMasterKeys`).
  const byMaster = new Map<string, Map<string, SeriesDraft>>();
  const bySingleKey = new Map<string, SeriesDraft>();

  for (const event of events) {
    if (!isCandidateEvent(event)) continue;
    // Paging through a calendar that changes meanwhile can return an event twice.
    if (seenEventIds.has(event.id)) continue;
    const startMs = Date.parse(event.start);
    // An occurrence that cannot be placed in time cannot be listed or sorted.
    if (Number.isNaN(startMs)) continue;
    const found = findCounterpart(event, myEmail);
    if (found === null) continue;
    seenEventIds.add(event.id);

    const subjectHidden = isSubjectHidden(event);
    const entry: OccurrenceDraft = {
      occurrence: toOccurrence(event, declinedBy(event, found)),
      startMs,
      subject: subjectHidden ? null : event.subject.trim(),
      inviteName: found.name.trim(),
    };

    if (event.seriesMasterId) {
      let perCounterpart = byMaster.get(event.seriesMasterId);
      if (perCounterpart === undefined) {
        perCounterpart = new Map();
        byMaster.set(event.seriesMasterId, perCounterpart);
      }
      draftFor(perCounterpart, found.email, '', found.email, event.seriesMasterId).entries.push(entry);
    } else {
      const key = seriesKeyForSingle(found.email, event.subject, subjectHidden);
      draftFor(bySingleKey, key, key, found.email, null).entries.push(entry);
    }
  }

  const drafts = [...bySingleKey.values()];
  for (const perCounterpart of byMaster.values()) drafts.push(...perCounterpart.values());
  for (const draft of drafts) draft.entries.sort(compareEntries);
  for (const [masterId, perCounterpart] of byMaster) assignMasterKeys(masterId, [...perCounterpart.values()]);
  drafts.sort((a, b) => nextStartMs(a) - nextStartMs(b) || compareOrdinal(a.key, b.key));
  return drafts.map((draft) => toSeries(draft, directory));
}

/** Rule 1: events that are not a real, timed meeting on the user's schedule. */
function isCandidateEvent(event: CalendarEvent): boolean {
  if (event.isCancelled || event.isAllDay || event.kind === 'seriesMaster') return false;
  // A "free" entry is a hold or a reminder, not a meeting, with one exception: Exchange shows a
  // meeting the user declined (and kept) as free, and declined 1:1s must stay visible (rule 4).
  if (event.showAs === 'free' && event.myResponse !== 'declined') return false;
  return true;
}

interface FoundCounterpart {
  email: string;
  /** Name on the invite; may be empty. */
  name: string;
  /** Their attendee response; null when they organize the meeting (organizers do not respond). */
  response: ResponseKind | null;
}

/**
 * Rule 2: the participants are the organizer plus every attendee that is a person (rooms and
 * equipment, `type: resource`, are ignored; optional attendees count), deduplicated by email.
 * A 1:1 has exactly two participants and the signed-in user is one of them.
 *
 * A participant without an email cannot be told apart from the others, so an event with one
 * is not a 1:1: we cannot prove it has only two people. When the user organizes the event the
 * organizer is the user, whatever address the organizer field carries (an alias, or none).
 */
function findCounterpart(event: CalendarEvent, myEmail: string): FoundCounterpart | null {
  const organizerEmail = event.isOrganizer ? myEmail : normalizeEmail(event.organizer.email);
  if (organizerEmail === '') return null;

  let includesMe = organizerEmail === myEmail;
  let counterpart: FoundCounterpart | null = includesMe
    ? null
    : { email: organizerEmail, name: event.organizer.name, response: null };

  for (const attendee of event.attendees) {
    if (attendee.type === 'resource') continue;
    const email = normalizeEmail(attendee.email);
    if (email === '') return null;
    if (email === myEmail) {
      includesMe = true;
    } else if (counterpart === null) {
      counterpart = { email, name: attendee.name, response: attendee.response };
    } else if (counterpart.email === email) {
      // The organizer listed again among the attendees, or a duplicate entry.
      if (counterpart.name.trim() === '') counterpart.name = attendee.name;
    } else {
      return null;
    }
  }

  return includesMe ? counterpart : null;
}

/**
 * Rule 4: the user's decline comes from `myResponse` (whether they organize or attend); the
 * counterpart's from their attendee response. An organizing counterpart cannot decline their
 * own meeting. When both declined, the user's own decline is reported.
 */
function declinedBy(event: CalendarEvent, counterpart: FoundCounterpart): DeclinedBy {
  if (event.myResponse === 'declined') return 'me';
  if (counterpart.response === 'declined') return 'counterpart';
  return null;
}

/**
 * Rule 5: the subject of someone else's private event is not ours to show, even to its attendee
 * (the user may be sharing their screen, or the UI may be shown to a delegate). The UI shows
 * "Private 1:1". The user's own private events keep their subject.
 */
function isSubjectHidden(event: CalendarEvent): boolean {
  return event.sensitivity === 'private' && !event.isOrganizer;
}

function toOccurrence(event: CalendarEvent, declined: DeclinedBy): OneOnOneOccurrence {
  return {
    eventId: event.id,
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    isOnlineMeeting: event.isOnlineMeeting,
    joinUrl: event.joinUrl,
    isOrganizer: event.isOrganizer,
    declinedBy: declined,
    webLink: event.webLink,
  };
}

interface OccurrenceDraft {
  occurrence: OneOnOneOccurrence;
  startMs: number;
  /** Already null when hidden (rule 5). */
  subject: string | null;
  inviteName: string;
}

interface SeriesDraft {
  /** Empty for recurring series until `assignMasterKeys` assigns it. */
  key: string;
  counterpartEmail: string;
  seriesMasterId: string | null;
  entries: OccurrenceDraft[];
}

function draftFor(
  drafts: Map<string, SeriesDraft>,
  mapKey: string,
  key: string,
  counterpartEmail: string,
  seriesMasterId: string | null,
): SeriesDraft {
  let draft = drafts.get(mapKey);
  if (draft === undefined) {
    draft = { key, counterpartEmail, seriesMasterId, entries: [] };
    drafts.set(mapKey, draft);
  }
  return draft;
}

/**
 * Rule 3, recurring side: a series is keyed `series:<masterId>`. Exceptions can change the
 * attendees, so rarely one series holds occurrences with different counterparts. The counterpart
 * with the most occurrences (then the earliest, then the smallest email) keeps the plain key;
 * each other counterpart gets `series:<masterId>|<email>`, so keys stay unique and nothing is
 * attributed to the wrong person.
 */
function assignMasterKeys(masterId: string, drafts: SeriesDraft[]): void {
  drafts.sort(
    (a, b) =>
      b.entries.length - a.entries.length ||
      nextStartMs(a) - nextStartMs(b) ||
      compareOrdinal(a.counterpartEmail, b.counterpartEmail),
  );
  drafts.forEach((draft, index) => {
    draft.key =
      index === 0
        ? seriesKeyForMaster(masterId)
        : seriesKeyForMasterAndCounterpart(masterId, draft.counterpartEmail);
  });
}

/** Occurrences by start; equal starts by event id. Drafts are sorted this way before use. */
function compareEntries(a: OccurrenceDraft, b: OccurrenceDraft): number {
  return a.startMs - b.startMs || compareOrdinal(a.occurrence.eventId, b.occurrence.eventId);
}

/** Drafts never have zero entries: one is created only to take an occurrence. */
function nextStartMs(draft: SeriesDraft): number {
  return draft.entries[0]?.startMs ?? Number.POSITIVE_INFINITY;
}

interface DirectoryEntry {
  person: DirectoryPerson;
  relation: CounterpartRelation;
}

/** Rule 6: direct reports first, so a person listed both ways (bad directory data) is a direct report. */
function buildDirectory(people: OneOnOnePeople): Map<string, DirectoryEntry> {
  const directory = new Map<string, DirectoryEntry>();
  if (people.manager !== null) {
    directory.set(normalizeEmail(people.manager.email), { person: people.manager, relation: 'manager' });
  }
  for (const person of people.directReports) {
    directory.set(normalizeEmail(person.email), { person, relation: 'directReport' });
  }
  directory.delete('');
  return directory;
}

/** Expects `draft.entries` sorted; the first entry is the next occurrence. */
function toSeries(draft: SeriesDraft, directory: Map<string, DirectoryEntry>): OneOnOneSeries {
  const next = draft.entries[0];
  return {
    key: draft.key,
    counterpart: toCounterpart(draft, directory),
    subject: next?.subject ?? null,
    seriesMasterId: draft.seriesMasterId,
    isOnlineMeeting: next?.occurrence.isOnlineMeeting ?? false,
    occurrences: draft.entries.map((entry) => entry.occurrence),
  };
}

/** Rule 6: the directory's name when it knows the person, else the invite's (earliest non-empty), else the email. */
function toCounterpart(draft: SeriesDraft, directory: Map<string, DirectoryEntry>): Counterpart {
  const known = directory.get(draft.counterpartEmail);
  const directoryName = known?.person.displayName.trim() ?? '';
  const inviteName = draft.entries.find((entry) => entry.inviteName !== '')?.inviteName ?? '';
  return {
    name: directoryName || inviteName || draft.counterpartEmail,
    email: draft.counterpartEmail,
    relation: known?.relation ?? 'other',
  };
}
