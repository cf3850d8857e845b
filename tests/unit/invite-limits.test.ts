import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/domain/invite/escapeHtml';
import {
  bodyLineBreak,
  findInviteBlock,
  removeInviteBlock,
  upsertInviteBlock,
} from '../../src/domain/invite/inviteBlockInBody';
import {
  INVITE_BLOCK_MIN_CHARS,
  inviteBlockBudget,
  OUTLOOK_BODY_MAX_CHARS,
} from '../../src/domain/invite/outlookBodyLimit';
import { renderInviteBlockHtml, renderInviteBlockText } from '../../src/domain/invite/renderInviteBlock';
import { sampleAgenda } from '../fixtures/outlookBodies/inviteAgendas';
import { outlookInviteDocument, TEAMS_INVITE_TEXT } from '../fixtures/outlookBodies/teamsInviteBodies';

/** An invite body of about `size` characters: many paragraphs of mixed scripts before the join block. */
function bodyOfSize(size: number): string {
  const paragraph = `<p style="margin:0">${escapeHtml('Notes — 会議 — اجتماع — 😀 <x> & more text to fill the invite. ')}</p>\r\n`;
  const frame = outlookInviteDocument('').length;
  const body = outlookInviteDocument(paragraph.repeat(Math.floor((size - frame) / paragraph.length)));
  return body + ' '.repeat(Math.max(0, size - body.length));
}

function largeAgenda() {
  return sampleAgenda({
    topicsPerSection: 100,
    actionItems: 100,
    topicText: (i) => `Topic ${i}: ${'x'.repeat(1900)}`,
  });
}

describe("Outlook's body size limit", () => {
  it('is 1,000,000 characters, with a floor for the block', () => {
    expect(OUTLOOK_BODY_MAX_CHARS).toBe(1_000_000);
    expect(inviteBlockBudget(400_000)).toBe(600_000);
    expect(inviteBlockBudget(999_500)).toBe(INVITE_BLOCK_MIN_CHARS);
    expect(inviteBlockBudget(2_000_000)).toBe(INVITE_BLOCK_MIN_CHARS);
  });

  it('attaches to and detaches from a 1 MB body byte for byte', () => {
    const body = bodyOfSize(1_000_000);
    expect(body.length).toBe(1_000_000);
    const block = renderInviteBlockHtml(sampleAgenda({ topicsPerSection: 5, actionItems: 5 }));
    const attached = upsertInviteBlock(body, block, 'html');
    expect(findInviteBlock(attached, 'html')).not.toBeNull();
    expect(removeInviteBlock(attached, 'html')).toBe(body);
    expect(upsertInviteBlock(attached, block, 'html')).toBe(attached);
  });

  it('shortens a large agenda so that body and block stay within the limit', () => {
    const body = bodyOfSize(900_000);
    const agenda = largeAgenda();
    const budget = inviteBlockBudget(body.length + bodyLineBreak(body).length);
    expect(renderInviteBlockHtml(agenda).length).toBeGreaterThan(budget);
    const block = renderInviteBlockHtml(agenda, { maxChars: budget });
    const attached = upsertInviteBlock(body, block, 'html');
    expect(attached.length).toBeLessThanOrEqual(OUTLOOK_BODY_MAX_CHARS);
    expect(block).toMatch(/…and \d+ more/);
    expect(removeInviteBlock(attached, 'html')).toBe(body);
  });

  it('keeps the heading and links when the body leaves no room', () => {
    const body = bodyOfSize(999_000);
    const block = renderInviteBlockHtml(largeAgenda(), { maxChars: inviteBlockBudget(body.length + 2) });
    expect(block.length).toBeLessThanOrEqual(INVITE_BLOCK_MIN_CHARS);
    expect(block).toContain('Open in Teams');
    expect(block).toContain('…and 100 more');
    expect(block).not.toContain('Topic 1:');
  });

  it('does the same for text bodies', () => {
    const body = `${'A line of the invite, with 漢字 and عربى.\r\n'.repeat(20_000)}${TEAMS_INVITE_TEXT}`;
    const budget = inviteBlockBudget(body.length + 2);
    const block = renderInviteBlockText(largeAgenda(), { maxChars: budget });
    const attached = upsertInviteBlock(body, block, 'text');
    expect(block.length).toBeLessThanOrEqual(budget);
    expect(removeInviteBlock(attached, 'text')).toBe(body);
  });
});
