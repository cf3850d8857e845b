import type { Locale } from '../locale';

/** The block's own fixed texts. Section titles and prompts come with the agenda. */
export interface InviteLabels {
  agenda: string;
  /** Leads the two links: "Add your topics:". */
  addYourTopics: string;
  openInTeams: string;
  openInBrowser: string;
  actionItems: string;
  /** Leads the compact line of the pair's current priorities. */
  priorities: string;
  /** "Due 2026-12-01". */
  due(date: string): string;
  /** Stands in for the items a size limit left out. */
  andMore(count: number): string;
}

/**
 * French follows Canadian typography: a no-break space before ":" (OQLF), and "autre(s)" agrees
 * with the count.
 */
export const INVITE_LABELS: Readonly<Record<Locale, InviteLabels>> = {
  en: {
    agenda: 'Agenda',
    addYourTopics: 'Add your topics:',
    openInTeams: 'Open in Teams',
    openInBrowser: 'Open in the browser',
    actionItems: 'Action items',
    priorities: 'Priorities:',
    due: (date) => `Due ${date}`,
    andMore: (count) => `…and ${count} more`,
  },
  'fr-CA': {
    agenda: 'Ordre du jour',
    addYourTopics: 'Ajoutez vos sujets\u00A0:',
    openInTeams: 'Ouvrir dans Teams',
    openInBrowser: 'Ouvrir dans le navigateur',
    actionItems: 'Mesures de suivi',
    priorities: 'Priorités\u00A0:',
    due: (date) => `Échéance\u00A0: ${date}`,
    andMore: (count) => `…et ${count} ${count > 1 ? 'autres' : 'autre'}`,
  },
};
