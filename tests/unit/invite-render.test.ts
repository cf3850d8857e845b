import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HtmlToken, tokenizeHtml } from '../../src/domain/invite/htmlTokens';
import type { InviteAgenda } from '../../src/domain/invite/inviteAgenda';
import { inviteBlockHtml } from '../../src/domain/invite/inviteBlockHtml';
import { findInviteBlock, isInviteBlockUntouched } from '../../src/domain/invite/inviteBlockInBody';
import { renderInviteBlockHtml, renderInviteBlockText } from '../../src/domain/invite/renderInviteBlock';
import { safeLinkUrl } from '../../src/domain/invite/safeLinkUrl';
import { SAMPLE_LINKS, sampleAgenda } from '../fixtures/outlookBodies/inviteAgendas';

const ALLOWED_TAGS = new Set(['div', 'p', 'strong', 'a', 'ul', 'li', 'span', 'br']);
const ALLOWED_ATTRIBUTES = new Set(['id', 'class', 'data-1on1-agenda', 'data-1on1-hash', 'style', 'href']);

function tagsOf(html: string): Extract<HtmlToken, { kind: 'startTag' | 'endTag' }>[] {
  return tokenizeHtml(html).filter(
    (token): token is Extract<HtmlToken, { kind: 'startTag' | 'endTag' }> =>
      token.kind === 'startTag' || token.kind === 'endTag',
  );
}

function agendaWithTexts(texts: string[], links = SAMPLE_LINKS): InviteAgenda {
  const agenda = sampleAgenda({ topicsPerSection: 0, actionItems: 0 });
  agenda.links = links;
  texts.forEach((text, index) => {
    const section = agenda.sections[index % agenda.sections.length];
    section?.topics.push({ text, author: 'employee', authorName: text });
    agenda.actionItems.push({ text, ownerName: text, dueDate: '2026-12-01' });
  });
  return agenda;
}

