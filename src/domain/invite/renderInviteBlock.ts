import type { InviteAgenda } from './inviteAgenda';
import { inviteBlockHtml } from './inviteBlockHtml';
import { renderWithinLimit } from './inviteBlockPlan';
import { inviteBlockText } from './inviteBlockText';
import { OUTLOOK_BODY_MAX_CHARS } from './outlookBodyLimit';

export interface RenderInviteBlockOptions {
  /**
   * Longest block to produce, in UTF-16 code units (default: Outlook's body limit). Past it,
   * items are dropped from the end of every list, replaced by "…and N more"; at worst only the
   * heading and links remain (see `renderWithinLimit`). Use `inviteBlockBudget` to derive it
   * from the body the block goes into.
   */
  maxChars?: number;
}

/**
 * The agenda as an HTML block for an Outlook body: one `<div>` (no tables, inline styles) between
 * a begin and an end comment, every text escaped, links only http(s) or msteams. See
 * `inviteMarkers.ts` for how the block is found again. Contains no line breaks.
 */
export function renderInviteBlockHtml(agenda: InviteAgenda, options: RenderInviteBlockOptions = {}): string {
  return renderWithinLimit(agenda, options.maxChars ?? OUTLOOK_BODY_MAX_CHARS, (plan) =>
    inviteBlockHtml(agenda, plan),
  );
}

/**
 * The agenda as plain text for a body in text format, between a begin and an end marker line.
 * Lines are separated by LF; `upsertInviteBlock` converts them to the body's line breaks.
 */
export function renderInviteBlockText(agenda: InviteAgenda, options: RenderInviteBlockOptions = {}): string {
  return renderWithinLimit(agenda, options.maxChars ?? OUTLOOK_BODY_MAX_CHARS, (plan) =>
    inviteBlockText(agenda, plan),
  );
}
