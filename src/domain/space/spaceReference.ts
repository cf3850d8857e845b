import { decodeBase64Url, encodeBase64Url } from '../base64Url';

/**
 * How the employee's side finds the shared space document: the leader's side publishes this
 * reference in the invite's agenda link and in the Teams meeting tab's entityId / subEntityId
 * (`/me/drive/sharedWithMe` is deprecated, so discovery cannot rely on it). The document is then
 * read at `/drives/{driveId}/items/{itemId}`.
 *
 * Format: `s1.<base64url(driveId)>.<base64url(itemId)>`
 * - `s1`: format version; a later format uses another prefix and this one keeps decoding.
 * - base64url (UTF-8, no padding): only `A–Z a–z 0–9 - _` and the `.` separators, so the
 *   reference goes into a URL query, a fragment or a Teams entityId without escaping.
 * A typical OneDrive for Business reference (`b!` + 64-character drive id, 34-character item id) is
 * about 140 characters.
 *
 * The reference only locates the file; reading it still needs the document to be shared with the
 * reader, so it carries no secret.
 */
export interface SpaceReference {
  driveId: string;
  itemId: string;
}

const PREFIX = 's1';
/** Graph's drive and item ids are well under this; anything longer is not one. */
export const MAX_SPACE_REFERENCE_ID_LENGTH = 256;
/** Two ids of at most 3 UTF-8 bytes per UTF-16 unit, base64url-encoded, plus prefix and dots. */
export const MAX_SPACE_REFERENCE_LENGTH = 2 * Math.ceil((MAX_SPACE_REFERENCE_ID_LENGTH * 3 * 4) / 3) + 4;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ids must not contain control characters.
const UNSAFE_ID_CHARACTERS = /[\u0000-\u001F\u007F-\u009F/\\?#]/;
// UTF-8 cannot carry a lone surrogate: such an id would not decode to itself.
// No lookbehind (ES2018): the Outlook launch script shares this module graph and targets an older runtime.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isPlausibleId(id: string): boolean {
  return (
    id !== '' &&
    id.length <= MAX_SPACE_REFERENCE_ID_LENGTH &&
    id.trim() === id &&
    !UNSAFE_ID_CHARACTERS.test(id) &&
    !LONE_SURROGATE.test(id)
  );
}

/** Throws RangeError for ids that are not plausible Graph ids (empty, too long, with "/", "?", …). */
export function encodeSpaceReference(reference: SpaceReference): string {
  if (!isPlausibleId(reference.driveId)) throw new RangeError('driveId is not a plausible drive id');
  if (!isPlausibleId(reference.itemId)) throw new RangeError('itemId is not a plausible item id');
  return `${PREFIX}.${encodeBase64Url(reference.driveId)}.${encodeBase64Url(reference.itemId)}`;
}

/**
 * The reference in `text`, or null for anything else. It arrives from URLs and meeting tabs, so
 * everything is checked: prefix, alphabet, lengths, canonical base64url, UTF-8, and that the ids
 * are ones `encodeSpaceReference` would have written (so they are safe in a Graph path).
 */
export function decodeSpaceReference(text: string): SpaceReference | null {
  if (typeof text !== 'string' || text.length > MAX_SPACE_REFERENCE_LENGTH) return null;
  const match = /^s1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(text);
  if (match === null) return null;
  const driveId = decodeBase64Url(match[1] as string);
  const itemId = decodeBase64Url(match[2] as string);
  if (driveId === null || itemId === null) return null;
  if (!isPlausibleId(driveId) || !isPlausibleId(itemId)) return null;
  return { driveId, itemId };
}
