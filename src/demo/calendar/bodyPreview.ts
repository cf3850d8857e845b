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

export function htmlToPlainText(html: string): string {
  return html
    .replace(/<(head|style|script)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(div|p|li|tr|h[1-6])>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z#0-9]+;/gi, (entity) => ENTITIES[entity.toLowerCase()] ?? entity)
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\r\n')
    .trim();
}

export function bodyPreview(
  body: { contentType?: string | null; content?: string | null } | null | undefined,
): string {
  const content = body?.content ?? '';
  const text = body?.contentType === 'text' ? content.trim() : htmlToPlainText(content);
  return text.slice(0, 255);
}
