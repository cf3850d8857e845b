/**
 * Checks that need the whole seed: unique ids, references between users and events, and that
 * each meeting sits in its organizer's mailbox. Runs after the shape check, on typed data.
 */
import { parseCancelledOccurrenceId } from '../recurrence/occurrenceIds';
import { parseCivilDate, weekdayOf } from '../time/civilDate';
import { graphDateTimeToInstant } from '../time/zonedTime';
import type { DemoSeed, DemoSeedEvent } from './demoSeed.types';
import { driveItemIssues } from './driveItemCrossReferences';
import { storedEventKind } from './storedEventKind';

export interface SeedIssue {
  path: (string | number)[];
  message: string;
}

export function seedCrossReferenceIssues(seed: DemoSeed): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const anchor = parseCivilDate(seed.anchorWeekStart);
  if (anchor && weekdayOf(anchor) !== 1) {
    issues.push({ path: ['anchorWeekStart'], message: `${seed.anchorWeekStart} is not a Monday` });
  }
  const usersById = new Map(seed.users.map((user) => [user.id, user]));
  const seenUpns = new Set<string>();
  seed.users.forEach((user, index) => {
    if (seed.users.findIndex((other) => other.id === user.id) !== index) {
      issues.push({ path: ['users', index, 'id'], message: `duplicate user id "${user.id}"` });
    }
    const upn = user.userPrincipalName.toLowerCase();
    if (seenUpns.has(upn)) {
      issues.push({
        path: ['users', index, 'userPrincipalName'],
        message: `duplicate userPrincipalName "${upn}"`,
      });
    }
    seenUpns.add(upn);
    if (user.managerId !== undefined && (!usersById.has(user.managerId) || user.managerId === user.id)) {
      issues.push({
        path: ['users', index, 'managerId'],
        message: `no other user has id "${user.managerId}"`,
      });
    }
  });
  const eventsById = new Map<string, DemoSeedEvent>();
  seed.events.forEach((event, index) => {
    if (eventsById.has(event.id))
      issues.push({ path: ['events', index, 'id'], message: `duplicate event id "${event.id}"` });
    eventsById.set(event.id, event);
  });
  seed.events.forEach((event, index) => {
    const at = (...path: (string | number)[]) => ['events', index, ...path];
    const owner = usersById.get(event.mailbox);
    if (!owner) {
      issues.push({ path: at('mailbox'), message: `no user has id "${event.mailbox}"` });
    } else {
      const organizer = event.organizer?.emailAddress?.address?.toLowerCase();
      const ownerAddresses = [owner.mail, owner.userPrincipalName].map((address) => address?.toLowerCase());
      if (!organizer || !ownerAddresses.includes(organizer)) {
        issues.push({
          path: at('organizer', 'emailAddress', 'address'),
          message: `a meeting is stored in its organizer's mailbox, but "${organizer}" is not ${owner.userPrincipalName}`,
        });
      }
    }
    const start = graphDateTimeToInstant(event.start);
    const end = graphDateTimeToInstant(event.end);
    if (start !== null && end !== null && end < start)
      issues.push({ path: at('end'), message: 'ends before it starts' });
    const kind = storedEventKind(event);
    if (kind === 'seriesMaster' && !event.recurrence) {
      issues.push({ path: at('recurrence'), message: 'a seriesMaster needs a recurrence' });
    }
    if (kind !== 'seriesMaster' && event.recurrence) {
      issues.push({ path: at('recurrence'), message: `a ${kind} cannot have a recurrence` });
    }
    if (kind === 'exception') {
      const master = event.seriesMasterId ? eventsById.get(event.seriesMasterId) : undefined;
      if (!master || storedEventKind(master) !== 'seriesMaster' || master.mailbox !== event.mailbox) {
        issues.push({
          path: at('seriesMasterId'),
          message: `no seriesMaster "${event.seriesMasterId}" in the same mailbox`,
        });
      }
      if (!event.originalStart)
        issues.push({ path: at('originalStart'), message: 'an exception needs originalStart' });
    }
    (event.cancelledOccurrences ?? []).forEach((occurrenceId, occurrenceIndex) => {
      const parsed = parseCancelledOccurrenceId(occurrenceId);
      if (!parsed || parsed.seriesMasterId !== event.id) {
        issues.push({
          path: at('cancelledOccurrences', occurrenceIndex),
          message: `expected "OID.${event.id}.YYYY-MM-DD", got "${occurrenceId}"`,
        });
      }
    });
  });
  issues.push(...driveItemIssues(seed));
  return issues;
}
