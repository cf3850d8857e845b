/**
 * Deterministic, non-cryptographic hashing for ids and change keys that must stay the same
 * across reloads and test runs (Exchange ids and change keys look random but are stable).
 */

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 32-bit FNV-1a over the UTF-16 code units, with a salt so several hashes of one text differ. */
function fnv1a(text: string, salt: number): number {
  let hash = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Digests of short texts (ids), kept: every calendar view derives the same occurrence and attendee-copy ids
 * again, and each costs several passes. Bounded, for a long session.
 */
const shortDigests = new Map<string, string>();
const SHORT_TEXT_MAX = 256;

/** A base64url-looking digest of the text, `length` characters long. */
export function stableDigest(text: string, length: number): string {
  if (text.length > SHORT_TEXT_MAX) return computeDigest(text, length);
  const key = `${length}:${text}`;
  const known = shortDigests.get(key);
  if (known !== undefined) return known;
  if (shortDigests.size > 20_000) shortDigests.clear();
  const digest = computeDigest(text, length);
  shortDigests.set(key, digest);
  return digest;
}

function computeDigest(text: string, length: number): string {
  let digest = '';
  for (let salt = 0; digest.length < length; salt++) {
    let hash = fnv1a(text, salt * 0x9e3779b1);
    for (let i = 0; i < 5 && digest.length < length; i++) {
      digest += BASE64URL_ALPHABET[hash & 63];
      hash >>>= 6;
    }
  }
  return digest;
}

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Like stableDigest, in upper-case base32 (the alphabet of OneDrive for Business item ids). */
export function stableBase32Digest(text: string, length: number): string {
  return Array.from(
    stableDigest(text, length),
    (char) => BASE32_ALPHABET[BASE64URL_ALPHABET.indexOf(char) & 31],
  ).join('');
}

/** A GUID-shaped (8-4-4-4-12, upper-case hex) stable digest of the text. */
export function stableGuid(text: string): string {
  const hex = Array.from(stableDigest(text, 32), (char) =>
    (BASE64URL_ALPHABET.indexOf(char) & 15).toString(16).toUpperCase(),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
