/**
 * FNV-1a (32 bit) over UTF-16 code units, as 8 hex digits. Not cryptographic: it only tells
 * whether the block's text changed since we wrote it, and must run in the Outlook launch runtime
 * (no crypto.subtle there, and it would be asynchronous anyway).
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Not padStart: that is ES2017 library, which the launch script's ES2016 runtime lacks.
  return `0000000${(hash >>> 0).toString(16)}`.slice(-8);
}

/** Whitespace differences (re-wrapping, &nbsp;, CR LF) are not edits. */
export function normalizeBlockText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
