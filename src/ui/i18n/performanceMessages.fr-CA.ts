import type { PerformanceMessages } from './performanceMessages.en';

/** French (Canada) strings of the performance conversation parts of the agenda. */

const pluralRules = new Intl.PluralRules('fr-CA');
const plural = (count: number, one: string, other: string) =>
  pluralRules.select(count) === 'one' ? one : other;

export const performanceFrCA: PerformanceMessages = {
  expectationsHeading: 'Priorités',
  expectationsEmpty:
    'Aucune priorité pour l’instant. Entendez-vous sur ce qui compte le plus et sur ce à quoi ressemble un bon résultat.',
  proposePriority: 'Proposer une priorité',
  priorityLabel: 'Priorité',
  whatGoodLooksLikeLabel: 'À quoi ressemble un bon résultat',
  goalLinkLabel: 'Lien avec un objectif (de l’équipe ou de l’organisation, facultatif)',
  reviewDateLabel: 'À revoir le (facultatif)',
  reviewOn: (date: string) => `À revoir le ${date}`,
  connectsTo: (goal: string) => `Lien : ${goal}`,
  statusLabel: 'Statut',
  expectationStatus: { active: 'Active', achieved: 'Atteinte', retired: 'Retirée' },
  growthStatus: { active: 'Actif', paused: 'En pause', achieved: 'Atteint', retired: 'Retiré' },
  proposedBadge: 'Proposée',
  confirmedBadge: 'Confirmée',
  confirm: 'Confirmer',
  confirmLabel: (title: string) => `Confirmer ${title}`,
  awaitingLeader: (name: string) => `En attente de la confirmation de ${name}`,
  changedOn: (date: string, name: string) => `Modifié le ${date} par ${name}`,
  you: 'vous',
  showHistory: 'Historique',
  historyLabel: (title: string) => `Historique de ${title}`,
  historyField: {
    priority: 'priorité',
    whatGoodLooksLike: 'bon résultat',
    goalLink: 'lien',
    reviewDate: 'date de révision',
    status: 'statut',
    confirmed: 'confirmée',
    deleted: 'supprimée',
  },
  historyEntry: (date: string, name: string, field: string, value: string) =>
    `${date}, ${name} : ${field} → ${value}`,
  cleared: '(effacé)',
  growthHeading: 'Plan de développement',
  growthEmpty:
    'Aucun objectif de développement pour l’instant. Choisissez une compétence à bâtir et un premier pas.',
  proposeGoal: 'Proposer un objectif de développement',
  capabilityLabel: 'Compétence ou capacité',
  nextStepLabel: 'Prochaine étape',
  leaderSupportLabel: 'Soutien du gestionnaire',
  nextStep: (text: string) => `Prochaine étape : ${text}`,
  leaderSupport: (text: string) => `Soutien : ${text}`,
  coachingNotes: (count: number) => plural(count, `${count} note de coaching`, `${count} notes de coaching`),
  addCoachingNoteLabel: (goal: string) => `Ajouter une note de coaching sur ${goal}`,
  coachingNotePlaceholder: 'Ce dont vous avez parlé, quoi essayer ensuite',
  feedbackHeading: 'Rétroaction et reconnaissance',
  feedbackSinceEmpty: 'Aucune rétroaction notée depuis votre dernier 1:1.',
  recordFeedback: 'Noter une rétroaction',
  feedbackKindLabel: 'Type',
  feedbackKind: { recognition: 'Reconnaissance', constructive: 'Constructive' },
  feedbackTextLabel: 'Ce qui s’est passé et pourquoi c’est important',
  feedbackDateLabel: 'Date',
  feedbackLinkLabel: 'À propos de (facultatif)',
  noLink: 'Rien en particulier',
  feedbackBy: (name: string, date: string) => `${name}, ${date}`,
  briefHeading: 'Depuis votre dernier 1:1',
  briefFirst: 'C’est votre premier 1:1 ensemble.',
  daysSinceLast: (days: number) =>
    days === 0
      ? 'Votre dernier 1:1 a eu lieu aujourd’hui.'
      : plural(days, 'Votre dernier 1:1 remonte à 1 jour.', `Votre dernier 1:1 remonte à ${days} jours.`),
  briefTopics: (name: string, count: number) =>
    plural(count, `1 sujet de ${name}`, `${count} sujets de ${name}`),
  briefActionItems: (count: number) => plural(count, '1 suivi à échéance', `${count} suivis à échéance`),
  overdue: 'En retard',
  briefFeedback: (count: number) => plural(count, '1 rétroaction', `${count} rétroactions`),
  briefExpectations: (count: number) => plural(count, '1 priorité modifiée', `${count} priorités modifiées`),
  briefGoals: (count: number) =>
    plural(count, '1 objectif de développement modifié', `${count} objectifs de développement modifiés`),
  briefNothing: 'Rien de nouveau depuis.',
  addSupportLabel: (goal: string) => `Ajouter le soutien que vous offrez pour ${goal}`,
  addSupportPlaceholder: 'Du temps, un contact, une formation, de la rétroaction…',
  lastRecognition: 'Dernière reconnaissance',
  noRecognitionYet: 'Aucune notée pour l’instant',
  noSharedSpace: 'Pas encore d’ordre du jour partagé',
  flagNoRecognition: 'Aucune reconnaissance depuis 60 jours',
  guidesTitle: 'Guides de situation (vous seul les voyez)',
  guidesHelp:
    'De courtes pistes pour les conversations difficiles à amorcer. Elles restent dans votre propre modèle, jamais dans l’ordre du jour partagé.',
  editGuide: (title: string) => `Modifier ${title}`,
  edit: 'Modifier',
  guideSuggested: 'Revenir aux pistes suggérées',
  guideField: (title: string) => `${title} : une piste par ligne`,
  guideProblem: 'Chaque ligne doit compter de 1 à 500 caractères, 8 lignes au plus.',
  delete: 'Supprimer',
  deleteLabel: (title: string) => `Supprimer ${title}`,
};
