import { actionItemDetails } from './actionItemDetails';
import { cleanInviteLine, cleanInviteText } from './cleanInviteText';
import type { InviteAgenda, InviteLinks } from './inviteAgenda';
import { capItems, type InviteBlockPlan, totalItems } from './inviteBlockPlan';
import { INVITE_LABELS, type InviteLabels } from './inviteLabels';
import { looksLikeTextMarker, TEXT_END_LINE, textBeginLine } from './inviteMarkers';
import { safeLinkUrl } from './safeLinkUrl';
import { normalizeBlockText, textHash } from './textHash';

const INDENT = '  ';

/**
 * A line the finder could take for a marker gets a zero-width space in front. Items are indented
 * anyway; this covers titles and labels, which come from elsewhere.
 */
function neutralize(line: string): string {
  return looksLikeTextMarker(line) ? `\u200B${line}` : line;
}

/** An item as a bullet line, its further lines indented under it. */
function itemLines(bullet: string, raw: string, suffix = ''): string[] {
  const lines = `${cleanInviteText(raw)}${suffix}`.split('\n');
  return lines.map((line, index) => `${INDENT}${index === 0 ? bullet : '  '}${line}`);
}

function linkLines(links: InviteLinks, labels: InviteLabels): string[] {
  const lines: string[] = [];
  const teams = safeLinkUrl(links.teamsDeepLink);
  const web = safeLinkUrl(links.webUrl);
  // In plain text a link is its URL, so an unsafe one has nothing left to show.
  if (teams !== null) lines.push(`${INDENT}${labels.openInTeams}: ${teams}`);
  if (web !== null) lines.push(`${INDENT}${labels.openInBrowser}: ${web}`);
  return lines.length === 0 ? [] : [labels.addYourTopics, ...lines];
}

function sectionLines(agenda: InviteAgenda, plan: InviteBlockPlan, labels: InviteLabels): string[] {
  const lines: string[] = [];
  for (const section of agenda.sections) {
    lines.push('', cleanInviteLine(section.title));
    const priorities = (agenda.priorities ?? []).map(cleanInviteLine).filter((title) => title !== '');
    if (section.id === 'direction' && plan.showPrompts && priorities.length > 0) {
      lines.push(`${INDENT}${labels.priorities} ${priorities.join(' · ')}`);
    }
    if (plan.showPrompts) for (const prompt of section.prompts) lines.push(...itemLines('· ', prompt));
    const { shown, hidden } = capItems(section.topics, plan.itemCap);
    for (const topic of shown) {
      const author = cleanInviteLine(topic.authorName);
      lines.push(...itemLines('- ', topic.text, author === '' ? '' : ` — ${author}`));
    }
    if (hidden > 0) lines.push(`${INDENT}${labels.andMore(hidden)}`);
  }
  if (agenda.actionItems.length > 0) {
    lines.push('', labels.actionItems);
    const { shown, hidden } = capItems(agenda.actionItems, plan.itemCap);
    for (const item of shown) {
      const details = actionItemDetails(item, labels);
      lines.push(...itemLines('- ', item.text, details === '' ? '' : ` — ${details}`));
    }
    if (hidden > 0) lines.push(`${INDENT}${labels.andMore(hidden)}`);
  }
  return lines;
}

/** One rendering of the text block under `plan` (see `renderInviteBlockText` for the contract). */
export function inviteBlockText(agenda: InviteAgenda, plan: InviteBlockPlan): string {
  const labels = INVITE_LABELS[agenda.locale];
  const lines = [labels.agenda, ...linkLines(agenda.links, labels)];
  if (plan.headerOnly) {
    const hidden = totalItems(agenda);
    if (hidden > 0) lines.push(labels.andMore(hidden));
  } else {
    lines.push(...sectionLines(agenda, plan, labels));
  }
  const content = lines.map(neutralize).join('\n');
  return `${textBeginLine(textHash(normalizeBlockText(content)))}\n${content}\n${TEXT_END_LINE}`;
}
