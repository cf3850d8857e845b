import { actionItemDetails } from './actionItemDetails';
import { cleanInviteLine, cleanInviteText } from './cleanInviteText';
import { escapeHtml } from './escapeHtml';
import { htmlTextContent } from './htmlText';
import type { InviteAgenda, InviteLinks } from './inviteAgenda';
import { capItems, type InviteBlockPlan, totalItems } from './inviteBlockPlan';
import { INVITE_LABELS, type InviteLabels } from './inviteLabels';
import {
  BEGIN_COMMENT,
  BLOCK_FORMAT_VERSION,
  BLOCK_NAME,
  END_COMMENT,
  HASH_ATTRIBUTE,
  VERSION_ATTRIBUTE,
} from './inviteMarkers';
import { safeLinkUrl } from './safeLinkUrl';
import { normalizeBlockText, textHash } from './textHash';

// Inline styles only: Outlook drops <style> from pasted and prepended HTML. No tables: they
// re-flow badly in the Outlook editors and on phones.
const WRAPPER_STYLE =
  "margin:0 0 16px 0;padding:8px 12px;border-left:4px solid #5B5FC7;font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.4;color:#242424";
const HEADING_STYLE = 'margin:0 0 4px 0;font-size:16px';
const LINKS_STYLE = 'margin:0 0 8px 0';
const LINK_STYLE = 'color:#5B5FC7';
const SECTION_TITLE_STYLE = 'margin:8px 0 2px 0';
const LIST_STYLE = 'margin:0;padding-left:20px';
const PROMPT_STYLE = 'color:#616161;font-style:italic';
const SECONDARY_STYLE = 'color:#616161';

/** Escaped, with line breaks as <br>: the text of one item exactly as typed, minus controls. */
function textHtml(raw: string): string {
  return escapeHtml(cleanInviteText(raw)).replace(/\n/g, '<br>');
}

/** Names and other one-line details: line breaks become spaces. */
function linkHtml(url: string, label: string): string {
  if (url.trim() === '') return '';
  const safe = safeLinkUrl(url);
  // An unsafe URL is dropped; the label stays, as plain text, so the layout does not change.
  if (safe === null) return escapeHtml(label);
  // id="LPNoLP" asks Outlook not to replace the link with a preview card.
  return `<a id="LPNoLP" href="${escapeHtml(safe)}" style="${LINK_STYLE}">${escapeHtml(label)}</a>`;
}

function linksHtml(links: InviteLinks, labels: InviteLabels): string {
  const parts = [
    linkHtml(links.teamsDeepLink, labels.openInTeams),
    linkHtml(links.webUrl, labels.openInBrowser),
  ]
    .filter((part) => part !== '')
    .join(' · ');
  if (parts === '') return '';
  return `<p style="${LINKS_STYLE}">${escapeHtml(labels.addYourTopics)} ${parts}</p>`;
}

function moreHtml(hidden: number, labels: InviteLabels): string {
  return hidden > 0 ? `<li style="${SECONDARY_STYLE}">${escapeHtml(labels.andMore(hidden))}</li>` : '';
}

function secondaryHtml(text: string): string {
  return text === '' ? '' : `<span style="${SECONDARY_STYLE}"> — ${escapeHtml(text)}</span>`;
}

function listHtml(items: readonly string[]): string {
  return items.length === 0 ? '' : `<ul style="${LIST_STYLE}">${items.join('')}</ul>`;
}

/** The active priorities' titles on one line; they give way with the prompts when the body is full. */
function prioritiesHtml(agenda: InviteAgenda, plan: InviteBlockPlan, labels: InviteLabels): string {
  const titles = (agenda.priorities ?? []).map(cleanInviteLine).filter((title) => title !== '');
  if (!plan.showPrompts || titles.length === 0) return '';
  return `<p style="${LINKS_STYLE}">${escapeHtml(labels.priorities)} ${titles.map(escapeHtml).join(' · ')}</p>`;
}

function sectionsHtml(agenda: InviteAgenda, plan: InviteBlockPlan, labels: InviteLabels): string {
  let html = '';
  for (const section of agenda.sections) {
    const items: string[] = [];
    if (plan.showPrompts) {
      for (const prompt of section.prompts)
        items.push(`<li style="${PROMPT_STYLE}">${textHtml(prompt)}</li>`);
    }
    const { shown, hidden } = capItems(section.topics, plan.itemCap);
    for (const topic of shown) {
      items.push(`<li>${textHtml(topic.text)}${secondaryHtml(cleanInviteLine(topic.authorName))}</li>`);
    }
    const more = moreHtml(hidden, labels);
    if (more !== '') items.push(more);
    html += `<p style="${SECTION_TITLE_STYLE}"><strong>${textHtml(section.title)}</strong></p>`;
    if (section.id === 'direction') html += prioritiesHtml(agenda, plan, labels);
    html += listHtml(items);
  }
  if (agenda.actionItems.length > 0) {
    const items: string[] = [];
    const { shown, hidden } = capItems(agenda.actionItems, plan.itemCap);
    for (const item of shown) {
      const details = actionItemDetails(item, labels);
      items.push(`<li>${textHtml(item.text)}${secondaryHtml(details)}</li>`);
    }
    const more = moreHtml(hidden, labels);
    if (more !== '') items.push(more);
    html += `<p style="${SECTION_TITLE_STYLE}"><strong>${escapeHtml(labels.actionItems)}</strong></p>${listHtml(items)}`;
  }
  return html;
}

/** One rendering of the HTML block under `plan` (see `renderInviteBlockHtml` for the contract). */
export function inviteBlockHtml(agenda: InviteAgenda, plan: InviteBlockPlan): string {
  const labels = INVITE_LABELS[agenda.locale];
  let inner = `<p style="${HEADING_STYLE}"><strong>${escapeHtml(labels.agenda)}</strong></p>`;
  inner += linksHtml(agenda.links, labels);
  if (plan.headerOnly) {
    const hidden = totalItems(agenda);
    if (hidden > 0) inner += `<p style="${SECONDARY_STYLE}">${escapeHtml(labels.andMore(hidden))}</p>`;
  } else {
    inner += sectionsHtml(agenda, plan, labels);
  }
  const hash = textHash(normalizeBlockText(htmlTextContent(inner)));
  return (
    `${BEGIN_COMMENT}<div id="${BLOCK_NAME}" class="${BLOCK_NAME}" ${VERSION_ATTRIBUTE}="${BLOCK_FORMAT_VERSION}" ` +
    `${HASH_ATTRIBUTE}="${hash}" style="${WRAPPER_STYLE}">${inner}</div>${END_COMMENT}`
  );
}
