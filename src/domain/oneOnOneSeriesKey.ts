import { normalizeSubject } from './normalizeSubject';

/**
 * The stable key of a 1:1 series. Other modules store it (agenda links, tab entity ids), so its
 * format is a contract: change it only with a migration.
 *
 * - `series:<seriesMasterId>`: a recurring series. Exchange keeps the master id when single
 *   occurrences are moved or edited.
 * - `single:<email>|<normalized subject>`: 1:1s scheduled one at a time with the same person
 *   and (normalized) subject.
 * - `single:<email>|private:<hash>`: the same, for someone else's private event. The subject must
 *   not leave the detection, not even inside a key, so only a hash of it is kept: meetings with
 *   the same subject still group together, yet the key does not show it.
 */
export function seriesKeyForMaster(seriesMasterId: string): string {
  return `series:${seriesMasterId}`;
}

/**
 * Key for the occurrences of a recurring series whose counterpart differs from the rest of the
 * series (an exception re-addressed to someone else). Keeps keys unique per counterpart.
 */
export function seriesKeyForMasterAndCounterpart(seriesMasterId: string, counterpartEmail: string): string {
  return `series:${seriesMasterId}|${counterpartEmail}`;
}

export function seriesKeyForSingle(
  counterpartEmail: string,
  subject: string,
  subjectHidden: boolean,
): string {
  const normalized = normalizeSubject(subject);
  const subjectPart = subjectHidden ? `private:${fnv1a32Hex(normalized)}` : normalized;
  return `single:${counterpartEmail}|${subjectPart}`;
}

/** FNV-1a, 32-bit: fast, dependency-free and deterministic. Not cryptographic; it only keeps the subject out of sight. */
function fnv1a32Hex(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
