import type { Locale } from '../locale';
import type { AgendaTemplate } from './agendaTemplate';

/**
 * Short conversation guides for the leader alone, for the talks leaders put off: setting expectations,
 * a difficult message, stretching a high performer, early signs of underperformance. They live in the
 * leader's own template (the leader's drive, never the shared space); the leader may rewrite each one.
 */
export const GUIDE_IDS = [
  'settingExpectations',
  'difficultMessage',
  'stretchHighPerformer',
  'earlyUnderperformance',
] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

export const MAX_PROMPTS_PER_GUIDE = 8;

export const GUIDE_TITLES: Readonly<Record<Locale, Readonly<Record<GuideId, string>>>> = {
  en: {
    settingExpectations: 'Setting expectations',
    difficultMessage: 'A difficult message',
    stretchHighPerformer: 'Stretching a high performer',
    earlyUnderperformance: 'Early signs of underperformance',
  },
  'fr-CA': {
    settingExpectations: 'Établir les attentes',
    difficultMessage: 'Un message difficile',
    stretchHighPerformer: 'Faire grandir une personne très performante',
    earlyUnderperformance: 'Premiers signes de sous-performance',
  },
};

export const DEFAULT_GUIDE_PROMPTS: Readonly<Record<Locale, Readonly<Record<GuideId, readonly string[]>>>> = {
  en: {
    settingExpectations: [
      'Here is what matters most this quarter, and why.',
      'What would good look like, in your words?',
      'How will we both know it is on track?',
      'What do you need from me to get there?',
    ],
    difficultMessage: [
      'Say the point in the first minute: what you saw, and its impact.',
      'Ask for their view, then listen without defending.',
      'Agree on one concrete change and when you will look at it together.',
      'Close on what you value in their work.',
    ],
    stretchHighPerformer: [
      'What part of your work gives you the most energy?',
      'Which bigger problem would you like to own next?',
      'What would you stop doing to make room for it?',
      'How can I open doors for you?',
    ],
    earlyUnderperformance: [
      'I have noticed a change in … — how are things going for you?',
      'Is something getting in the way: workload, clarity, tools, something outside work?',
      'What does success look like by our next 1:1?',
      'What support will help, and how will we check in?',
    ],
  },
  'fr-CA': {
    settingExpectations: [
      'Voici ce qui compte le plus ce trimestre, et pourquoi.',
      'Dans tes mots, à quoi ressemblerait un bon résultat?',
      'Comment saurons-nous tous les deux que c’est sur la bonne voie?',
      'De quoi as-tu besoin de ma part pour y arriver?',
    ],
    difficultMessage: [
      'Dis l’essentiel dès la première minute : ce que tu as observé et son effet.',
      'Demande son point de vue, puis écoute sans te défendre.',
      'Convenez d’un changement concret et du moment où vous en reparlerez.',
      'Termine par ce que tu apprécies dans son travail.',
    ],
    stretchHighPerformer: [
      'Quelle partie de ton travail te donne le plus d’énergie?',
      'Quel problème plus grand aimerais-tu prendre en charge?',
      'Qu’arrêterais-tu de faire pour lui faire de la place?',
      'Comment puis-je t’ouvrir des portes?',
    ],
    earlyUnderperformance: [
      'J’ai remarqué un changement dans… — comment ça va de ton côté?',
      'Quelque chose te nuit-il : charge de travail, clarté, outils, autre chose hors du travail?',
      'À quoi ressemblerait la réussite d’ici notre prochain 1:1?',
      'Quel soutien t’aiderait, et comment ferons-nous le suivi?',
    ],
  },
};

/** Each guide's prompts: the leader's own where they rewrote it, else the suggested ones in `locale`. */
export function effectiveGuidePrompts(
  template: AgendaTemplate | null,
  locale: Locale,
): Readonly<Record<GuideId, readonly string[]>> {
  const entries = GUIDE_IDS.map((id) => {
    const custom = template?.guides?.[id];
    return [
      id,
      custom !== undefined && custom.length > 0 ? custom : DEFAULT_GUIDE_PROMPTS[locale][id],
    ] as const;
  });
  return Object.fromEntries(entries) as Record<GuideId, readonly string[]>;
}
