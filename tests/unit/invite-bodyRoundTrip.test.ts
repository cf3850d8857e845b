import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/domain/invite/escapeHtml';
import type { InviteAgenda } from '../../src/domain/invite/inviteAgenda';
import {
  type BodyFormat,
  findInviteBlock,
  removeInviteBlock,
  upsertInviteBlock,
} from '../../src/domain/invite/inviteBlockInBody';
import { renderInviteBlockHtml, renderInviteBlockText } from '../../src/domain/invite/renderInviteBlock';
import { HOSTILE_TOPICS } from '../fixtures/hostileTopics';
import { sampleAgenda } from '../fixtures/outlookBodies/inviteAgendas';
import {
  CLASSIC_JOIN_URL,
  classicTeamsJoinBlockHtml,
  SHORT_JOIN_URL,
  teamsJoinBlockHtml,
} from '../fixtures/outlookBodies/teamsInviteBodies';

// ---- Generators ----

const NON_LATIN = [
  '会議の議題',
  '一对一会议',
  'اجتماع فردي مع المدير',
  'שיחה אישית',
  'Привет',
  'नमस्ते',
  '한국어',
];
const EMOJI = ['😀', '👩‍👩‍👧‍👦', '🏳️‍🌈', 'e\u0301', '🇨🇦'];

