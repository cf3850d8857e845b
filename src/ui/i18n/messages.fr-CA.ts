import type { Messages } from './messages.en';

const pluralRules = new Intl.PluralRules('fr-CA');
/** The singular or plural form for `count`, as Intl's plural rules for French choose (0 and 1 are singular). */
const plural = (count: number, one: string, many: string) =>
  pluralRules.select(count) === 'one' ? one : many;
const number = new Intl.NumberFormat('fr-CA');

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
  grantAccess: 'Autoriser l’accès',
  errorTitle: 'Impossible de charger vos rencontres 1:1',
  errorSignIn: 'Connectez-vous à Microsoft 365 pour voir vos rencontres 1:1.',
  errorConsent: (scopes: string) =>
    `Cette application a besoin de votre autorisation pour utiliser : ${scopes}. Sélectionnez Autoriser l’accès et acceptez dans la fenêtre Microsoft.`,
  errorAdminConsent: (scopes: string) =>
    `Dans votre organisation, seul un administrateur peut autoriser cette application à utiliser : ${scopes}. Demandez à votre administrateur de l’accorder.`,
  errorUnauthorized: 'Votre session a expiré. Connectez-vous de nouveau.',
  errorForbidden: 'Microsoft 365 a refusé l’accès à ce calendrier.',
  errorNotFound: 'Microsoft 365 n’a pas trouvé ce que l’application demandait.',
  errorSpacesSiteNotFound:
    'Le site SharePoint où votre organisation conserve les dossiers des rencontres 1:1 est introuvable. Demandez à votre administrateur Microsoft 365 de le créer, ou de corriger l’adresse du site configurée pour l’application (VITE_SPACES_SITE_URL).',
  errorSpacesLibraryNotFound:
    'Le site SharePoint des dossiers 1:1 n’a pas de bibliothèque de documents du nom configuré pour l’application. Demandez à votre administrateur Microsoft 365 de créer la bibliothèque, ou de corriger son nom (VITE_SPACES_LIBRARY).',
  errorSpacesLibraryForbidden:
    'La bibliothèque SharePoint où votre organisation conserve les dossiers des rencontres 1:1 n’est pas partagée avec vous. Demandez à votre administrateur Microsoft 365 de vous y donner l’accès en modification (par exemple, en vous ajoutant aux membres du site).',
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
  openAgenda: (name: string) => `Ouvrir l’ordre du jour avec ${name}`,
  agendaButton: 'Ordre du jour',
  inviteOnInvite: 'Ordre du jour dans l’invitation',
  inviteOutOfDate: 'Invitation à mettre à jour',
  inviteNotAttached: 'Ordre du jour absent de l’invitation',
  updateInvite: 'Mettre à jour l’invitation',
  updateInviteHelp:
    'Inscrit cet ordre du jour dans l’invitation Outlook. Outlook envoie la mise à jour par courriel à l’autre personne.',
  inviteUpdated: 'L’invitation contient maintenant cet ordre du jour.',
  inviteUnchanged: 'L’invitation contient déjà cet ordre du jour.',
  inviteAlreadyToday:
    'Cette invitation a déjà été mise à jour aujourd’hui. Pour éviter les courriels en trop, elle l’est au plus une fois par jour.',
  inviteNotOrganizer: 'Seule la personne qui organise la réunion peut modifier son invitation.',
  invitePast: 'Cette réunion a commencé; son invitation n’est plus modifiée.',
  inviteUpdateFailed: 'Impossible de mettre à jour l’invitation.',
  autoAttach: 'Ajouter automatiquement l’ordre du jour aux invitations des 7 prochains jours',
  meetingLoading: 'Recherche de l’ordre du jour de cette réunion…',
  meetingLoadError: 'Impossible de charger l’ordre du jour de cette réunion',
  notOneOnOneTitle: 'Cette réunion n’est pas une rencontre 1:1',
  notOneOnOneBody: (subject: string) =>
    `« ${subject} » réunit plus de deux personnes : elle n’a pas d’ordre du jour 1:1. Vos rencontres 1:1 sont dans Mes rencontres 1:1.`,
  meetingNotFoundTitle: 'Cette réunion n’est pas dans votre calendrier',
  meetingNotFoundBody:
    'L’application n’a pas trouvé cette réunion Teams parmi vos événements Outlook des deux prochains mois.',
  openMyOneOnOnes: 'Ouvrir Mes rencontres 1:1',
  back: 'Retour',
  configTitle: 'Ajouter l’ordre du jour 1:1 à cette réunion',
  configReady: (name: string) =>
    `L’onglet affichera l’ordre du jour partagé de vos rencontres 1:1 avec ${name}. Sélectionnez Enregistrer.`,
  configPreparing: 'Préparation de l’ordre du jour partagé…',
  tabName: 'Ordre du jour 1:1',
  taskPaneNotOneOnOneTitle: 'Ce rendez-vous n’est pas une rencontre 1:1',
  taskPaneNotOneOnOneBody:
    'Ajoutez exactement une autre personne (les salles ne comptent pas) pour lui donner un ordre du jour 1:1.',
  taskPaneNoAppointment: 'Ouvrez un rendez-vous pour voir son ordre du jour 1:1.',
  insertAgenda: 'Insérer ou actualiser l’ordre du jour',
  agendaInserted: 'L’ordre du jour est dans l’invitation. Il sera envoyé avec l’invitation.',
  agendaAlreadyThere: 'L’invitation contient déjà cet ordre du jour.',
  agendaInsertFailed: 'Impossible d’inscrire l’ordre du jour dans l’invitation.',
  conversationRecord: 'Dossier des conversations',
  backToList: 'Mes rencontres 1:1',
  agendaTitle: (name: string) => `Rencontre 1:1 avec ${name}`,
  agendaLoading: 'Chargement de l’ordre du jour…',
  agendaLoadError: 'Impossible de charger l’ordre du jour',
  occurrenceLabel: 'Rencontre',
  previousOccurrence: 'Rencontre précédente',
  nextOccurrence2: 'Rencontre suivante',
  noOccurrences:
    'Aucune rencontre 1:1 avec cette personne dans votre calendrier. Les sujets ajoutés iront à la prochaine que vous planifierez.',
  cancelledMovesTo: (when: string) => `Cette rencontre a été annulée : ses sujets passent au ${when}.`,
  statusSaving: 'Enregistrement…',
  statusSaved: 'Enregistré',
  statusOffline: 'Hors ligne, nouvel essai sous peu',
  statusError: 'Non enregistré',
  saveErrorTitle: 'Vos modifications ne sont pas enregistrées',
  saveErrorBody:
    'Elles sont conservées sur cet appareil et rien n’est perdu. Réessayez; si le problème persiste, rechargez l’application.',
  unreadableTitle: 'Le document de l’ordre du jour est illisible',
  unreadableBody:
    'Le fichier dans OneDrive est endommagé ou a été écrit par une version plus récente de l’application. Il n’a pas été modifié. Vos modifications sont conservées sur cet appareil.',
  newerVersionTitle: 'Créé par une version plus récente de l’application',
  newerVersionBody:
    'Cet ordre du jour a été enregistré par une version plus récente de l’application; celle-ci n’y touche donc pas. Mettez l’application à jour pour le modifier. Vos modifications sont conservées sur cet appareil.',
  readOnlyHeading: 'Lecture seule',
  readOnlyNotice:
    'Affiché dans la mesure où cette version de l’application peut le lire : certaines parties peuvent manquer. Rien ne peut être modifié ici avant la mise à jour de l’application.',
  actionItemDone: 'Terminé',
  actionItemDropped: 'Abandonné',
  notSharedYetTitle: (name: string) => `${name} n’a pas encore partagé cet ordre du jour`,
  notSharedYetBody:
    'Les sujets que vous ajoutez maintenant sont conservés dans votre OneDrive et s’ajouteront à l’ordre du jour dès qu’il sera partagé avec vous.',
  shareFailedTitle: (name: string) => `${name} ne peut pas encore ouvrir cet ordre du jour`,
  shareFailedBody: (name: string) =>
    `Son partage avec ${name} dans OneDrive a échoué : ${name} ne peut ni le voir ni y ajouter de sujets. Vos propres modifications sont enregistrées. Réessayez.`,
  spaceNotSharedTitle: 'Cet ordre du jour n’est pas partagé avec vous',
  spacesLibraryProblemTitle: 'La bibliothèque des dossiers de 1:1 ne peut pas être ouverte',
  spaceNotSharedBody: (leaderName: string | null) =>
    leaderName
      ? `Demandez à ${leaderName} d’ouvrir une fois l’ordre du jour de votre rencontre 1:1 pour qu’il soit partagé avec vous. Puis réessayez.`
      : 'Demandez à la personne qui mène votre rencontre 1:1 d’en ouvrir une fois l’ordre du jour pour qu’il soit partagé avec vous. Puis réessayez.',
  linkedSpaceFailedTitle: 'L’ordre du jour de ce lien n’a pas pu être ouvert',
  linkedSpaceFailedBody:
    'OneDrive n’a pas répondu. Vos rencontres 1:1 sont listées ci-dessous; réessayez pour ouvrir l’ordre du jour du lien.',
  yourPendingTopics: 'Vos sujets pour la prochaine rencontre',
  prompts: 'Pistes',
  noTopics: 'Aucun sujet pour l’instant.',
  addTopicLabel: (section: string) => `Ajouter un sujet à ${section}`,
  addTopicPlaceholder: 'Un sujet à aborder',
  add: 'Ajouter',
  textEmpty: 'Écrivez d’abord quelque chose.',
  textTooLong: (length: number, max: number) =>
    `Ce texte compte ${number.format(length)} caractères; la limite est de ${number.format(max)}.`,
  topicByEmployee: (name: string) => `De ${name}`,
  topicByYou: 'Votre sujet',
  carriedOver: 'Reporté',
  markDiscussed: (text: string) => `Abordé : ${text}`,
  deferred: 'Remis à la prochaine fois',
  defer: 'Remettre à la prochaine rencontre',
  reopen: 'Rouvrir',
  edit: 'Modifier',
  save: 'Enregistrer',
  cancel: 'Annuler',
  delete: 'Supprimer',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  topicActions: (text: string) => `Actions pour ${text}`,
  editTopicLabel: 'Texte du sujet',
  actionItems: 'Mesures de suivi',
  noActionItems: 'Aucune mesure de suivi en cours.',
  actionItemOwner: 'Responsable',
  actionItemDue: 'Échéance',
  actionItemText: 'Nouvelle mesure de suivi',
  actionItemPlaceholder: 'Qui fait quoi',
  addActionItem: 'Ajouter la mesure',
  ownerMe: 'Moi',
  ownerLeader: 'Gestionnaire',
  ownerEmployee: 'Employé·e',
  ownedBy: (name: string) => `Responsable : ${name}`,
  dueOn: (date: string) => `Échéance : ${date}`,
  overdue: 'En retard',
  markDone: (text: string) => `Terminé : ${text}`,
  dropActionItem: 'Abandonner',
  sharedNotes: 'Notes partagées',
  sharedNotesHelp: 'Vous pouvez tous deux les lire.',
  yourSharedNote: 'Votre note partagée',
  theirSharedNote: (name: string) => `Note de ${name}`,
  privateNote: 'Note privée',
  privateNoteHelp:
    'Vous seul pouvez la lire. Elle est conservée dans votre OneDrive et n’est jamais partagée.',
  history: 'Historique',
  noHistory: 'Aucune rencontre passée enregistrée.',
  historyDiscussed: 'Abordés',
  historyDeferred: 'Remis',
  historyActionsCreated: 'Mesures convenues',
  historyActionsClosed: 'Mesures terminées',
  carryOverTitle: 'Aperçu de la prochaine rencontre',
  carryOverBody: (when: string) => `Ce qui sera reporté au ${when} :`,
  carryOverNone: 'Rien ne sera reporté.',
  carryOverNoNext: 'Aucune prochaine rencontre planifiée : les éléments ouverts attendront la suivante.',
  templateTitle: 'Votre modèle d’ordre du jour',
  templateHelp: 'Les pistes affichées dans chaque section de vos rencontres 1:1. Une piste par ligne.',
  templateReset: 'Revenir aux pistes par défaut',
  templateSaved: 'Modèle enregistré',
  editTemplate: 'Modifier les pistes',
  // Mon équipe (régularité des rencontres avec chaque employé), planification et Microsoft To Do.
  navLabel: 'Vues de l’onglet personnel',
  navMyOneOnOnes: 'Mes rencontres 1:1',
  navMyTeam: 'Mon équipe',
  teamTitle: 'Mon équipe',
  teamSubtitle:
    'La fréquence de vos rencontres avec chaque employé : les 90 derniers jours, et ce qui est prévu dans les 30 prochains.',
  teamLoading: 'Chargement de votre équipe…',
  teamLoadError: 'Votre équipe n’a pas pu être chargée',
  teamEmptyTitle: 'Aucun employé',
  teamEmptyBody: 'L’annuaire ne compte personne qui relève de vous.',
  teamNeedAttention: (count: number) =>
    `${count} ${plural(count, 'personne demande', 'personnes demandent')} votre attention.`,
  teamAllOnTrack: 'Toutes les rencontres 1:1 sont régulières.',
  chartsAsTables: 'Afficher les graphiques en tableaux',
  lastOneOnOne: 'Dernière rencontre',
  nextOneOnOne: 'Prochaine rencontre',
  noneInHistory: 'Aucune dans les 90 derniers jours',
  noneScheduled: 'Aucune prévue',
  daysAgo: (days: number) => (days === 0 ? 'aujourd’hui' : days === 1 ? 'hier' : `il y a ${days} jours`),
  inDays: (days: number) => (days === 0 ? 'aujourd’hui' : days === 1 ? 'demain' : `dans ${days} jours`),
  lastNinetyDays: '90 derniers jours',
  historyCounts: (held: number, cancelled: number, moved: number) =>
    `${held} ${plural(held, 'tenue', 'tenues')} · ${cancelled} ${plural(cancelled, 'annulée ou refusée', 'annulées ou refusées')} · ${moved} ${plural(moved, 'déplacée', 'déplacées')}`,
  actionItemCounts: (open: number, overdue: number) =>
    overdue > 0
      ? `${open} ${plural(open, 'ouverte', 'ouvertes')}, ${overdue} en retard`
      : `${open} ${plural(open, 'ouverte', 'ouvertes')}`,
  followThrough: (percent: number | null) =>
    percent === null ? 'Suivi : rien n’est encore échu' : `Suivi : ${percent} % terminées à l’échéance`,
  noSharedAgenda: 'Pas encore d’ordre du jour partagé',
  cadenceHealth: 'Régularité des rencontres',
  onTrack: 'Régulier',
  flagNoRecent: 'Aucune rencontre depuis 30 jours',
  flagNothingScheduled: 'Aucune rencontre dans les 30 prochains jours',
  flagCancellations: (count: number) => `${count} ${plural(count, 'annulée', 'annulées')} en 90 jours`,
  flagOverdue: (count: number) => `${count} ${plural(count, 'mesure en retard', 'mesures en retard')}`,
  chartTitle: (name: string) => `Rencontres 1:1 par semaine avec ${name}, 12 dernières semaines`,
  chartSummary: (total: number, weeksWithout: number) =>
    `${total} ${plural(total, 'tenue', 'tenues')} en 12 semaines; ${weeksWithout} ${plural(weeksWithout, 'semaine', 'semaines')} sans rencontre.`,
  weekOf: 'Semaine du',
  heldColumn: 'Rencontres tenues',
  repeats: 'Répétition',
  everyWeek: 'Chaque semaine',
  everyTwoWeeks: 'Toutes les 2 semaines',
  scheduleOneOnOne: (name: string) => `Planifier une rencontre 1:1 avec ${name}`,
  scheduleButton: 'Planifier une rencontre',
  scheduling: 'Recherche d’un moment où vous êtes tous deux libres…',
  scheduled: (when: string) => `Planifiée le ${when}. L’invitation, avec l’ordre du jour, est envoyée.`,
  noCommonSlot:
    'Vous n’êtes pas libres en même temps pendant les heures de travail des deux prochaines semaines. Planifiez-la dans Outlook.',
  scheduleFailed: 'La rencontre n’a pas pu être planifiée.',
  todoSync: 'Ajouter mes mesures de suivi à Microsoft To Do',
  todoSyncHelp:
    'Vos propres mesures deviennent des tâches dans une liste « 1:1 action items ». Terminer une tâche ferme la mesure.',
  todoSynced: (created: number, closed: number) =>
    created === 0 && closed === 0
      ? 'Microsoft To Do est à jour.'
      : `Microsoft To Do : ${created} ${plural(created, 'ajoutée', 'ajoutées')}, ${closed} ${plural(closed, 'fermée', 'fermées')} ici.`,
  todoSyncFailed: 'Microsoft To Do est injoignable. Vos mesures seront synchronisées la prochaine fois.',
  todoLinkTitle: (name: string) => `Rencontre 1:1 avec ${name}`,
  teamsSetup: 'Configurer mes rencontres 1:1 dans Teams',
  teamsSetupHelp:
    'Ajoute l’ordre du jour comme onglet à la réunion Teams de chaque rencontre 1:1 que vous organisez, pour que vous et l’autre personne l’y trouviez. Demande la permission d’ajouter l’application à vos réunions.',
  teamsSetupRunning: 'Configuration de vos rencontres 1:1 dans Teams…',
  teamsSetupReady: (count: number) =>
    `${count} ${plural(count, 'réunion a', 'réunions ont')} l’ordre du jour dans Teams.`,
  teamsSetupAppMissing:
    'L’application n’est pas encore dans le catalogue d’applications Teams de votre organisation. Demandez à votre administrateur Teams de téléverser 1:1 Agenda.',
  teamsSetupBlocked: (name: string) =>
    `${name} : la stratégie d’applications de votre organisation ne vous permet pas d’ajouter des applications aux réunions. Demandez à votre administrateur Teams d’autoriser 1:1 Agenda.`,
  teamsSetupChatNotCreated: (name: string) =>
    `${name} : la conversation de la réunion n’existe pas tant que personne n’a rejoint la réunion ou écrit dans sa conversation. Elle sera configurée la prochaine fois que vous ouvrirez Mes rencontres 1:1 après cela.`,
  teamsSetupChatUnknown: (name: string) =>
    `${name} : Teams n’indique pas quelle conversation cette réunion utilise. Ajoutez 1:1 Agenda depuis la réunion une fois (Applications, puis 1:1 Agenda).`,
  teamsSetupNoSpace: (name: string) =>
    `${name} : l’ordre du jour partagé n’a pas pu être ouvert. Ouvrez l’ordre du jour une fois, puis réessayez.`,
  teamsSetupFailed: (name: string, reason: string) => `${name} : ${reason}`,
  teamsSetupRetry: 'Configurer de nouveau',
  teamsReminders: 'Rappeler la rencontre à l’autre personne dans Teams dans les 48 heures qui la précèdent',
  teamsRemindersSent: (count: number) =>
    `${count} ${plural(count, 'rappel envoyé', 'rappels envoyés')} dans Teams.`,
  teamsReminderPreview: (leader: string) =>
    `Votre rencontre 1:1 avec ${leader} approche. Ajoutez vos sujets.`,
  leaderReminders:
    'Prévenir ma ou mon gestionnaire dans Teams quand j’ajoute des sujets à une rencontre 1:1 des 48 prochaines heures',
  leaderRemindersSent: (count: number) =>
    `Votre gestionnaire a été prévenu dans Teams de vos nouveaux sujets (${count} ${plural(count, 'rencontre', 'rencontres')} 1:1).`,
  topicCount: (count: number) => `${count} ${plural(count, 'sujet', 'sujets')}`,
  leaderReminderPreview: (employee: string, topics: string, when: string) =>
    `${employee} a ajouté ${topics} à votre rencontre 1:1 du ${when}.`,
};
