import type { Locale } from '../locale';
import type { SectionId } from './agendaSections';

/**
 * Guiding prompts shown under each section when the leader has not written their own.
 *
 * Written from the framework: Direction, Capability and Accountability all rest on the
 * relationship (so the check-in asks how the person is, and what *they* brought); issues are
 * raised early, while small; coaching is guided problem-solving, so the Capability prompts ask
 * what the person has tried and what would help them solve it, not what the leader should fix.
 *
 * French follows Canadian usage (vouvoiement, as in most public-sector workplaces; no space
 * before "?", per the Office québécois de la langue française).
 */
export const DEFAULT_PROMPTS: Readonly<Record<Locale, Readonly<Record<SectionId, readonly string[]>>>> = {
  en: {
    checkIn: [
      'How are you doing, really?',
      'What do you want to make sure we talk about today?',
      'Is anything bothering you that we should deal with now, before it grows?',
    ],
    direction: [
      'What are your top priorities until we next meet, and do we agree on them?',
      'Is anything unclear about what is expected of you?',
      "How does your work connect to the team's bigger goals right now?",
    ],
    capability: [
      'Where are you stuck, and what have you tried so far?',
      'What would help you solve it yourself: a question, a resource, someone to talk to?',
      'What do you want to learn or get better at next?',
    ],
    accountability: [
      'Where do the commitments we each made last time stand?',
      'If something slipped, what got in the way?',
      'What are we committing to now: who does what, by when?',
    ],
  },
  'fr-CA': {
    checkIn: [
      'Comment allez-vous, vraiment?',
      'Que voulez-vous absolument aborder aujourd’hui?',
      'Y a-t-il quelque chose qui vous tracasse et qu’on devrait régler maintenant, avant que ça prenne de l’ampleur?',
    ],
    direction: [
      'Quelles sont vos priorités d’ici notre prochaine rencontre, et sommes-nous d’accord?',
      'Y a-t-il quelque chose de flou dans ce qu’on attend de vous?',
      'Comment votre travail contribue-t-il en ce moment aux grands objectifs de l’équipe?',
    ],
    capability: [
      'Sur quoi bloquez-vous, et qu’avez-vous essayé jusqu’ici?',
      'Qu’est-ce qui vous aiderait à trouver la solution vous-même? Une question, une ressource, une personne à consulter?',
      'Qu’aimeriez-vous apprendre ou améliorer prochainement?',
    ],
    accountability: [
      'Où en sont les engagements que nous avons pris la dernière fois, de part et d’autre?',
      'Si un engagement a pris du retard, qu’est-ce qui a fait obstacle?',
      'Quels nouveaux engagements prenons-nous? Qui fait quoi, et pour quand?',
    ],
  },
};
