import type { AppDeployment } from '../appDeployment';
import { compareOrdinal } from '../compareOrdinal';
import type { Locale } from '../locale';
import { agendaForOccurrence, type OccurrenceAgenda } from '../space/agendaForOccurrence';
import type { AgendaTemplate } from '../space/agendaTemplate';
import { isEntryLive } from '../space/entityLiveness';
import type { OccurrenceKey } from '../space/occurrenceKey';
import type { OccurrenceInfo } from '../space/occurrenceTimeline';
import { agendaPrompts } from '../space/pairPrompts';
import { SECTION_TITLES } from '../space/sectionTitles';
import type { SpaceDocument } from '../space/spaceDocument';
import type { SpaceReference } from '../space/spaceReference';
import type { InviteAgenda, InviteLinks } from './inviteAgenda';
import { spaceInviteLinks } from './inviteLinks';

export interface PairNames {
  leader: string;
  employee: string;
}

/**
 * What goes into the invite for one occurrence: each section's prompts and its topics still to discuss, and
 * the open action items. Ticked and deleted items are left out: the invite is for preparing, not a record.
 */
export function inviteAgendaFromSpace(
  agenda: OccurrenceAgenda,
  document: Pick<SpaceDocument, 'expectations'>,
  names: PairNames,
  links: InviteLinks,
  locale: Locale,
): InviteAgenda {
  const nameOf = (role: 'leader' | 'employee') => (role === 'leader' ? names.leader : names.employee);
  return {
    locale,
    sections: agenda.sections.map((section) => ({
      id: section.id,
      title: SECTION_TITLES[locale][section.id],
      prompts: [...section.prompts],
      topics: section.topics
        .filter((item) => item.state === 'open')
        .map((item) => ({
          text: item.topic.text,
          author: item.topic.author,
          authorName: nameOf(item.topic.author),
        })),
    })),
    actionItems: agenda.sections
      .flatMap((section) => section.actionItems)
      .filter((item) => item.state === 'open')
      .map((item) => ({
        text: item.actionItem.text,
        ownerName: nameOf(item.actionItem.owner),
        dueDate: item.actionItem.dueDate,
      })),
    priorities: document.expectations
      .filter((expectation) => isEntryLive(expectation) && expectation.status === 'active')
      .sort((a, b) => compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id))
      .map((expectation) => expectation.priority),
    links,
  };
}

/** What the invite of one occurrence of a pair's space is built from. */
export interface PairInviteAgendaInput {
  document: SpaceDocument;
  /** The pair's calendar timeline; the occurrence must be on it. */
  occurrences: readonly OccurrenceInfo[];
  key: OccurrenceKey;
  /** The leader's template, or null for the default prompts. */
  template: AgendaTemplate | null;
  /** Where the space is and where the app is: the invite's "Add your topics" links. */
  reference: SpaceReference;
  deployment: AppDeployment;
  locale: Locale;
}

/**
 * The invite agenda of one occurrence of a pair's space, or null when the occurrence is not on the pair's
 * calendar. The one builder every caller uses (agenda view, task pane, scheduling, invite sync): names come
 * from the space document, prompts from the template, links from the deployment.
 */
export function pairInviteAgenda(input: PairInviteAgendaInput): InviteAgenda | null {
  const { document, locale } = input;
  const prompts = agendaPrompts(document, input.template, locale);
  const agenda = agendaForOccurrence(document, input.occurrences, input.key, prompts);
  if (!agenda) return null;
  const names = { leader: document.leader.name, employee: document.employee.name };
  return inviteAgendaFromSpace(
    agenda,
    document,
    names,
    spaceInviteLinks(input.deployment, input.reference),
    locale,
  );
}
