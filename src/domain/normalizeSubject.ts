/**
 * Normalizes a meeting subject so single 1:1s that are really the same meeting, scheduled one at a
 * time ("Dana / Sam 1:1", "dana / sam  1:1 "), group into one series.
 *
 * Rules: Unicode compatibility form (NFKC), case-folded, whitespace collapsed and trimmed, and leading
 * reply/forward prefixes (RE:, FW:, Fwd:, and the common German AW:/WG:) removed, repeatedly, since
 * forwarding an invite can add them.
 */
const replyOrForwardPrefix = /^(?:(?:re|fwd?|aw|wg)\s*:\s*)+/;

export function normalizeSubject(subject: string): string {
  return subject
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(replyOrForwardPrefix, '');
}
