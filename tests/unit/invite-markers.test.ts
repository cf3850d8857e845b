import { describe, expect, it } from 'vitest';
import type { InviteAgenda } from '../../src/domain/invite/inviteAgenda';
import {
  findInviteBlock,
  isInviteBlockUntouched,
  removeInviteBlock,
  upsertInviteBlock,
} from '../../src/domain/invite/inviteBlockInBody';
import { renderInviteBlockHtml, renderInviteBlockText } from '../../src/domain/invite/renderInviteBlock';
import { sampleAgenda } from '../fixtures/outlookBodies/inviteAgendas';
import {
  outlookInviteDocument,
  TEAMS_INVITE_HTML,
  TEAMS_INVITE_TEXT,
  teamsJoinBlockHtml,
} from '../fixtures/outlookBodies/teamsInviteBodies';

const FORGING_TOPICS = [
  '<!--one-on-one-agenda:end-->',
  '<!--one-on-one-agenda:begin-->',
  '</div><!--one-on-one-agenda:end--><div>',
  '</li></ul></div></div></div><!-- … -->',
  '<div id="one-on-one-agenda" class="one-on-one-agenda" data-1on1-agenda="v1">',
  '[[one-on-one-agenda:end v1]]',
  '--><!--',
];

function forgingAgenda(): InviteAgenda {
  return sampleAgenda({
    topicsPerSection: FORGING_TOPICS.length,
    topicText: (i) => FORGING_TOPICS[(i - 1) % FORGING_TOPICS.length] ?? '',
  });
}

function slice(body: string, range: { start: number; end: number } | null): string | null {
  return range === null ? null : body.slice(range.start, range.end);
}

describe('markers that user text cannot forge', () => {
  it.each(['html', 'text'] as const)(
    'finds and replaces a %s block whose topics are the markers themselves',
    (format) => {
      const render = format === 'html' ? renderInviteBlockHtml : renderInviteBlockText;
      const original = format === 'html' ? TEAMS_INVITE_HTML : TEAMS_INVITE_TEXT;
      const hostile = render(forgingAgenda());
      const clean = render(sampleAgenda());

      const withHostile = upsertInviteBlock(original, hostile, format);
      expect(slice(withHostile, findInviteBlock(withHostile, format))?.replace(/\r\n/g, '\n')).toBe(hostile);
      expect(isInviteBlockUntouched(withHostile, format)).toBe(true);

      const replaced = upsertInviteBlock(withHostile, clean, format);
      expect(replaced).toBe(upsertInviteBlock(original, clean, format));
      expect(removeInviteBlock(withHostile, format)).toBe(original);
    },
  );

  it('ignores marker-like text in text nodes, attributes, scripts, styles and titles', () => {
    const lookalikes = [
      '<p>&lt;!--one-on-one-agenda:begin--&gt; &lt;div id="one-on-one-agenda"&gt; &lt;!--one-on-one-agenda:end--&gt;</p>',
      '<a title="<div class=one-on-one-agenda data-1on1-agenda=v1>" href="https://example.com">x</a>',
      '<script>var s = "<div id=one-on-one-agenda></div>";</script>',
      '<style>/* <div class="one-on-one-agenda"></div> */</style>',
      '<title><div id="one-on-one-agenda"></div></title>',
      '<!-- <div id="one-on-one-agenda"></div> -->',
      '<textarea><!--one-on-one-agenda:begin--><!--one-on-one-agenda:end--></textarea>',
    ];
    for (const lookalike of lookalikes) {
      const body = outlookInviteDocument(lookalike);
      expect(findInviteBlock(body, 'html')).toBeNull();
      expect(removeInviteBlock(body, 'html')).toBe(body);
      expect(
        removeInviteBlock(upsertInviteBlock(body, renderInviteBlockHtml(sampleAgenda()), 'html'), 'html'),
      ).toBe(body);
    }
  });

  it('ignores text marker lines that are not whole lines', () => {
    const body =
      'see [[one-on-one-agenda:begin v1 h=00000000]] here\n  quoted [[one-on-one-agenda:end v1]] text\n';
    expect(findInviteBlock(body, 'text')).toBeNull();
  });
});

