import { htmlTokens } from './htmlTokens';

// Code points 160–255 in order: the entities a re-serializing editor writes for Latin-1 (French).
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHER_NAMED: ReadonlyArray<readonly [string, number]> = [
  ['amp', 38],
  ['lt', 60],
  ['gt', 62],
  ['quot', 34],
  ['apos', 39],
  ['OElig', 0x152],
  ['oelig', 0x153],
  ['ensp', 0x2002],
  ['emsp', 0x2003],
  ['thinsp', 0x2009],
  ['zwnj', 0x200c],
  ['zwj', 0x200d],
  ['lrm', 0x200e],
  ['rlm', 0x200f],
  ['ndash', 0x2013],
  ['mdash', 0x2014],
  ['lsquo', 0x2018],
  ['rsquo', 0x2019],
  ['sbquo', 0x201a],
  ['ldquo', 0x201c],
  ['rdquo', 0x201d],
  ['bdquo', 0x201e],
  ['bull', 0x2022],
  ['hellip', 0x2026],
  ['lsaquo', 0x2039],
  ['rsaquo', 0x203a],
  ['euro', 0x20ac],
  ['trade', 0x2122],
];

function buildNamedEntities(): Map<string, string> {
  const named = new Map<string, string>();
  LATIN1_NAMES.split(' ').forEach((name, index) => {
    named.set(name, String.fromCharCode(160 + index));
  });
  for (const [name, code] of OTHER_NAMED) named.set(name, String.fromCharCode(code));
  return named;
}

const NAMED_ENTITIES = buildNamedEntities();

/**
 * Decodes character references: all numeric ones, and the named ones an editor is likely to
 * write (Latin-1, typographic punctuation). Unknown names stay as written; both sides of a
 * comparison go through the same function, so that only costs a false "edited".
 */
export function decodeHtmlEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(
    /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});/g,
    (whole, body: string) => {
      if (body.charAt(0) !== '#') return NAMED_ENTITIES.get(body) ?? whole;
      const code =
        body.charAt(1) === 'x' || body.charAt(1) === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    },
  );
}

/** Elements that separate words when rendered; inline ones (a, strong, span) do not. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const INVISIBLE_TEXT_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'title']);

/**
 * The visible text of an HTML fragment, roughly as a reader sees it: tags and comments removed,
 * block elements separating words, character references decoded. Used to hash the block, so it
 * only needs to be stable under re-serialization, not exact.
 */
export function htmlTextContent(html: string): string {
  const parts: string[] = [];
  let skipNextText = false;
  for (const token of htmlTokens(html)) {
    if (token.kind === 'text') {
      if (!skipNextText) parts.push(decodeHtmlEntities(html.slice(token.start, token.end)));
      skipNextText = false;
      continue;
    }
    skipNextText = token.kind === 'startTag' && INVISIBLE_TEXT_ELEMENTS.has(token.name);
    if ((token.kind === 'startTag' || token.kind === 'endTag') && BLOCK_ELEMENTS.has(token.name)) {
      parts.push(' ');
    }
  }
  return parts.join('');
}
