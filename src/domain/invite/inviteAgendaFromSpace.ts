import {
  agendaForOccurrence,
  type OccurrenceAgenda,
  type SectionPrompts,
} from '../space/agendaForOccurrence';
import type { OccurrenceKey } from '../space/occurrenceKey';
import type { OccurrenceInfo } from '../space/occurrenceTimeline';
import { SECTION_TITLES } from '../space/sectionTitles';
import type { SpaceDocument } from '../space/spaceDocument';
import type { SpaceLocale } from '../space/spaceLocale';
import type { InviteAgenda, InviteLinks } from './inviteAgenda';

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
  names: PairNames,
  links: InviteLinks,
  locale: SpaceLocale,
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
    links,
  };
}

/** The invite agenda of one occurrence of a space, or null when the occurrence is not on the pair's calendar. */
export function inviteAgendaForOccurrence(
  document: SpaceDocument,
  occurrences: readonly OccurrenceInfo[],
  key: OccurrenceKey,
  prompts: SectionPrompts,
  context: { names: PairNames; links: InviteLinks; locale: SpaceLocale },
): InviteAgenda | null {
  const agenda = agendaForOccurrence(document, occurrences, key, prompts);
  return agenda ? inviteAgendaFromSpace(agenda, context.names, context.links, context.locale) : null;
}
