import { LOCALES } from '../locale';
import { SPACE_QUERY_PARAMETER } from '../space/spaceReferenceInText';
import { decodeHtmlEntities, htmlTextContent } from './htmlText';
import { attributeValue, type HtmlAttribute, type HtmlToken, htmlTokens, tokenizeHtml } from './htmlTokens';
import { INVITE_LABELS } from './inviteLabels';
import {
  BEGIN_COMMENT_TEXT,
  BLOCK_NAME,
  END_COMMENT_TEXT,
  HASH_ATTRIBUTE,
  TEXT_BEGIN_LINE_PATTERN,
  TEXT_END_LINE,
  VERSION_ATTRIBUTE,
  WRAPPER_NAMES,
} from './inviteMarkers';
import { normalizeBlockText, textHash } from './textHash';

/** An Outlook body's format, as `body.getTypeAsync` reports it. */
export type BodyFormat = 'html' | 'text';

/** Where the block is: `body.slice(start, end)` is the whole block, markers included. */
export interface InviteBlockRange {
  start: number;
  end: number;
}

interface FoundBlock extends InviteBlockRange {
  /** The hash the renderer stored in the block, if it survived. */
  storedHash: string | null;
}

/**
 * The one block in `body`, or null. Only real markers count (see `inviteMarkers.ts`): in HTML the
 * first wrapper `<div>` with its matching `</div>` (plus the comments hugging it), else a
 * begin/end comment pair; in text the first begin line and the next end line. A candidate that
 * would enclose Teams' join block, or another wrapper, is refused: removing the join block
 * disables the online meeting, so a damaged block is left alone rather than guessed at.
 */
export function findInviteBlock(body: string, format: BodyFormat): InviteBlockRange | null {
  const found = locate(body, format);
  return found === null ? null : { start: found.start, end: found.end };
}

/**
 * `body` with `block` in it: in place of the existing block if there is one, else inserted with
 * one line break after it (CR LF when the body uses CR LF), in HTML right after the `<body>` tag
 * (before Teams' join block; failing that after `</head>`, after `<html>`, or at the start), in
 * text at the start. Every other character of the body is kept, so
 * `removeInviteBlock(upsertInviteBlock(b, x)) === b` for a body without a block, and upserting
 * again replaces rather than adds. Throws RangeError if `block` is not a rendered block.
 */
export function upsertInviteBlock(body: string, block: string, format: BodyFormat): string {
  const written = blockAsWritten(body, block, format);
  const found = locate(body, format);
  if (found !== null) return body.slice(0, found.start) + written + body.slice(found.end);
  const at = format === 'html' ? htmlInsertionPoint(body) : 0;
  return body.slice(0, at) + written + bodyLineBreak(body) + body.slice(at);
}

/**
 * What `upsertInviteBlock` inserts into a body without a block (the block in the body's line breaks, then one
 * line break), for a host that inserts text itself (Outlook's `prependAsync`), so removal restores the body.
 */
export function insertedBlockText(body: string, block: string, format: BodyFormat): string {
  return blockAsWritten(body, block, format) + bodyLineBreak(body);
}

function blockAsWritten(body: string, block: string, format: BodyFormat): string {
  const written = format === 'text' ? block.replace(/\r?\n/g, bodyLineBreak(body)) : block;
  const own = locate(written, format);
  if (own === null || own.start !== 0 || own.end !== written.length) {
    throw new RangeError('The block to write is not a whole invite block in this format.');
  }
  return written;
}

/** `body` without the block and the one line break that follows it; `body` itself if none. */
export function removeInviteBlock(body: string, format: BodyFormat): string {
  const found = locate(body, format);
  if (found === null) return body;
  let end = found.end;
  if (body.startsWith('\r\n', end)) end += 2;
  else if (body.charAt(end) === '\n') end += 1;
  return body.slice(0, found.start) + body.slice(end);
}

/**
 * Whether the block's visible text is still what was rendered: compared with `expectedBlock`'s
 * when given, else with the hash stored in the block. Whitespace and entity changes from Outlook
 * re-serializing the body do not count as edits. False when there is no block, or nothing to
 * compare with.
 */
export function isInviteBlockUntouched(body: string, format: BodyFormat, expectedBlock?: string): boolean {
  const found = locate(body, format);
  if (found === null) return false;
  const current = blockTextHash(body.slice(found.start, found.end), format);
  if (expectedBlock !== undefined) return current === blockTextHash(expectedBlock, format);
  return found.storedHash !== null && current === found.storedHash;
}

/** CR LF when the body has any, else LF: what the block is written with. */
export function bodyLineBreak(body: string): '\r\n' | '\n' {
  return body.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
}

