import type { Messages } from './messages.en';

const plural = (count: number, one: string, many: string) => (count <= 1 ? one : many);

export const frCA: Messages = {
  appTitle: 'Mes rencontres 1:1',
  upcomingSubtitle: (days: number) =>
    `Vos rencontres 1:1 des ${days} prochains jours, tirées de votre calendrier Outlook.`,
  rangeLabel: 'Période',
  rangeOption: (days: number) => `${days} prochains jours`,
  loading: 'Chargement de vos rencontres 1:1…',
  refresh: 'Actualiser',
  relationDirectReport: 'Relève de vous',
  relationManager: 'Votre gestionnaire',
  relationOther: 'Collègue',
  nextOccurrence: (when: string) => `Prochaine : ${when}`,
  moreOccurrences: (count: number) =>
    plural(count, `${count} autre pendant cette période`, `${count} autres pendant cette période`),
  recurrenceOnce: 'Ponctuelle',
  recurrenceDaily: (interval: number) => (interval === 1 ? 'Tous les jours' : `Tous les ${interval} jours`),
  recurrenceWeekly: (interval: number) =>
    interval === 1 ? 'Chaque semaine' : `Toutes les ${interval} semaines`,
  recurrenceMonthly: (interval: number) => (interval === 1 ? 'Chaque mois' : `Tous les ${interval} mois`),
  recurrenceYearly: 'Chaque année',
  recurrenceUnknown: 'Périodique',
  teamsMeeting: 'Réunion Teams',
  inPerson: 'Sans réunion en ligne',
  declinedByMe: 'Vous avez refusé',
  declinedByCounterpart: (name: string) => `${name} a refusé`,
  privateSubject: 'Rencontre 1:1 privée',
  organizedByYou: 'Vous êtes l’organisatrice ou l’organisateur',
  personCardLabel: (name: string, role: string) => `${name}, ${role}`,
  emptyTitle: (days: number) => `Aucune rencontre 1:1 dans les ${days} prochains jours`,
  emptyBody:
    'Une rencontre 1:1 réunit seulement vous et une autre personne. Planifiez-en une dans Outlook ou Teams et elle apparaîtra ici.',
  unreadableEvents: (count: number) =>
    plural(
      count,
      `${count} événement du calendrier n’a pas pu être lu et n’est pas affiché.`,
      `${count} événements du calendrier n’ont pas pu être lus et ne sont pas affichés.`,
    ),
  tryAgain: 'Réessayer',
  signIn: 'Se connecter',
  errorTitle: 'Impossible de charger vos rencontres 1:1',
  errorSignIn: 'Connectez-vous à Microsoft 365 pour voir vos rencontres 1:1.',
  errorConsent: (scopes: string) =>
    `Votre organisation n’a pas autorisé cette application à utiliser : ${scopes}. Adressez-vous à votre administrateur.`,
  errorUnauthorized: 'Votre session a expiré. Connectez-vous de nouveau.',
  errorForbidden: 'Microsoft 365 a refusé l’accès à ce calendrier.',
  errorNotFound: 'Microsoft 365 n’a pas trouvé ce que l’application demandait.',
  errorThrottled: 'Microsoft 365 est occupé en ce moment. Patientez un instant, puis réessayez.',
  errorUnavailable: 'Microsoft 365 ne répond pas en ce moment. Réessayez dans un instant.',
  errorOffline: 'Vous semblez hors ligne. Vérifiez votre connexion, puis réessayez.',
  errorUnknown: 'Un problème est survenu lors de la lecture de votre calendrier.',
  configErrorTitle: 'Cette application n’est pas configurée',
  configErrorBody:
    'Cette version n’a pas d’identifiant client Microsoft Entra. Définissez VITE_AAD_CLIENT_ID (et VITE_AAD_TENANT_ID) lors de la compilation, comme le décrit le guide de déploiement.',
  demoBanner:
    'Locataire de démonstration : Microsoft Graph est émulé dans ce navigateur. Aucune donnée ne quitte votre ordinateur.',
  demoSignedInAs: 'Connecté en tant que',
  demoReset: 'Réinitialiser les données de démonstration',
  demoResetDone: 'Données de démonstration réinitialisées.',
};
