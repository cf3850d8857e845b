import type { Locale } from '../locale';
import { SECTION_IDS } from '../space/agendaSections';
import { DEFAULT_PROMPTS } from '../space/defaultPrompts';
import { SECTION_TITLES } from '../space/sectionTitles';
import type { InviteAgenda, InviteLinks } from './inviteAgenda';

/**
 * The agenda a new 1:1 starts with: the four sections with their default prompts and no topics
 * yet. Adapter between the space's templates and the invite view model.
 */
export function defaultComposeAgenda(locale: Locale, links: InviteLinks): InviteAgenda {
  return {
    locale,
    sections: SECTION_IDS.map((id) => ({
      id,
      title: SECTION_TITLES[locale][id],
      prompts: [...DEFAULT_PROMPTS[locale][id]],
      topics: [],
    })),
    actionItems: [],
    links,
  };
}