function blockTextHash(block: string, format: BodyFormat): string {
  if (format === 'html') return textHash(normalizeBlockText(htmlTextContent(block)));
  // The text between the marker lines, as the renderer hashed it.
  const lines = block.split('\n');
  return textHash(normalizeBlockText(lines.slice(1, -1).join('\n')));
}

function locate(body: string, format: BodyFormat): FoundBlock | null {
  return format === 'html' ? locateInHtml(body) : locateInText(body);
}

// ---- HTML ----

function hasName(attributes: readonly HtmlAttribute[], attribute: string, names: readonly string[]): boolean {
  const value = attributeValue(attributes, attribute);
  if (value === null) return false;
  return value.split(/\s+/).some((token) => names.indexOf(token) >= 0);
}

type StartTag = Extract<HtmlToken, { kind: 'startTag' }>;

function isWrapper(token: HtmlToken): boolean {
  if (token.kind !== 'startTag' || token.name !== 'div') return false;
  const { attributes } = token;
  return (
    attributeValue(attributes, VERSION_ATTRIBUTE) !== null ||
    hasName(attributes, 'id', WRAPPER_NAMES) ||
    hasName(attributes, 'class', WRAPPER_NAMES)
  );
}

/** Teams' join links, classic (`/l/meetup-join/`) and short (`/meet/<id>`): they identify the join block. */
const TEAMS_JOIN_HREF = /^https:\/\/teams\.microsoft\.com\/(?:l\/meetup-join\/|meet\/)/i;

/**
 * Part of Teams' join block: `a#meet_invite_block.action.*`, `.me-email-*` (also `x_`-prefixed), or, once a
 * rewrite has stripped ids and classes, a join link itself.
 */
function isTeamsJoinTag(token: HtmlToken): boolean {
  if (token.kind !== 'startTag') return false;
  const id = attributeValue(token.attributes, 'id') ?? '';
  const className = attributeValue(token.attributes, 'class') ?? '';
  if (id.indexOf('meet_invite_block') >= 0 || className.indexOf('me-email-') >= 0) return true;
  return token.name === 'a' && TEAMS_JOIN_HREF.test((attributeValue(token.attributes, 'href') ?? '').trim());
}

function isComment(token: HtmlToken | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'comment' && token.data.trim() === text;
}

/** Index of the `</div>` closing the wrapper at `open`, or -1 if it is unclosed or encloses what it must not. */
function closingDiv(tokens: readonly HtmlToken[], open: number): number {
  let depth = 1;
  for (let index = open + 1; index < tokens.length; index++) {
    const token = tokens[index] as HtmlToken;
    if (isTeamsJoinTag(token) || isWrapper(token)) return -1;
    if (token.kind === 'startTag' && token.name === 'div') depth++;
    else if (token.kind === 'endTag' && token.name === 'div' && --depth === 0) return index;
  }
  return -1;
}

function locateInHtml(body: string): FoundBlock | null {
  // Most bodies have no block: skip tokenizing them.
  const hasMarkers = body.indexOf(BLOCK_NAME) >= 0 || body.indexOf(VERSION_ATTRIBUTE) >= 0;
  if (!hasMarkers && !mayHoldAgendaLink(body)) return null;
  const tokens = tokenizeHtml(body);
  return (hasMarkers ? locateByMarkers(tokens) : null) ?? locateByVisibleText(body, tokens);
}

function locateByMarkers(tokens: readonly HtmlToken[]): FoundBlock | null {
  for (let index = 0; index < tokens.length; index++) {
    if (!isWrapper(tokens[index] as HtmlToken)) continue;
    const open = tokens[index] as StartTag;
    const close = closingDiv(tokens, index);
    if (close < 0) continue;
    const before = tokens[index - 1];
    const after = tokens[close + 1];
    const start = before !== undefined && isComment(before, BEGIN_COMMENT_TEXT) && before.end === open.start;
    const end =
      after !== undefined &&
      isComment(after, END_COMMENT_TEXT) &&
      after.start === (tokens[close] as HtmlToken).end;
    return {
      start: start ? (before as HtmlToken).start : open.start,
      end: end ? (after as HtmlToken).end : (tokens[close] as HtmlToken).end,
      storedHash: attributeValue(open.attributes, HASH_ATTRIBUTE),
    };
  }

  // The wrapper lost its attributes but the comments survived.
  for (let index = 0; index < tokens.length; index++) {
    if (!isComment(tokens[index], BEGIN_COMMENT_TEXT)) continue;
    for (let inner = index + 1; inner < tokens.length; inner++) {
      const token = tokens[inner] as HtmlToken;
      if (isTeamsJoinTag(token) || isComment(token, BEGIN_COMMENT_TEXT)) break;
      if (isComment(token, END_COMMENT_TEXT)) {
        return { start: (tokens[index] as HtmlToken).start, end: token.end, storedHash: null };
      }
    }
  }
  return null;
}

