/**
 * Event bodies in the format asked for with `Prefer: outlook.body-content-type`: Exchange stores one
 * and converts on the way out. HTML to text keeps link targets (`text<url>`); text to HTML escapes it
 * into a full document, as Exchange writes one.
 */
import type { ItemBody } from '@microsoft/microsoft-graph-types';
import { htmlToPlainText } from './bodyPreview';

const HTML_HEAD =
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n';
const HTML_TAIL = '</body>\r\n</html>\r\n';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function textToHtmlDocument(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => `<div>${line === '' ? '<br>' : escapeHtml(line)}</div>`);
  return `${HTML_HEAD}${lines.join('\r\n')}\r\n${HTML_TAIL}`;
}

export function bodyAs(body: ItemBody, wanted: 'html' | 'text' | null): ItemBody {
  const stored = body.contentType === 'text' ? 'text' : 'html';
  if (wanted === null || wanted === stored) return body;
  const content = body.content ?? '';
  return wanted === 'text'
    ? { contentType: 'text', content: htmlToPlainText(content, { asText: true }) }
    : { contentType: 'html', content: textToHtmlDocument(content) };
}
