/**
 * A small, DOM-free HTML tokenizer: enough of the WHATWG tokenizer to tell real tags and comments
 * from text, so that marker-like text never counts as a marker. It runs in the Outlook launch
 * runtime, which has no DOMParser. Linear in the input; a 1 MB body is a few milliseconds.
 *
 * Followed from the standard: comments (including `<!-->`, `<!--->` and `--!>`), bogus comments
 * (`<!…>`, `<?…>`, `</ …>`, CDATA outside foreign content), quoted and unquoted attribute
 * values, raw text in script/style/xmp/iframe/noembed/noframes/noscript, escapable raw text in
 * title/textarea, and plaintext. A tag cut off by the end of the input is no tag.
 */

export type HtmlToken =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'comment'; start: number; end: number; data: string }
  | { kind: 'other'; start: number; end: number }
  | { kind: 'startTag'; start: number; end: number; name: string; attributes: HtmlAttribute[] }
  | { kind: 'endTag'; start: number; end: number; name: string };

export interface HtmlAttribute {
  /** Lowercase. */
  name: string;
  /** As written (entities not decoded). */
  value: string;
}

const RAW_TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'title',
  'textarea',
]);

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isTagSpace(code: number): boolean {
  // Tab, LF, FF, CR, space.
  return code === 9 || code === 10 || code === 12 || code === 13 || code === 32;
}

/** All tokens of `html`, in order. */
export function tokenizeHtml(html: string): HtmlToken[] {
  return Array.from(htmlTokens(html));
}

/** The tokens of `html` one by one, so a caller looking for an early tag stops reading there. */
export function* htmlTokens(html: string): Generator<HtmlToken, void, undefined> {
  const length = html.length;
  let position = 0;
  let textStart = 0;

  while (position < length) {
    const lt = html.indexOf('<', position);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);

    if (html.startsWith('<!--', lt)) {
      const { end, data } = readComment(html, lt);
      if (lt > textStart) yield { kind: 'text', start: textStart, end: lt };
      yield { kind: 'comment', start: lt, end, data };
      position = textStart = end;
    } else if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = endOfBogusComment(html, lt + 2);
      if (lt > textStart) yield { kind: 'text', start: textStart, end: lt };
      yield { kind: 'other', start: lt, end };
      position = textStart = end;
    } else if (next === 47 /* / */) {
      const first = html.charCodeAt(lt + 2);
      if (isAsciiLetter(first)) {
        const tag = readTag(html, lt + 2);
        if (tag === null) break;
        if (lt > textStart) yield { kind: 'text', start: textStart, end: lt };
        yield { kind: 'endTag', start: lt, end: tag.end, name: tag.name };
        position = textStart = tag.end;
      } else if (first === 62 /* > */) {
        // `</>` is dropped by parsers.
        if (lt > textStart) yield { kind: 'text', start: textStart, end: lt };
        yield { kind: 'other', start: lt, end: lt + 3 };
        position = textStart = lt + 3;
      } else if (lt + 2 >= length) {
        position = length;
      } else {
        const end = endOfBogusComment(html, lt + 2);
        if (lt > textStart) yield { kind: 'text', start: textStart, end: lt };
        yield { kind: 'other', start: lt, end };
        position = textStart = end;
      }
    } else if (isAsciiLetter(next)) {
      const tag = readTag(html, lt + 1);
      if (tag === null) break;
      if (lt > textStart) yield { kind: 'text', start: textStart, end: lt };
      yield { kind: 'startTag', start: lt, end: tag.end, name: tag.name, attributes: tag.attributes };
      position = textStart = tag.end;
      if (tag.name === 'plaintext') {
        position = length;
      } else if (RAW_TEXT_ELEMENTS.has(tag.name)) {
        // Everything up to the matching end tag is text, whatever it looks like.
        position = endOfRawText(html, tag.end, tag.name);
        if (position > textStart) yield { kind: 'text', start: textStart, end: position };
        textStart = position;
      }
    } else {
      // A `<` that starts nothing is text.
      position = lt + 1;
    }
  }
  if (length > textStart) yield { kind: 'text', start: textStart, end: length };
}

function readComment(html: string, start: number): { end: number; data: string } {
  const dataStart = start + 4;
  // Abruptly closed empty comments.
  if (html.startsWith('>', dataStart)) return { end: dataStart + 1, data: '' };
  if (html.startsWith('->', dataStart)) return { end: dataStart + 2, data: '' };
  const closeDashes = html.indexOf('--', dataStart);
  let search = closeDashes;
  while (search >= 0) {
    if (html.startsWith('-->', search)) return { end: search + 3, data: html.slice(dataStart, search) };
    if (html.startsWith('--!>', search)) return { end: search + 4, data: html.slice(dataStart, search) };
    search = html.indexOf('--', search + 1);
  }
  return { end: html.length, data: html.slice(dataStart) };
}

function endOfBogusComment(html: string, from: number): number {
  const gt = html.indexOf('>', from);
  return gt < 0 ? html.length : gt + 1;
}

function endOfRawText(html: string, from: number, name: string): number {
  let search = from;
  for (;;) {
    const candidate = html.indexOf('</', search);
    if (candidate < 0) return html.length;
    const after = candidate + 2 + name.length;
    if (
      html.slice(candidate + 2, after).toLowerCase() === name &&
      (after >= html.length ||
        isTagSpace(html.charCodeAt(after)) ||
        html[after] === '/' ||
        html[after] === '>')
    ) {
      return candidate;
    }
    search = candidate + 2;
  }
}

interface ReadTag {
  name: string;
  attributes: HtmlAttribute[];
  end: number;
}

/** Reads a tag name and its attributes from `from` (just after `<` or `</`); null if cut off. */
function readTag(html: string, from: number): ReadTag | null {
  const length = html.length;
  let position = from;
  while (position < length) {
    const code = html.charCodeAt(position);
    if (isTagSpace(code) || code === 47 || code === 62) break;
    position++;
  }
  const name = html.slice(from, position).toLowerCase();
  const attributes: HtmlAttribute[] = [];

  while (position < length) {
    const code = html.charCodeAt(position);
    if (code === 62 /* > */) return { name, attributes, end: position + 1 };
    if (isTagSpace(code) || code === 47 /* / */) {
      position++;
      continue;
    }
    // Attribute name: a leading "=" belongs to it, as in the standard.
    const nameStart = position;
    position++;
    while (position < length) {
      const c = html.charCodeAt(position);
      if (isTagSpace(c) || c === 47 || c === 62 || c === 61 /* = */) break;
      position++;
    }
    const attributeName = html.slice(nameStart, position).toLowerCase();
    while (position < length && isTagSpace(html.charCodeAt(position))) position++;
    let value = '';
    if (html.charCodeAt(position) === 61 /* = */) {
      position++;
      while (position < length && isTagSpace(html.charCodeAt(position))) position++;
      const quote = html[position];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, position + 1);
        if (close < 0) return null;
        value = html.slice(position + 1, close);
        position = close + 1;
      } else {
        const valueStart = position;
        while (position < length) {
          const c = html.charCodeAt(position);
          if (isTagSpace(c) || c === 62) break;
          position++;
        }
        value = html.slice(valueStart, position);
      }
    }
    attributes.push({ name: attributeName, value });
  }
  return null;
}

export function attributeValue(attributes: readonly HtmlAttribute[], name: string): string | null {
  for (const attribute of attributes) {
    // The first of duplicate attributes wins, as in parsers.
    if (attribute.name === name) return attribute.value;
  }
  return null;
}
