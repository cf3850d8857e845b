import type { Locale } from '../locale';
import type { SectionId } from '../space/agendaSections';
import type { SummarySectionId } from './periodSummary';
import type { RecordPeriodKind } from './recordPeriod';

/**
 * The words of the conversation record, for every surface that shows it (the page, print, the Word
 * document, which leave the app, hence here and not in the UI's messages). French follows Canadian usage.
 */
export interface RecordLabels {
  title: string;
  pairLine: (leader: string, employee: string) => string;
  periodKind: Record<RecordPeriodKind, string>;
  summaryHeading: string;
  summarySections: Record<SummarySectionId, string>;
  revision: (number: number) => string;
  revisionAfterAcknowledgement: string;
  writtenBy: (name: string, date: string) => string;
  acknowledgedBy: (name: string, date: string) => string;
  notAcknowledged: string;
  acknowledgingIsNotAgreeing: string;
  employeeComment: (name: string) => string;
  noSummary: string;
  priorities: string;
  noPriorities: string;
  whatGoodLooksLike: string;
  changes: string;
  expectationStatus: Record<'active' | 'achieved' | 'retired', string>;
  growthGoals: string;
  noGrowthGoals: string;
  nextStep: string;
  leaderSupport: string;
  coachingNotes: string;
  goalStatus: Record<'active' | 'paused' | 'achieved' | 'retired', string>;
  commitments: string;
  commitmentCounts: (made: number, kept: number, dropped: number, open: number) => string;
  followThrough: (percent: number | null) => string;
  feedback: string;
  noFeedback: string;
  feedbackCounts: (recognition: number, constructive: number) => string;
  feedbackKind: Record<'recognition' | 'constructive', string>;
  meetings: string;
  meetingCounts: (held: number, cancelled: number, moved: number) => string;
  meetingStatus: Record<'held' | 'cancelled' | 'upcoming', string>;
  moved: string;
  noMeetings: string;
  sharedNotes: string;
  role: Record<'leader' | 'employee', string>;
}

const en: RecordLabels = {
  title: 'Conversation record',
  pairLine: (leader, employee) => `${employee} with ${leader}`,
  periodKind: {
    last12Months: 'Last 12 months',
    quarter: 'Quarter',
    midYear: 'Mid-year',
    year: 'Year',
    custom: 'Custom dates',
  },
  summaryHeading: 'Summary',
  summarySections: {
    direction: 'Direction',
    capability: 'Capability',
    accountability: 'Accountability',
    relationship: 'Relationship',
  },
  revision: (n) => `Revision ${n}`,
  revisionAfterAcknowledgement: 'Revised after it was acknowledged',
  writtenBy: (name, date) => `Written by ${name} on ${date}`,
  acknowledgedBy: (name, date) => `Acknowledged by ${name} on ${date}`,
  notAcknowledged: 'Not acknowledged yet',
  acknowledgingIsNotAgreeing:
    'Acknowledging means you have read this summary. It does not mean you agree with it; you can add your own comment.',
  employeeComment: (name) => `Comment from ${name}`,
  noSummary: 'No summary has been written for this period.',
  priorities: 'Priorities',
  noPriorities: 'No priorities in this period.',
  whatGoodLooksLike: 'What good looks like',
  changes: 'Changes in this period',
  expectationStatus: { active: 'Active', achieved: 'Achieved', retired: 'Retired' },
  growthGoals: 'Growth goals',
  noGrowthGoals: 'No growth goals in this period.',
  nextStep: 'Next step',
  leaderSupport: 'Support from the leader',
  coachingNotes: 'Coaching notes',
  goalStatus: { active: 'Active', paused: 'Paused', achieved: 'Achieved', retired: 'Retired' },
  commitments: 'Commitments',
  commitmentCounts: (made, kept, dropped, open) =>
    `${made} made, ${kept} kept, ${dropped} dropped, ${open} still open`,
  followThrough: (percent) =>
    percent === null
      ? 'Follow-through: not measured yet'
      : `Follow-through: ${percent}% done by the due date`,
  feedback: 'Feedback and recognition',
  noFeedback: 'No feedback recorded in this period.',
  feedbackCounts: (recognition, constructive) => `${recognition} recognition, ${constructive} constructive`,
  feedbackKind: { recognition: 'Recognition', constructive: 'Constructive' },
  meetings: '1:1s',
  meetingCounts: (held, cancelled, moved) => `${held} held, ${cancelled} cancelled, ${moved} moved`,
  meetingStatus: { held: 'Held', cancelled: 'Cancelled', upcoming: 'Upcoming' },
  moved: 'moved',
  noMeetings: 'No 1:1s in this period.',
  sharedNotes: 'Shared notes',
  role: { leader: 'Leader', employee: 'Employee' },
};