describe('finding a block that Outlook re-serialized', () => {
  const block = renderInviteBlockHtml(sampleAgenda({ topicsPerSection: 2, actionItems: 2 }));
  const inner = block.slice(block.indexOf('>', block.indexOf('<div')) + 1, block.lastIndexOf('</div>'));

  it('finds it by its wrapper when the comments were stripped', () => {
    const stripped = block
      .replace('<!--one-on-one-agenda:begin-->', '')
      .replace('<!--one-on-one-agenda:end-->', '');
    const body = outlookInviteDocument(stripped);
    expect(slice(body, findInviteBlock(body, 'html'))).toBe(stripped);
    expect(isInviteBlockUntouched(body, 'html')).toBe(true);
    const replaced = upsertInviteBlock(body, block, 'html');
    expect(replaced).toBe(outlookInviteDocument(block));
  });

  it('finds it by the x_-prefixed id or class alone', () => {
    for (const wrapper of [
      '<div id="x_one-on-one-agenda">',
      '<div class="x_one-on-one-agenda elementToProof">',
    ]) {
      const rewritten = `${wrapper}${inner}</div>`;
      const body = outlookInviteDocument(rewritten);
      expect(slice(body, findInviteBlock(body, 'html'))).toBe(rewritten);
    }
  });

  it('finds it by its comments when the wrapper lost its attributes, and compares with the expected block', () => {
    const rewritten = `<!--one-on-one-agenda:begin--><div style="margin:0">${inner}</div><!--one-on-one-agenda:end-->`;
    const body = outlookInviteDocument(rewritten);
    expect(slice(body, findInviteBlock(body, 'html'))).toBe(rewritten);
    // The stored hash went with the attributes: only a comparison with the expected block can tell.
    expect(isInviteBlockUntouched(body, 'html')).toBe(false);
    expect(isInviteBlockUntouched(body, 'html', block)).toBe(true);
  });

  it('still sees it untouched after whitespace and entity changes', () => {
    const reformatted = block
      .replace(/></g, '>\r\n<')
      .replace(/ — /g, '&nbsp;&mdash; ')
      .replace(/·/g, '&middot;')
      .replace(/'/g, '&#39;')
      .replace(/&#39;/g, '&#x27;');
    const body = outlookInviteDocument(reformatted);
    expect(isInviteBlockUntouched(body, 'html')).toBe(true);
    expect(isInviteBlockUntouched(body, 'html', block)).toBe(true);
  });

  it('sees an edit inside the block', () => {
    const edited = outlookInviteDocument(
      block.replace('Topic number 1<', 'Topic number 1 (and more to say)<'),
    );
    expect(isInviteBlockUntouched(edited, 'html')).toBe(false);
    expect(isInviteBlockUntouched(edited, 'html', block)).toBe(false);
  });

  it('sees an edit in a text block, but not re-wrapped lines', () => {
    const text = renderInviteBlockText(sampleAgenda());
    const body = upsertInviteBlock(TEAMS_INVITE_TEXT, text, 'text');
    expect(isInviteBlockUntouched(body, 'text')).toBe(true);
    expect(isInviteBlockUntouched(body.replace('  - Topic number 1', '    - Topic number 1'), 'text')).toBe(
      true,
    );
    expect(isInviteBlockUntouched(body.replace('Topic number 1', 'Topic number one'), 'text')).toBe(false);
    expect(isInviteBlockUntouched(TEAMS_INVITE_TEXT, 'text')).toBe(false);
  });

  it('finds text markers that Outlook indented', () => {
    const text = renderInviteBlockText(sampleAgenda());
    const indented = text.replace(/^\[\[/gm, '  [[');
    const body = `Hello\n${indented}\nBye`;
    expect(slice(body, findInviteBlock(body, 'text'))).toBe(indented);
  });
});

describe('never touching the Teams join block', () => {
  it('refuses a wrapper that is never closed before the join block', () => {
    const body = outlookInviteDocument(
      '<div id="one-on-one-agenda"><p>cut off',
      `${teamsJoinBlockHtml()}</div></div>`,
    );
    expect(findInviteBlock(body, 'html')).toBeNull();
    expect(removeInviteBlock(body, 'html')).toBe(body);
  });

  it('refuses a comment pair around the join block', () => {
    const body = outlookInviteDocument(
      '<!--one-on-one-agenda:begin--><p>x</p>',
      `${teamsJoinBlockHtml()}<!--one-on-one-agenda:end-->`,
    );
    expect(findInviteBlock(body, 'html')).toBeNull();
    expect(removeInviteBlock(body, 'html')).toBe(body);
  });

  it('skips a stale unclosed wrapper and finds the real block after it', () => {
    const block = renderInviteBlockHtml(sampleAgenda());
    const body = `<div class="one-on-one-agenda">stale ${block}</div>`;
    expect(slice(body, findInviteBlock(body, 'html'))).toBe(block);
  });
});

describe('a block whose markers a rewrite removed (Exchange, Outlook clients)', () => {
  const teamsJoin =
    '<div>________________</div><div><a href="https://teams.microsoft.com/meet/2934?p=abc">Join the meeting now</a></div><div>________________</div>';
  const stripped = (html: string) =>
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\s(?:id|class|data-[\w-]+)="[^"]*"/g, '')
      .replace(/<\/(p|div|li|ul)>/g, '</$1>\r\n');

  it.each(['en', 'fr-CA'] as const)(
    'is still found by its heading and link (%s), never as a second block',
    (locale) => {
      const agenda = sampleAgenda({ locale });
      const body = `<html><head></head><body><p>Hello</p>${teamsJoin}</body></html>`;
      const rewritten = stripped(upsertInviteBlock(body, renderInviteBlockHtml(agenda), 'html'));
      expect(rewritten).not.toContain('one-on-one-agenda');
      const found = findInviteBlock(rewritten, 'html');
      expect(found).not.toBeNull();
      expect(rewritten.slice(found?.start, found?.end)).toMatch(/^<div[^>]*>[\s\S]*<\/div>$/);
      // Upserting again replaces the rewritten block in place: one block, and the join link kept.
      const again = upsertInviteBlock(rewritten, renderInviteBlockHtml(agenda), 'html');
      expect(again.match(/Add your topics|Ajoutez vos sujets/g)).toHaveLength(1);
      expect(again).toContain('https://teams.microsoft.com/meet/2934?p=abc');
      expect(isInviteBlockUntouched(rewritten, 'html', renderInviteBlockHtml(agenda))).toBe(true);
      expect(removeInviteBlock(rewritten, 'html')).toContain('<p>Hello</p>');
      expect(removeInviteBlock(rewritten, 'html')).not.toContain('Add your topics');
    },
  );

  it('is not found in a div that would take the Teams join link with it', () => {
    const block = stripped(renderInviteBlockHtml(sampleAgenda()));
    const unsafe = `<html><body><div>${block.replace(/<\/div>\r\n$/, '')}${teamsJoin}</div></div></body></html>`;
    const found = findInviteBlock(unsafe, 'html');
    if (found) expect(unsafe.slice(found.start, found.end)).not.toContain('teams.microsoft.com/meet/');
  });

  it('is not a block without our link: text that only looks like one stays text', () => {
    const lookalike =
      '<html><body><div><p><strong>Agenda</strong></p><p>Add your topics: <a href="https://evil.example/">here</a></p></div></body></html>';
    expect(findInviteBlock(lookalike, 'html')).toBeNull();
  });
});
