/**
 * What Exchange does to an HTML event body it is given: it stores its own serialization, not the caller's
 * bytes. Office.js says body get/set are "not idempotent"; Microsoft confirmed that Outlook on the web and the
 * new Outlook strip `class` attributes when they sanitize (office-js#5296); nothing documents that comments or
 * `data-*` attributes survive; Graph hands bodies back as a whole document with Exchange's own head. So the
 * emulator drops comments, `data-*` and `class` attributes and the caller's head, styles and scripts,
 * re-serializes tags in lower case with double-quoted attributes, puts a line break after each block-level
 * element, and wraps the content in Exchange's `<html><head><meta …></head><body>`. Ids are kept: Teams' join
 * block is found by them. A body that lost its ids too is covered by the domain's tests
 * (`tests/unit/invite-markers.test.ts`), where the block is found by its visible heading and link.
 */
import { type HtmlToken, tokenizeHtml } from '../../domain/invite/htmlTokens';

const EXCHANGE_HEAD =
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n';
const EXCHANGE_TAIL = '</body>\r\n</html>\r\n';

const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
]);
const DOCUMENT_TAGS = new Set(['html', 'head', 'body', 'meta', 'link']);
/** Elements dropped with their content: the caller's head, styles and scripts are not kept. */
const DROPPED_WITH_CONTENT = new Set(['head', 'title', 'style', 'script']);

function keepsAttribute(name: string): boolean {
  return !(name.startsWith('data-') || name === 'class');
}

function serializeStartTag(token: Extract<HtmlToken, { kind: 'startTag' }>): string {
  const attributes = token.attributes
    .filter((attribute) => keepsAttribute(attribute.name))
    .map((attribute) => ` ${attribute.name}="${attribute.value.replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${token.name}${attributes}>`;
}

/** The body's content: what lies between `<body>` and `</body>`, or all of it for a fragment. */
function contentTokens(tokens: readonly HtmlToken[]): readonly HtmlToken[] {
  const open = tokens.findIndex((token) => token.kind === 'startTag' && token.name === 'body');
  if (open < 0) return tokens;
  const close = tokens.findIndex(
    (token, index) => index > open && token.kind === 'endTag' && token.name === 'body',
  );
  return tokens.slice(open + 1, close < 0 ? tokens.length : close);
}

/** Exchange's serialization of an HTML body; idempotent, so storing a body it gave out changes nothing. */
export function rewriteHtmlBodyLikeExchange(html: string): string {
  const tokens = tokenizeHtml(html);
  let dropping: string | null = null;
  let afterBlock = true;
  let content = '';
  for (const token of contentTokens(tokens)) {
    if (token.kind === 'comment' || token.kind === 'other') continue;
    if (token.kind === 'text') {
      const text = html.slice(token.start, token.end);
      // Source line breaks between blocks are layout, not content: Exchange writes its own.
      if (dropping === null && !(afterBlock && text.trim() === '')) {
        content += text;
        afterBlock = false;
      }
      continue;
    }
    if (dropping !== null) {
      if (token.kind === 'endTag' && token.name === dropping) dropping = null;
      continue;
    }
    if (token.kind === 'startTag' && DROPPED_WITH_CONTENT.has(token.name)) {
      dropping = token.name;
      continue;
    }
    if (DOCUMENT_TAGS.has(token.name)) continue;
    content += token.kind === 'startTag' ? serializeStartTag(token) : `</${token.name}>`;
    // Not after <br>: a line break there would show as a leading space on the next line.
    const endsBlock = token.kind === 'endTag' || token.name === 'hr';
    afterBlock = endsBlock && BLOCK_ELEMENTS.has(token.name);
    if (afterBlock) content += '\r\n';
  }
  content = content.replace(/\s+$/, '');
  return `${EXCHANGE_HEAD}${content}\r\n${EXCHANGE_TAIL}`;
}
