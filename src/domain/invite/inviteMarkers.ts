/**
 * How the block is recognized in an invite body. Why several markers in HTML:
 *
 * - Outlook clients and Exchange may re-serialize HTML. Graph returns Teams' own join block with
 *   its `class`, `id` and `data-tid` attributes intact, so the wrapper `<div>` carries an id, a
 *   class and `data-1on1-*` attributes; any one of them identifies it. Outlook on the web is
 *   reported to prefix ids and classes with `x_` in quoted content: accepted too (unverified).
 * - Comments may be stripped by some clients, yet survive where attributes do not: a
 *   begin/end comment pair hugs the wrapper and is used when the wrapper lost its attributes.
 *
 * None of them can be forged by what people type: the renderer escapes `< > " ' &` in every text
 * and attribute, so user text can never open a tag or a comment, nor leave an attribute value.
 * The finder only accepts real tags and comments (it tokenizes; see `htmlTokens.ts`), never
 * marker-like text.
 *
 * Plain-text bodies have no markup, so the markers are whole lines in an exact form. The renderer
 * indents every line of user text and neutralizes any line that would still match.
 */
export const BLOCK_NAME = 'one-on-one-agenda';
export const BLOCK_FORMAT_VERSION = 'v1';
export const VERSION_ATTRIBUTE = 'data-1on1-agenda';
/** Hash of the block's text as rendered (`textHash`), to tell later whether anyone edited it. */
export const HASH_ATTRIBUTE = 'data-1on1-hash';

export const BEGIN_COMMENT_TEXT = `${BLOCK_NAME}:begin`;
export const END_COMMENT_TEXT = `${BLOCK_NAME}:end`;
export const BEGIN_COMMENT = `<!--${BEGIN_COMMENT_TEXT}-->`;
export const END_COMMENT = `<!--${END_COMMENT_TEXT}-->`;

/** Ids and class names that mark the wrapper, with Outlook on the web's `x_` prefix. */
export const WRAPPER_NAMES: readonly string[] = [BLOCK_NAME, `x_${BLOCK_NAME}`];

export function textBeginLine(hash: string): string {
  return `[[${BLOCK_NAME}:begin ${BLOCK_FORMAT_VERSION} h=${hash}]]`;
}
export const TEXT_END_LINE = `[[${BLOCK_NAME}:end ${BLOCK_FORMAT_VERSION}]]`;
export const TEXT_BEGIN_LINE_PATTERN = /^\[\[one-on-one-agenda:begin v1 h=([0-9a-f]{8})\]\]$/;

/** True for a line the text finder would take for a marker (exactly, or after trimming). */
export function looksLikeTextMarker(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === TEXT_END_LINE || TEXT_BEGIN_LINE_PATTERN.test(trimmed);
}
