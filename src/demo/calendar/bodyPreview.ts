/** Graph's `bodyPreview`: the first 255 characters of the body as text, line breaks kept as CRLF. */

const ENTITIES: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

const decodeEntities = (entity: string) => ENTITIES[entity.toLowerCase()] ?? entity;

/**
 * The text of an HTML body, one line per block. `asText`: Exchange's text version of a body, where line
 * breaks in the HTML source are spaces and each link is written `text<url>` (so a Teams join link survives).
 */
export function htmlToPlainText(html: string, options: { asText?: boolean } = {}): string {
  const source = options.asText
    ? html
        .replace(/\r?\n/g, ' ')
        .replace(
          /<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi,
          (_match, href: string, text: string) => `${text}&lt;${href}&gt;`,
        )
    : html;
  return source
    .replace(/<(head|style|script)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(div|p|li|tr|h[1-6])>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z#0-9]+;/gi, decodeEntities)
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\r\n')
    .trim();
}

/** Previews of HTML bodies already worked out: a series' occurrences all share their master's body. */
const htmlPreviews = new Map<string, string>();

export function bodyPreview(
  body: { contentType?: string | null; content?: string | null } | null | undefined,
): string {
  const content = body?.content ?? '';
  if (body?.contentType === 'text') return content.trim().slice(0, 255);
  const known = htmlPreviews.get(content);
  if (known !== undefined) return known;
  const preview = htmlToPlainText(content).slice(0, 255);
  // Bounded: a long console session writes many bodies.
  if (htmlPreviews.size > 500) htmlPreviews.clear();
  htmlPreviews.set(content, preview);
  return preview;
}
