import { describe, expect, it } from 'vitest';
import { rewriteHtmlBodyLikeExchange } from '../../src/demo/calendar/exchangeBodyRewrite';
import { renderInviteBlockHtml } from '../../src/domain/invite/renderInviteBlock';
import { sampleAgenda } from '../fixtures/outlookBodies/inviteAgendas';

describe("the emulator's Exchange body rewrite", () => {
  it('keeps nothing that is not documented to survive: comments, data-*, class', () => {
    const rewritten = rewriteHtmlBodyLikeExchange(
      '<!doctype html><html><head><title>x</title><style>p{color:red}</style></head><BODY class="b">' +
        '<!-- note --><DIV id="keep" class=\'a\' data-x="1" style="color:#5B5FC7">Hi <a href="https://x.test/?a=1&amp;b=2">link</a></DIV>' +
        '<script>alert(1)</script><p>end</p></BODY></html>',
    );
    expect(rewritten).toBe(
      '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n' +
        '<div id="keep" style="color:#5B5FC7">Hi <a href="https://x.test/?a=1&amp;b=2">link</a></div>\r\n<p>end</p>' +
        '\r\n</body>\r\n</html>\r\n',
    );
  });

  it('wraps a fragment in its own document', () => {
    expect(rewriteHtmlBodyLikeExchange('<p>x</p>')).toMatch(
      /<body>\r\n<p>x<\/p>\r\n<\/body>\r\n<\/html>\r\n$/,
    );
  });

  it('is idempotent: a body Exchange gave out is stored as it is', () => {
    for (const body of [
      '<p>x</p>',
      '<html><head></head><body>\n<div>a <b>b</b>\n c</div>\n\n<ul><li>1</li></ul></body></html>',
      renderInviteBlockHtml(sampleAgenda()),
    ]) {
      const once = rewriteHtmlBodyLikeExchange(body);
      expect(rewriteHtmlBodyLikeExchange(once)).toBe(once);
    }
  });

  it('strips every marker of a rendered agenda block but keeps its visible text', () => {
    const block = renderInviteBlockHtml(sampleAgenda());
    const rewritten = rewriteHtmlBodyLikeExchange(block);
    expect(rewritten).not.toMatch(/class=|data-1on1|<!--/);
    expect(rewritten).toContain('Agenda');
  });
});