const words = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...NON_LATIN, ...EMOJI),
  fc.constantFrom(...HOSTILE_TOPICS.filter((topic) => topic.length < 500)),
);
const sentence = fc.array(words, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

const agendaArbitrary: fc.Arbitrary<InviteAgenda> = fc
  .record({
    locale: fc.constantFrom<'en' | 'fr-CA'>('en', 'fr-CA'),
    topics: fc.array(sentence, { maxLength: 6 }),
    actions: fc.array(sentence, { maxLength: 3 }),
  })
  .map(({ locale, topics, actions }) => {
    const agenda = sampleAgenda({ locale, topicsPerSection: 0, actionItems: 0 });
    topics.forEach((text, index) => {
      agenda.sections[index % 4]?.topics.push({ text, author: 'employee', authorName: 'Sam' });
    });
    agenda.actionItems = actions.map((text) => ({ text, ownerName: 'Dana', dueDate: '2026-12-01' }));
    return agenda;
  });

/** HTML as Outlook writes it: text escaped, in divs, paragraphs and tables. */
const htmlPiece = fc.oneof(
  sentence.map(
    (text) =>
      `<div class="elementToProof" style="font-family:Aptos,Calibri,Helvetica,sans-serif; font-size:12pt; color:rgb(0,0,0)">${escapeHtml(text)}</div>`,
  ),
  sentence.map((text) => `<p style="margin:0">${escapeHtml(text)}&nbsp;</p>`),
  fc
    .tuple(sentence, sentence)
    .map(
      ([a, b]) =>
        `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tbody><tr><td style="padding:4px">${escapeHtml(a)}</td><td>${escapeHtml(b)}</td></tr></tbody></table>`,
    ),
  fc.constant('<div><br>\r\n</div>'),
  fc.constant('<!-- a comment that is not ours -->'),
  fc.constant('<img src="cid:image001.png@01DB0000.00000000" width="40" height="40">'),
);

const lineBreak = fc.constantFrom('\r\n', '\n', '');
const joinBlock = fc.constantFrom(teamsJoinBlockHtml(), classicTeamsJoinBlockHtml(), '');
const HEAD =
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n<style type="text/css" style="display:none;"><!-- P {margin-top:0;margin-bottom:0;} --></style>\r\n</head>';

function htmlDocument(shape: string, pieces: string[], separator: string): string {
  const content = pieces.join(separator);
  if (shape === 'document')
    return [HEAD, '<body dir="ltr">', content, '</body>', '</html>', ''].join(separator);
  if (shape === 'body') return ['<body>', content, '</body>'].join(separator);
  return content;
}

const htmlBodyWithoutBlock = fc
  .record({
    shape: fc.constantFrom('document', 'body', 'fragment'),
    pieces: fc.array(htmlPiece, { maxLength: 6 }),
    join: joinBlock,
    separator: lineBreak,
  })
  .map(({ shape, pieces, join, separator }) => htmlDocument(shape, [...pieces, join], separator));

/** A body that already holds a block from an earlier agenda, anywhere among its pieces. */
const htmlBodyWithOlderBlock = fc
  .record({
    shape: fc.constantFrom('document', 'body', 'fragment'),
    before: fc.array(htmlPiece, { maxLength: 3 }),
    after: fc.array(htmlPiece, { maxLength: 3 }),
    older: agendaArbitrary,
    join: joinBlock,
    separator: lineBreak,
  })
  .map(({ shape, before, after, older, join, separator }) =>
    htmlDocument(shape, [...before, renderInviteBlockHtml(older), ...after, join], separator),
  );

const TEAMS_TEXT = [
  '_'.repeat(40),
  'Microsoft Teams meeting',
  `Join: ${SHORT_JOIN_URL}`,
  'Meeting ID: 271 828 182 845 9',
];

const textBodyWithoutBlock = fc
  .record({
    lines: fc.array(sentence, { maxLength: 6 }),
    teams: fc.boolean(),
    separator: fc.constantFrom('\r\n', '\n'),
  })
  .map(({ lines, teams, separator }) => [...lines, ...(teams ? TEAMS_TEXT : [])].join(separator))
  // Two hostile words can join into a begin line and an end line: that body holds a block (a forged one),
  // which is not what these properties start from (about 1 run in 4,000 drew one).
  .filter((body) => !body.includes('[[one-on-one-agenda:'));

/** Markup-heavy noise: unclosed comments, stray tags, body tags in odd places. */
const markupNoise = fc
  .array(
    fc.constantFrom(
      '<',
      '>',
      '</',
      '<!--',
      '-->',
      '<!',
      '<?',
      '"',
      "'",
      '=',
      ' ',
      '\r\n',
      '\n',
      'x',
      '<body>',
      '<body class="a>b">',
      '</head>',
      '<html>',
      '<div>',
      '</div>',
      '<script>',
      '</script>',
      '<title>',
      '<textarea>',
      '<plaintext>',
      '<![CDATA[',
      ']]>',
      '[[',
      ']]',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

// ---- Properties ----

function checkAttachDetach(body: string, format: BodyFormat, x: string, y: string): void {
  const attached = upsertInviteBlock(body, x, format);
  // Attach then detach gives the body back, byte for byte.
  expect(removeInviteBlock(attached, format)).toBe(body);
  // Attaching twice equals attaching once; attaching another agenda replaces.
  expect(upsertInviteBlock(attached, x, format)).toBe(attached);
  expect(upsertInviteBlock(attached, y, format)).toBe(upsertInviteBlock(body, y, format));
  // The block is found exactly where it was put, and everything else is the body.
  const range = findInviteBlock(attached, format);
  expect(range).not.toBeNull();
  const { start, end } = range as { start: number; end: number };
  const separator = attached.startsWith('\r\n', end) ? '\r\n' : '\n';
  expect(attached.slice(start, end).replace(/\r\n/g, '\n')).toBe(x);
  expect(attached.slice(0, start) + attached.slice(end + separator.length)).toBe(body);
}

describe('attaching the block to an HTML body and detaching it', () => {
  it('round-trips realistic Outlook bodies byte for byte, and is idempotent', () => {
    fc.assert(
      fc.property(htmlBodyWithoutBlock, agendaArbitrary, agendaArbitrary, (body, a, b) => {
        expect(findInviteBlock(body, 'html')).toBeNull();
        checkAttachDetach(body, 'html', renderInviteBlockHtml(a), renderInviteBlockHtml(b));
      }),
      { numRuns: 300 },
    );
  });

  it('puts the block right after <body>, before the Teams join block, and keeps the join block', () => {
    fc.assert(
      fc.property(htmlBodyWithoutBlock, agendaArbitrary, (body, agenda) => {
        const attached = upsertInviteBlock(body, renderInviteBlockHtml(agenda), 'html');
        const { start } = findInviteBlock(attached, 'html') as { start: number };
        const bodyTag = /<body[^>]*>/.exec(body);
        if (bodyTag !== null) expect(start).toBe(bodyTag.index + bodyTag[0].length);
        for (const url of [SHORT_JOIN_URL, CLASSIC_JOIN_URL]) {
          expect(attached.split(url).length).toBe(body.split(url).length);
        }
        const join = attached.indexOf('meet_invite_block.action.join_link');
        if (join >= 0) expect(start).toBeLessThan(join);
      }),
      { numRuns: 200 },
    );
  });

  it('replaces an older block in place, leaving every other byte', () => {
    fc.assert(
      fc.property(htmlBodyWithOlderBlock, agendaArbitrary, (body, agenda) => {
        const older = findInviteBlock(body, 'html');
        expect(older).not.toBeNull();
        const { start, end } = older as { start: number; end: number };
        const block = renderInviteBlockHtml(agenda);
        const attached = upsertInviteBlock(body, block, 'html');
        expect(attached).toBe(body.slice(0, start) + block + body.slice(end));
        expect(upsertInviteBlock(attached, block, 'html')).toBe(attached);
        expect(removeInviteBlock(attached, 'html')).toBe(removeInviteBlock(body, 'html'));
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips any string, markup noise included', () => {
    const block = renderInviteBlockHtml(sampleAgenda());
    const other = renderInviteBlockHtml(sampleAgenda({ topicsPerSection: 1 }));
    fc.assert(
      fc.property(
        fc.oneof(markupNoise, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (body) => {
          fc.pre(findInviteBlock(body, 'html') === null);
          checkAttachDetach(body, 'html', block, other);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('attaching the block to a text body and detaching it', () => {
  it('round-trips text bodies byte for byte, keeping their line breaks, and is idempotent', () => {
    fc.assert(
      fc.property(textBodyWithoutBlock, agendaArbitrary, agendaArbitrary, (body, a, b) => {
        expect(findInviteBlock(body, 'text')).toBeNull();
        checkAttachDetach(body, 'text', renderInviteBlockText(a), renderInviteBlockText(b));
        // The block takes the body's line breaks.
        const attached = upsertInviteBlock(body, renderInviteBlockText(a), 'text');
        const { start, end } = findInviteBlock(attached, 'text') as { start: number; end: number };
        const written = attached.slice(start, end);
        if (body.includes('\r\n')) expect(written.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(written).not.toContain('\r');
      }),
      { numRuns: 300 },
    );
  });

  it('replaces an older text block in place', () => {
    fc.assert(
      fc.property(textBodyWithoutBlock, agendaArbitrary, agendaArbitrary, (body, older, newer) => {
        const withOlder = upsertInviteBlock(body, renderInviteBlockText(older), 'text');
        const block = renderInviteBlockText(newer);
        expect(upsertInviteBlock(withOlder, block, 'text')).toBe(upsertInviteBlock(body, block, 'text'));
        expect(removeInviteBlock(upsertInviteBlock(withOlder, block, 'text'), 'text')).toBe(body);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips any string', () => {
    const block = renderInviteBlockText(sampleAgenda());
    const other = renderInviteBlockText(sampleAgenda({ topicsPerSection: 1 }));
    fc.assert(
      fc.property(fc.oneof(markupNoise, fc.string({ unit: 'binary' })), (body) => {
        fc.pre(findInviteBlock(body, 'text') === null);
        checkAttachDetach(body, 'text', block, other);
      }),
      { numRuns: 500 },
    );
  });
});

describe('upsertInviteBlock', () => {
  it('refuses what is not a whole rendered block', () => {
    const block = renderInviteBlockHtml(sampleAgenda());
    expect(() => upsertInviteBlock('<body></body>', '<p>not a block</p>', 'html')).toThrow(RangeError);
    expect(() => upsertInviteBlock('<body></body>', `${block}<p>more</p>`, 'html')).toThrow(RangeError);
    expect(() => upsertInviteBlock('hello', block, 'text')).toThrow(RangeError);
  });
});
