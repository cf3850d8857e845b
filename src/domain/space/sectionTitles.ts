import type { SectionId } from './agendaSections';
import type { SpaceLocale } from './spaceLocale';

/** Section headings, for every surface that renders an agenda (UI, invite body). */
export const SECTION_TITLES: Readonly<Record<SpaceLocale, Readonly<Record<SectionId, string>>>> = {
  en: {
    checkIn: 'Check-in',
    direction: 'Direction',
    capability: 'Capability',
    accountability: 'Accountability',
  },
  'fr-CA': {
    checkIn: 'Prise de contact',
    direction: 'Orientation',
    capability: 'Capacités',
    accountability: 'Engagements et suivi',
  },
};
