import { describe, expect, it } from 'vitest';
import { bodyAs, textToHtmlDocument } from '../../src/demo/calendar/bodyContentType';
import { bodyPreview } from '../../src/demo/calendar/bodyPreview';

const DOCUMENT =
  '<html>\r\n<head>\r\n</head>\r\n<body>\r\n<div>Hi &amp; welcome</div>\r\n<a href="https://x.test/?a=1&amp;b=2">Join</a>\r\n</body>\r\n</html>\r\n';

describe('event body content types', () => {
  it('converts HTML to text line by line, keeping link targets as text<url>', () => {
    expect(bodyAs({ contentType: 'html', content: DOCUMENT }, 'text')).toEqual({
      contentType: 'text',
      content: 'Hi & welcome\r\nJoin<https://x.test/?a=1&b=2>',
    });
    // bodyPreview is unchanged: no link targets.
    expect(bodyPreview({ contentType: 'html', content: DOCUMENT })).not.toContain('https://');
  });

  it('converts text to an escaped HTML document, and leaves a body alone when no type or its own is asked for', () => {
    const html = textToHtmlDocument('a < b\n\nc');
    expect(html).toMatch(/^<html>\r\n<head>/);
    expect(html).toContain('<div>a &lt; b</div>\r\n<div><br></div>\r\n<div>c</div>');
    const text = { contentType: 'text' as const, content: 'x' };
    expect(bodyAs(text, null)).toBe(text);
    expect(bodyAs(text, 'text')).toBe(text);
  });
});