// ---- HTML whose markers a rewrite removed ----

function mayHoldAgendaLink(body: string): boolean {
  return body.indexOf(SPACE_LINK_MARK) >= 0 || body.indexOf(COMPOSE_LINK_MARK) >= 0;
}

/** Our "Add your topics" web link: to a space (`?space=s1.…`), or to create one (`/?compose=1`). */
const SPACE_LINK_MARK = `${SPACE_QUERY_PARAMETER}=s1.`;
const COMPOSE_LINK_MARK = '/?compose=1';

function isAgendaLink(token: HtmlToken): boolean {
  if (token.kind !== 'startTag' || token.name !== 'a') return false;
  const href = attributeValue(token.attributes, 'href') ?? '';
  return /[?&]space=s1\./.test(href) || href.endsWith(COMPOSE_LINK_MARK);
}

/** What the block's visible text starts with, in each language: its heading, then "Add your topics:". */
const VISIBLE_OPENINGS: readonly string[] = LOCALES.map((locale) =>
  normalizeBlockText(`${INVITE_LABELS[locale].agenda} ${INVITE_LABELS[locale].addYourTopics}`),
);

/** Whether the first visible text after `open` is one of the block headings (cheap: stops at the first text). */
function startsWithHeading(body: string, tokens: readonly HtmlToken[], open: number): boolean {
  for (let index = open + 1; index < tokens.length; index++) {
    const token = tokens[index] as HtmlToken;
    if (token.kind !== 'text') continue;
    const text = normalizeBlockText(decodeHtmlEntities(body.slice(token.start, token.end)));
    if (text === '') continue;
    return LOCALES.some((locale) => text === normalizeBlockText(INVITE_LABELS[locale].agenda));
  }
  return false;
}

/**
 * The block in a body that lost every marker (comments, data attributes, ids, classes), as Exchange or an
 * Outlook client may leave it: the innermost `<div>` whose visible text opens with the block's heading and
 * "Add your topics:" and that holds our link. A `<div>` that would enclose Teams' join block never counts.
 */
function locateByVisibleText(body: string, tokens: readonly HtmlToken[]): FoundBlock | null {
  let found: FoundBlock | null = null;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as HtmlToken;
    if (token.kind !== 'startTag' || token.name !== 'div') continue;
    if (found !== null && token.start >= found.end) break;
    if (!startsWithHeading(body, tokens, index)) continue;
    const close = closingDiv(tokens, index);
    if (close < 0) continue;
    const inner = tokens.slice(index + 1, close);
    if (!inner.some(isAgendaLink)) continue;
    const end = (tokens[close] as HtmlToken).end;
    const text = normalizeBlockText(htmlTextContent(body.slice(token.start, end)));
    if (!VISIBLE_OPENINGS.some((opening) => text.startsWith(opening))) continue;
    // Later candidates that start inside this one are nested in it: the innermost is the block itself.
    found = { start: token.start, end, storedHash: null };
  }
  return found;
}

/** Right after `<body …>`; else after `</head>`, after `<html …>`, or at 0. Always between tokens. */
function htmlInsertionPoint(body: string): number {
  let afterHead = -1;
  let afterHtml = -1;
  for (const token of htmlTokens(body)) {
    if (token.kind === 'startTag' && token.name === 'body') return token.end;
    if (afterHead < 0 && token.kind === 'endTag' && token.name === 'head') afterHead = token.end;
    if (afterHtml < 0 && token.kind === 'startTag' && token.name === 'html') afterHtml = token.end;
  }
  if (afterHead >= 0) return afterHead;
  return Math.max(afterHtml, 0);
}

// ---- Text ----

function locateInText(body: string): FoundBlock | null {
  if (body.indexOf(`[[${BLOCK_NAME}:`) < 0) return null;
  let begin: { start: number; hash: string } | null = null;
  let lineStart = 0;
  for (;;) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? body.length : newline;
    const contentEnd = lineEnd > lineStart && body.charAt(lineEnd - 1) === '\r' ? lineEnd - 1 : lineEnd;
    const line = body.slice(lineStart, contentEnd).trim();
    const beginMatch = TEXT_BEGIN_LINE_PATTERN.exec(line);
    if (beginMatch !== null) {
      // A later begin line wins over an earlier one that never ended.
      begin = { start: lineStart, hash: beginMatch[1] as string };
    } else if (begin !== null && line === TEXT_END_LINE) {
      return { start: begin.start, end: contentEnd, storedHash: begin.hash };
    }
    if (newline < 0) return null;
    lineStart = newline + 1;
  }
}
