import type { Locale } from '../../domain/locale';

/** The record page's own words (the record's content uses `domain/record/recordLabels.ts`). */
const en = {
  openRecord: 'Conversation record',
  back: 'Back to the agenda',
  loading: 'Loading the record…',
  loadError: 'The record could not be loaded.',
  calendarLoading: 'Reading the 1:1s of this period…',
  calendarError: 'The 1:1s of this period could not be read from the calendar.',
  noSpace: 'There is no shared space with this person yet, so there is no record.',
  periodLabel: 'Period',
  customStart: 'From',
  customEnd: 'To',
  customInvalid: 'Choose a start date on or before the end date.',
  quarterOption: (quarter: number, year: number) => `Q${quarter} ${year}`,
  midYearOption: (year: number) => `Mid-year ${year} (January to June)`,
  yearOption: (year: number) => `Year ${year}`,
  customOption: 'Custom dates…',
  editorHeading: 'Write the summary',
  editorHelp: 'A few sentences under each heading. The employee reads it and acknowledges it.',
  newRevisionNote: (n: number) =>
    `The last revision was acknowledged and stays as it is. Saving creates revision ${n}.`,
  saveSummary: 'Save summary',
  summarySaved: 'Summary saved.',
  tooLong: (max: number) => `Too long: at most ${max.toLocaleString('en')} characters.`,
  acknowledgeHeading: 'Acknowledge the summary',
  commentLabel: 'Your comment (optional)',
  acknowledge: 'I have read this summary',
  acknowledged: 'You acknowledged this summary.',
  exportHeading: 'Export',
  exportLanguage: 'Document language',
  saveWord: 'Save as Word to OneDrive',
  savingWord: 'Making the Word document…',
  wordSaved: (name: string) => `Saved to your OneDrive, in the app's folder: records/…/${name}`,
  openInOneDrive: 'Open in OneDrive',
  downloadWord: 'Download the Word file',
  wordFailed: 'The Word document could not be saved to OneDrive.',
  downloadJson: 'Download as JSON (records system)',
  print: 'Print',
  retry: 'Try again',
  carryInTitle: (previous: string, next: string) => `Your manager changed from ${previous} to ${next}`,
  carryInBody: (items: number, priorities: number, goals: number) =>
    `Bring your open work into your 1:1s with your new manager (open action items: ${items}; active priorities: ${priorities}; growth goals: ${goals})? Private notes and your shared notes with the previous manager stay where they are; your record with them stays readable from your own copy.`,
  carryInAccept: 'Bring them',
  carryInDecline: 'Not now',
  carryInDone: (next: string) =>
    `Your open work is in your 1:1s with ${next}. They confirm the priorities and goals.`,
  fromOwnCopy:
    'The shared space could not be opened, so this is your own copy, kept in your OneDrive. It is read-only.',
};

export type RecordUiStrings = typeof en;

const frCA: RecordUiStrings = {
  openRecord: 'Dossier des conversations',
  back: 'Retour à l’ordre du jour',
  loading: 'Chargement du dossier…',
  loadError: 'Le dossier n’a pas pu être chargé.',
  calendarLoading: 'Lecture des rencontres de la période…',
  calendarError: 'Les rencontres de cette période n’ont pas pu être lues dans le calendrier.',
  noSpace: 'Il n’y a pas encore d’espace partagé avec cette personne, donc pas de dossier.',
  periodLabel: 'Période',
  customStart: 'Du',
  customEnd: 'Au',
  customInvalid: 'Choisissez une date de début antérieure ou égale à la date de fin.',
  quarterOption: (quarter, year) => `T${quarter} ${year}`,
  midYearOption: (year) => `Mi-année ${year} (janvier à juin)`,
  yearOption: (year) => `Année ${year}`,
  customOption: 'Dates au choix…',
  editorHeading: 'Rédiger le sommaire',
  editorHelp:
    'Quelques phrases sous chaque titre. L’employé(e) le lit et en confirme la prise de connaissance.',
  newRevisionNote: (n) =>
    `La dernière révision a fait l’objet d’une prise de connaissance et reste telle quelle. L’enregistrement crée la révision ${n}.`,
  saveSummary: 'Enregistrer le sommaire',
  summarySaved: 'Sommaire enregistré.',
  tooLong: (max) => `Trop long : au plus ${max.toLocaleString('fr-CA')} caractères.`,
  acknowledgeHeading: 'Confirmer la prise de connaissance',
  commentLabel: 'Votre commentaire (facultatif)',
  acknowledge: 'J’ai lu ce sommaire',
  acknowledged: 'Vous avez confirmé la prise de connaissance de ce sommaire.',
  exportHeading: 'Exporter',
  exportLanguage: 'Langue du document',
  saveWord: 'Enregistrer en Word dans OneDrive',
  savingWord: 'Création du document Word…',
  wordSaved: (name) => `Enregistré dans votre OneDrive, dans le dossier de l’application : records/…/${name}`,
  openInOneDrive: 'Ouvrir dans OneDrive',
  downloadWord: 'Télécharger le fichier Word',
  wordFailed: 'Le document Word n’a pas pu être enregistré dans OneDrive.',
  downloadJson: 'Télécharger en JSON (système de gestion des documents)',
  print: 'Imprimer',
  retry: 'Réessayer',
  carryInTitle: (previous, next) => `Votre gestionnaire est passé de ${previous} à ${next}`,
  carryInBody: (items, priorities, goals) =>
    `Apporter vos travaux en cours dans vos rencontres avec votre nouveau gestionnaire (suivis ouverts : ${items}; priorités actives : ${priorities}; objectifs de développement : ${goals})? Les notes privées et vos notes partagées avec l’ancien gestionnaire restent où elles sont; votre dossier avec lui reste lisible dans votre propre copie.`,
  carryInAccept: 'Les apporter',
  carryInDecline: 'Pas maintenant',
  carryInDone: (next) =>
    `Vos travaux en cours sont dans vos rencontres avec ${next}, qui confirmera les priorités et objectifs.`,
  fromOwnCopy:
    'L’espace partagé n’a pas pu être ouvert : voici votre propre copie, conservée dans votre OneDrive. Elle est en lecture seule.',
};

export const RECORD_UI_STRINGS: Readonly<Record<Locale, RecordUiStrings>> = { en, 'fr-CA': frCA };
