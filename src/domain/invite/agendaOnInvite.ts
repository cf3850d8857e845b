import type { InviteAgenda } from './inviteAgenda';
import {
  type BodyFormat,
  bodyLineBreak,
  findInviteBlock,
  isInviteBlockUntouched,
  removeInviteBlock,
  upsertInviteBlock,
} from './inviteBlockInBody';
import { inviteBlockBudget } from './outlookBodyLimit';
import { renderInviteBlockHtml, renderInviteBlockText } from './renderInviteBlock';

export type InviteAgendaStatus = 'on-invite' | 'out-of-date' | 'not-attached';

/** The block for this body: HTML or text like the body, and small enough that the body stays under Outlook's limit. */
export function renderBlockForBody(body: string, format: BodyFormat, agenda: InviteAgenda): string {
  // Everything else written with the block: the body without it, and the line break that follows it.
  const otherContent = removeInviteBlock(body, format).length + bodyLineBreak(body).length;
  const options = { maxChars: inviteBlockBudget(otherContent) };
  return format === 'html' ? renderInviteBlockHtml(agenda, options) : renderInviteBlockText(agenda, options);
}

/** The body with this agenda in it (replacing an older block in place); every other byte unchanged. */
export function bodyWithAgenda(body: string, format: BodyFormat, agenda: InviteAgenda): string {
  return upsertInviteBlock(body, renderBlockForBody(body, format, agenda), format);
}

/** Whether the invite carries this agenda, an older one, or none. */
export function inviteAgendaStatus(
  body: string,
  format: BodyFormat,
  agenda: InviteAgenda,
): InviteAgendaStatus {
  if (!findInviteBlock(body, format)) return 'not-attached';
  return isInviteBlockUntouched(body, format, renderBlockForBody(body, format, agenda))
    ? 'on-invite'
    : 'out-of-date';
}
