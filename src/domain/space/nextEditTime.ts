import { addMilliseconds, type IsoInstant, toIsoInstant } from './isoInstant';
import type { SpaceDocument } from './spaceDocument';
import type { Stamp } from './spaceStamp';

/**
 * The `at` for a new edit: `now`, or 1 ms after the newest stamp in the document when that is
 * later. Two devices' clocks can disagree; without this, an edit made *after* seeing someone's
 * change could carry an older stamp and lose to it. With it, every edit orders after everything
 * its author had seen (a hybrid logical clock), whatever the clock skew.
 */
export function nextEditTime(document: SpaceDocument, now: Date | string): IsoInstant {
  const wall = toIsoInstant(now);
  if (wall === null) throw new RangeError('now is not a valid instant');
  let latest = '';
  const see = (stamp: Stamp) => {
    if (stamp.at > latest) latest = stamp.at;
  };
  for (const topic of document.topics) {
    const { text, placement, status, deferral, deleted } = topic.stamps;
    see(text);
    see(placement);
    see(status);
    see(deferral);
    see(deleted);
  }
  for (const item of document.actionItems) {
    const { text, owner, dueDate, status, deleted } = item.stamps;
    see(text);
    see(owner);
    see(dueDate);
    see(status);
    see(deleted);
  }
  for (const note of document.occurrenceNotes) see(note.stamps.text);
  const seeAll = (stamps: object) => {
    for (const stamp of Object.values(stamps) as Stamp[]) see(stamp);
  };
  for (const list of [
    document.expectations,
    document.growthGoals,
    document.coachingNotes,
    document.feedback,
  ]) {
    for (const entry of list) seeAll(entry.stamps);
  }
  for (const register of Object.values(document.sectionPrompts)) seeAll(register.stamps);
  return latest !== '' && latest >= wall ? addMilliseconds(latest, 1) : wall;
}