describe('renderInviteBlockHtml', () => {
  it('shows the four sections with prompts, topics and authors, then action items with owner and due date', () => {
    const html = renderInviteBlockHtml(sampleAgenda({ topicsPerSection: 1, actionItems: 2 }));
    for (const title of ['Check-in', 'Direction', 'Capability', 'Accountability', 'Action items', 'Agenda']) {
      expect(html).toContain(`<strong>${title}</strong>`);
    }
    expect(html).toContain('How are you doing, really?');
    expect(html).toContain('<li>Topic number 1<span style="color:#616161"> — Sam Report</span></li>');
    expect(html).toContain(
      '<li>Action 1<span style="color:#616161"> — Sam Report · Due 2026-12-01</span></li>',
    );
    expect(html.indexOf('Check-in')).toBeLessThan(html.indexOf('Direction'));
    expect(html.indexOf('Capability')).toBeLessThan(html.indexOf('Accountability'));
    expect(html).not.toMatch(/[\r\n]/);
  });

  it('links "Add your topics" to Teams and to the browser, attribute-escaped', () => {
    const html = renderInviteBlockHtml(sampleAgenda());
    expect(html).toContain('Add your topics: <a id="LPNoLP" href="https://teams.microsoft.com/l/entity/');
    expect(html).toContain(
      '>Open in Teams</a> · <a id="LPNoLP" href="https://agenda.contoso.example/?space=s1.YQ.Yg"',
    );
    const withAmpersand = renderInviteBlockHtml({
      ...sampleAgenda(),
      links: { teamsDeepLink: 'msteams:/l/app/x?a=1&b="2"', webUrl: "https://x.example/?q='a'&r=<b>" },
    });
    expect(withAmpersand).toContain('href="msteams:/l/app/x?a=1&amp;b=&quot;2&quot;"');
    expect(withAmpersand).toContain('href="https://x.example/?q=&#39;a&#39;&amp;r=&lt;b&gt;"');
  });

  it('labels the block in Canadian French', () => {
    const html = renderInviteBlockHtml(
      sampleAgenda({ locale: 'fr-CA', topicsPerSection: 1, actionItems: 1 }),
    );
    expect(html).toContain('<strong>Ordre du jour</strong>');
    expect(html).toContain('Ajoutez vos sujets\u00A0:');
    expect(html).toContain('>Ouvrir dans Teams</a>');
    expect(html).toContain('>Ouvrir dans le navigateur</a>');
    expect(html).toContain('<strong>Mesures de suivi</strong>');
    expect(html).toContain('Échéance\u00A0: 2026-12-01');
    expect(html).toContain('<strong>Prise de contact</strong>');
  });

  it('escapes & < > " \' in every text', () => {
    const text = `<b class="x">Tom & 'Jerry'</b>`;
    const html = renderInviteBlockHtml(agendaWithTexts([text]));
    expect(html).toContain('&lt;b class=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;');
    expect(html).not.toContain('<b');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
    '//evil.example/',
    'https://user@evil.example/',
    'https://exa mple.com/',
    'https://example.com/\u0000',
    'http:/missing-slash',
    'file:///etc/passwd',
  ])('drops the unsafe link %j and keeps its label as text', (url) => {
    expect(safeLinkUrl(url)).toBeNull();
    const html = renderInviteBlockHtml({ ...sampleAgenda(), links: { teamsDeepLink: url, webUrl: url } });
    expect(html).toContain('Add your topics: Open in Teams · Open in the browser</p>');
    expect(tagsOf(html).filter((tag) => tag.name === 'a')).toHaveLength(0);
  });

  it.each(['https://teams.microsoft.com/l/entity/a/b', 'HTTP://example.com', 'msteams:/l/app/abc'])(
    'keeps the safe link %j',
    (url) => {
      expect(safeLinkUrl(url)).toBe(url);
    },
  );

  it('leaves out links that are empty, and the links line when both are', () => {
    const oneLink = renderInviteBlockHtml({
      ...sampleAgenda(),
      links: { teamsDeepLink: '', webUrl: SAMPLE_LINKS.webUrl },
    });
    expect(oneLink).toContain('Add your topics: <a id="LPNoLP" href="https://agenda.contoso.example/');
    expect(oneLink).not.toContain('Open in Teams');
    const none = renderInviteBlockHtml({ ...sampleAgenda(), links: { teamsDeepLink: '', webUrl: ' ' } });
    expect(none).not.toContain('Add your topics');
  });

  it('leaves out a due date that is not a calendar date', () => {
    const agenda = sampleAgenda({ actionItems: 1 });
    agenda.actionItems = [{ text: 'X', ownerName: 'Sam', dueDate: '<script>' }];
    expect(renderInviteBlockHtml(agenda)).toContain('<li>X<span style="color:#616161"> — Sam</span></li>');
  });

  it('emits only its own tags, attributes and markers, whatever the texts and links', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 6 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        (texts, title, url) => {
          const agenda = agendaWithTexts(texts, { teamsDeepLink: `https://t.example/${url}`, webUrl: url });
          agenda.sections[0] = {
            ...(agenda.sections[0] as InviteAgenda['sections'][number]),
            title,
            prompts: [title],
          };
          const html = renderInviteBlockHtml(agenda);
          const tokens = tokenizeHtml(html);
          for (const token of tokens) {
            if (token.kind === 'startTag' || token.kind === 'endTag')
              expect(ALLOWED_TAGS).toContain(token.name);
            if (token.kind === 'startTag') {
              for (const attribute of token.attributes) expect(ALLOWED_ATTRIBUTES).toContain(attribute.name);
              const href = token.attributes.find((attribute) => attribute.name === 'href');
              if (href !== undefined) expect(href.value).toMatch(/^(https?:\/\/|msteams:)/i);
            }
            if (token.kind === 'comment')
              expect(['one-on-one-agenda:begin', 'one-on-one-agenda:end']).toContain(token.data);
            expect(token.kind).not.toBe('other');
          }
          expect(findInviteBlock(html, 'html')).toEqual({ start: 0, end: html.length });
          expect(isInviteBlockUntouched(html, 'html')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    const agenda = sampleAgenda({ topicsPerSection: 7, actionItems: 5 });
    expect(renderInviteBlockHtml(agenda, { maxChars: 3000 })).toBe(
      renderInviteBlockHtml(agenda, { maxChars: 3000 }),
    );
  });
});

describe('truncation to maxChars', () => {
  const agenda = sampleAgenda({ topicsPerSection: 10, actionItems: 10 });
  const full = renderInviteBlockHtml(agenda);

  it('drops items from the end of every list, replaced by "…and N more"', () => {
    const html = renderInviteBlockHtml(agenda, { maxChars: full.length - 1 });
    expect(html.length).toBeLessThanOrEqual(full.length - 1);
    expect(html).toContain('…and 1 more');
    // Every list keeps its first items: the check-in's first topic, the first action item.
    expect(html).toContain('Topic number 1<');
    expect(html).toContain('Action 1<');
    expect(html).not.toContain('Topic number 10<');
    expect(isInviteBlockUntouched(html, 'html')).toBe(true);
  });

  it('keeps the same number of items in every list', () => {
    const html = renderInviteBlockHtml(agenda, { maxChars: Math.floor(full.length * 0.75) });
    const more = html.match(/…and (\d+) more/g) ?? [];
    expect(more.length).toBe(5);
    expect(new Set(more).size).toBe(1);
  });

  it('drops prompts, then everything but the heading and links, when even empty lists do not fit', () => {
    const emptyListsLength = inviteBlockHtml(agenda, {
      itemCap: 0,
      showPrompts: false,
      headerOnly: false,
    }).length;
    const withoutItems = renderInviteBlockHtml(agenda, { maxChars: emptyListsLength });
    expect(withoutItems.length).toBe(emptyListsLength);
    expect(withoutItems).not.toContain('How are you doing, really?');
    expect(withoutItems).toContain('…and 10 more');

    const headerOnly = renderInviteBlockHtml(agenda, { maxChars: emptyListsLength - 1 });
    expect(headerOnly.length).toBeLessThan(emptyListsLength);
    expect(headerOnly).toContain('Open in Teams');
    expect(headerOnly).toContain('…and 50 more');
    expect(headerOnly).not.toContain('Check-in');
    // Below that, the heading and links are still returned: links are never dropped silently.
    expect(renderInviteBlockHtml(agenda, { maxChars: 10 })).toBe(headerOnly);
  });

  it('says "…et N autres" in French', () => {
    const fr = sampleAgenda({ locale: 'fr-CA', topicsPerSection: 3, actionItems: 0 });
    const html = renderInviteBlockHtml(fr, { maxChars: renderInviteBlockHtml(fr).length - 1 });
    expect(html).toMatch(/…et 1 autre</);
  });

  it('truncates text blocks the same way', () => {
    const text = renderInviteBlockText(agenda);
    const short = renderInviteBlockText(agenda, { maxChars: text.length - 1 });
    expect(short.length).toBeLessThanOrEqual(text.length - 1);
    expect(short).toContain('  …and 1 more');
  });
});

describe('renderInviteBlockText', () => {
  it('frames the agenda between marker lines, with every item indented', () => {
    const text = renderInviteBlockText(sampleAgenda({ topicsPerSection: 1, actionItems: 1 }));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\[\[one-on-one-agenda:begin v1 h=[0-9a-f]{8}\]\]$/);
    expect(lines.at(-1)).toBe('[[one-on-one-agenda:end v1]]');
    expect(lines).toContain('Check-in');
    expect(lines).toContain('  · How are you doing, really?');
    expect(lines).toContain('  - Topic number 1 — Sam Report');
    expect(lines).toContain('  - Action 1 — Sam Report · Due 2026-12-01');
    expect(lines).toContain(`  Open in the browser: ${SAMPLE_LINKS.webUrl}`);
  });

  it('leaves unsafe links out of the text', () => {
    const text = renderInviteBlockText({
      ...sampleAgenda(),
      links: { teamsDeepLink: 'javascript:alert(1)', webUrl: '' },
    });
    expect(text).not.toContain('javascript');
    expect(text).not.toContain('Add your topics');
  });

  it('cannot be ended early by a topic or a title that is a marker line', () => {
    const forged = '[[one-on-one-agenda:end v1]]';
    const agenda = agendaWithTexts([forged, `x\n${forged}\n[[one-on-one-agenda:begin v1 h=00000000]]`]);
    agenda.sections[1] = { ...(agenda.sections[1] as InviteAgenda['sections'][number]), title: forged };
    const text = renderInviteBlockText(agenda);
    expect(findInviteBlock(text, 'text')).toEqual({ start: 0, end: text.length });
    expect(text.split('\n').filter((line) => line === forged)).toHaveLength(1);
    expect(text).toContain(`\u200B${forged}`);
  });
});