const frCA: RecordLabels = {
  title: 'Dossier des conversations',
  pairLine: (leader, employee) => `${employee} avec ${leader}`,
  periodKind: {
    last12Months: '12 derniers mois',
    quarter: 'Trimestre',
    midYear: 'Mi-année',
    year: 'Année',
    custom: 'Dates au choix',
  },
  summaryHeading: 'Sommaire',
  summarySections: {
    direction: 'Orientation',
    capability: 'Capacités',
    accountability: 'Engagements et suivi',
    relationship: 'Relation',
  },
  revision: (n) => `Révision ${n}`,
  revisionAfterAcknowledgement: 'Révisé après la prise de connaissance',
  writtenBy: (name, date) => `Rédigé par ${name} le ${date}`,
  acknowledgedBy: (name, date) => `Pris connaissance par ${name} le ${date}`,
  notAcknowledged: 'Pas encore pris connaissance',
  acknowledgingIsNotAgreeing:
    'Confirmer la prise de connaissance signifie que vous avez lu ce sommaire, et non que vous êtes d’accord; vous pouvez ajouter votre propre commentaire.',
  employeeComment: (name) => `Commentaire de ${name}`,
  noSummary: 'Aucun sommaire n’a été rédigé pour cette période.',
  priorities: 'Priorités',
  noPriorities: 'Aucune priorité pour cette période.',
  whatGoodLooksLike: 'Ce qu’on attend',
  changes: 'Changements pendant la période',
  expectationStatus: { active: 'Active', achieved: 'Atteinte', retired: 'Retirée' },
  growthGoals: 'Objectifs de développement',
  noGrowthGoals: 'Aucun objectif de développement pour cette période.',
  nextStep: 'Prochaine étape',
  leaderSupport: 'Soutien du gestionnaire',
  coachingNotes: 'Notes d’accompagnement',
  goalStatus: { active: 'Actif', paused: 'En pause', achieved: 'Atteint', retired: 'Retiré' },
  commitments: 'Engagements',
  commitmentCounts: (made, kept, dropped, open) =>
    `${made} pris, ${kept} tenus, ${dropped} abandonnés, ${open} encore ouverts`,
  followThrough: (percent) =>
    percent === null ? 'Suivi : pas encore mesuré' : `Suivi : ${percent} % réalisés à la date prévue`,
  feedback: 'Rétroaction et reconnaissance',
  noFeedback: 'Aucune rétroaction consignée pour cette période.',
  feedbackCounts: (recognition, constructive) =>
    `${recognition} reconnaissance, ${constructive} constructive`,
  feedbackKind: { recognition: 'Reconnaissance', constructive: 'Constructive' },
  meetings: 'Rencontres individuelles',
  meetingCounts: (held, cancelled, moved) => `${held} tenues, ${cancelled} annulées, ${moved} déplacées`,
  meetingStatus: { held: 'Tenue', cancelled: 'Annulée', upcoming: 'À venir' },
  moved: 'déplacée',
  noMeetings: 'Aucune rencontre pour cette période.',
  sharedNotes: 'Notes partagées',
  role: { leader: 'Gestionnaire', employee: 'Employé(e)' },
};

export const RECORD_LABELS: Readonly<Record<Locale, RecordLabels>> = { en, 'fr-CA': frCA };

/** The agenda section whose prompts guide each summary heading (Relationship: the check-in). */
export const SUMMARY_PROMPT_SECTION: Readonly<Record<SummarySectionId, SectionId>> = {
  direction: 'direction',
  capability: 'capability',
  accountability: 'accountability',
  relationship: 'checkIn',
};

/** "1 January 2026 – 30 June 2026" in the locale. */
export function formatPeriodDates(start: string, end: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return `${format.format(new Date(`${start}T00:00:00Z`))} – ${format.format(new Date(`${end}T00:00:00Z`))}`;
}

export function formatRecordDate(instantOrDate: string, locale: Locale, timeZone: string): string {
  const isDay = instantOrDate.length === 10;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: isDay ? 'UTC' : timeZone }).format(
    new Date(isDay ? `${instantOrDate}T00:00:00Z` : instantOrDate),
  );
}
