import type { Locale } from '../locale';
import type { SectionId } from './agendaSections';

/** Section headings, for every surface that renders an agenda (UI, invite body). */
export const SECTION_TITLES: Readonly<Record<Locale, Readonly<Record<SectionId, string>>>> = {
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
