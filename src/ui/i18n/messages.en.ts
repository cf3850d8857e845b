/** English strings. French (Canada) must provide every key: `Messages` makes the compiler check it. */

const pluralRules = new Intl.PluralRules('en');
/** The singular or plural form for `count`, as Intl's plural rules for English choose. */
const plural = (count: number, one: string, other: string) =>
  pluralRules.select(count) === 'one' ? one : other;
const number = new Intl.NumberFormat('en');

export const en = {
  appTitle: 'My 1:1s',
  upcomingSubtitle: (days: number) => `Your 1:1s in the next ${days} days, from your Outlook calendar.`,
  rangeLabel: 'Period',
  rangeOption: (days: number) => `Next ${days} days`,
  loading: 'Loading your 1:1s…',
  refresh: 'Refresh',
  relationDirectReport: 'Reports to you',
  relationManager: 'Your manager',
  relationOther: 'Colleague',
  nextOccurrence: (when: string) => `Next: ${when}`,
  moreOccurrences: (count: number) => `${count} more in this period`,
  recurrenceOnce: 'One-time',
  recurrenceDaily: (interval: number) => (interval === 1 ? 'Daily' : `Every ${interval} days`),
  recurrenceWeekly: (interval: number) => (interval === 1 ? 'Weekly' : `Every ${interval} weeks`),
  recurrenceMonthly: (interval: number) => (interval === 1 ? 'Monthly' : `Every ${interval} months`),
  recurrenceYearly: 'Yearly',
  recurrenceUnknown: 'Recurring',
  teamsMeeting: 'Teams meeting',
  inPerson: 'No online meeting',
  declinedByMe: 'You declined',
  declinedByCounterpart: (name: string) => `${name} declined`,
  privateSubject: 'Private 1:1',
  organizedByYou: 'You organize',
  personCardLabel: (name: string, role: string) => `${name}, ${role}`,
  emptyTitle: (days: number) => `No 1:1s in the next ${days} days`,
  emptyBody:
    'A 1:1 is a meeting with just you and one other person. Schedule one in Outlook or Teams and it shows up here.',
  unreadableEvents: (count: number) =>
    plural(
      count,
      `${count} calendar event could not be read and is not shown.`,
      `${count} calendar events could not be read and are not shown.`,
    ),
  tryAgain: 'Try again',
  signIn: 'Sign in',
  grantAccess: 'Grant access',
  errorTitle: 'Your 1:1s could not be loaded',
  errorSignIn: 'You need to sign in to Microsoft 365 to see your 1:1s.',
  errorConsent: (scopes: string) =>
    `This app needs your permission to use: ${scopes}. Select Grant access and accept in the Microsoft window.`,
  errorAdminConsent: (scopes: string) =>
    `Your organization lets only an administrator allow this app to use: ${scopes}. Ask your administrator to grant it.`,
  errorUnauthorized: 'Your session has expired. Sign in again.',
  errorForbidden: 'Microsoft 365 refused access to this calendar.',
  errorNotFound: 'Microsoft 365 could not find what the app asked for.',
  errorSpacesSiteNotFound:
    'The SharePoint site where your organization keeps the 1:1 records could not be found. Ask your Microsoft 365 administrator to create it, or to correct the site address set for the app (VITE_SPACES_SITE_URL).',
  errorSpacesLibraryNotFound:
    'The SharePoint site for 1:1 records has no document library of the name set for the app. Ask your Microsoft 365 administrator to create the library, or to correct its name (VITE_SPACES_LIBRARY).',
  errorSpacesLibraryForbidden:
    'The SharePoint library where your organization keeps the 1:1 records is not shared with you. Ask your Microsoft 365 administrator to give you Edit access to it (for example, by adding you to the site’s members).',
  errorThrottled: 'Microsoft 365 is busy right now. Wait a moment and try again.',
  errorUnavailable: 'Microsoft 365 is not answering right now. Try again in a moment.',
  errorOffline: 'You seem to be offline. Check your connection and try again.',
  errorUnknown: 'Something went wrong while reading your calendar.',
  configErrorTitle: 'This app is not configured',
  configErrorBody:
    'This build has no Microsoft Entra client id. Set VITE_AAD_CLIENT_ID (and VITE_AAD_TENANT_ID) when building, as the deployment guide describes.',
  demoBanner: 'Demo tenant: Microsoft Graph is emulated in this browser. No data leaves your machine.',
  demoSignedInAs: 'Signed in as',
  demoReset: 'Reset demo data',
  demoResetDone: 'Demo data reset.',
  openAgenda: (name: string) => `Open agenda with ${name}`,
  agendaButton: 'Agenda',
  inviteOnInvite: 'Agenda on invite',
  inviteOutOfDate: 'Invite out of date',
  inviteNotAttached: 'Agenda not on invite',
  updateInvite: 'Update invite',
  updateInviteHelp:
    'Writes this agenda into the Outlook invite. Outlook e-mails the update to the other person.',
  inviteUpdated: 'The invite now carries this agenda.',
  inviteUnchanged: 'The invite already carries this agenda.',
  inviteAlreadyToday:
    'This invite was already updated today. To spare the other person e-mails, it is updated at most once a day.',
  inviteNotOrganizer: 'Only the organizer of the meeting can change its invite.',
  invitePast: 'This meeting has started; its invite is not changed any more.',
  inviteUpdateFailed: 'The invite could not be updated.',
  autoAttach: 'Put the agenda into invites of the next 7 days automatically',
  meetingLoading: 'Finding this meeting’s agenda…',
  meetingLoadError: 'The agenda of this meeting could not be loaded',
  notOneOnOneTitle: 'This meeting is not a 1:1',
  notOneOnOneBody: (subject: string) =>
    `“${subject}” has more than two people, so it has no 1:1 agenda. Your 1:1s are listed in My 1:1s.`,
  meetingNotFoundTitle: 'This meeting is not in your calendar',
  meetingNotFoundBody:
    'The app could not find this Teams meeting among your Outlook events of the next two months.',
  openMyOneOnOnes: 'Open My 1:1s',
  back: 'Back',
  configTitle: 'Add the 1:1 agenda to this meeting',
  configReady: (name: string) =>
    `The tab will show the shared agenda of your 1:1s with ${name}. Select Save.`,
  configPreparing: 'Preparing the shared agenda…',
  tabName: '1:1 agenda',
  taskPaneNotOneOnOneTitle: 'This appointment is not a 1:1',
  taskPaneNotOneOnOneBody: 'Add exactly one other person (rooms do not count) to give it a 1:1 agenda.',
  taskPaneNoAppointment: 'Open an appointment to see its 1:1 agenda.',
  insertAgenda: 'Insert or refresh agenda',
  agendaInserted: 'The agenda is in the invite. It is sent when you send the invite.',
  agendaAlreadyThere: 'The invite already carries this agenda.',
  agendaInsertFailed: 'The agenda could not be written into the invite.',
  conversationRecord: 'Conversation record',
  backToList: 'My 1:1s',
  agendaTitle: (name: string) => `1:1 with ${name}`,
  agendaLoading: 'Loading the agenda…',
  agendaLoadError: 'The agenda could not be loaded',
  occurrenceLabel: 'Meeting',
  previousOccurrence: 'Previous 1:1',
  nextOccurrence2: 'Next 1:1',
  noOccurrences:
    'No 1:1 with this person in your calendar yet. Topics you add go to the next one you schedule.',
  cancelledMovesTo: (when: string) => `This 1:1 was cancelled: its topics move to ${when}.`,
  statusSaving: 'Saving…',
  statusSaved: 'Saved',
  statusOffline: 'Offline, will retry',
  statusError: 'Not saved',
  saveErrorTitle: 'Your changes are not saved',
  saveErrorBody:
    'They are kept on this device and nothing was lost. Try again; if it keeps failing, reload the app.',
  unreadableTitle: 'The agenda document cannot be read',
  unreadableBody:
    'The file in OneDrive is damaged or was written by a newer version of the app. It has not been changed. Your edits are kept on this device.',
  newerVersionTitle: 'Made by a newer version of the app',
  newerVersionBody:
    'This agenda was saved by a newer version of the app, so this one leaves it unchanged. Update the app to edit it. Your edits are kept on this device.',
  readOnlyHeading: 'Read-only',
  readOnlyNotice:
    'Shown as far as this version of the app can read it: some parts may be missing. Nothing can be changed here until the app is updated.',
  actionItemDone: 'Done',
  actionItemDropped: 'Dropped',
  notSharedYetTitle: (name: string) => `${name} has not shared this agenda yet`,
  notSharedYetBody:
    'Topics you add now are kept in your own OneDrive and join the agenda as soon as it is shared with you.',
  shareFailedTitle: (name: string) => `${name} cannot open this agenda yet`,
  shareFailedBody: (name: string) =>
    `Sharing it with ${name} in OneDrive failed, so ${name} cannot see it or add topics. Your own changes are saved. Try again.`,
  spaceNotSharedTitle: 'This agenda is not shared with you',
  spacesLibraryProblemTitle: 'The 1:1 records library cannot be opened',
  spaceNotSharedBody: (leaderName: string | null) =>
    leaderName
      ? `Ask ${leaderName} to open your 1:1 agenda once, so it is shared with you. Then try again.`
      : 'Ask the person who leads your 1:1 to open its agenda once, so it is shared with you. Then try again.',
  linkedSpaceFailedTitle: 'The agenda of this link could not be opened',
  linkedSpaceFailedBody:
    'OneDrive did not answer. Your 1:1s are listed below; try again to open the agenda of the link.',
  yourPendingTopics: 'Your topics for the next 1:1',
  prompts: 'Prompts',
  noTopics: 'No topics yet.',
  addTopicLabel: (section: string) => `Add a topic to ${section}`,
  addTopicPlaceholder: 'A topic to talk about',
  add: 'Add',
  textEmpty: 'Type something first.',
  textTooLong: (length: number, max: number) =>
    `That is ${number.format(length)} characters; the limit is ${number.format(max)}.`,
  topicByEmployee: (name: string) => `From ${name}`,
  topicByYou: 'Your topic',
  carriedOver: 'Carried over',
  markDiscussed: (text: string) => `Discussed: ${text}`,
  deferred: 'Deferred to next time',
  defer: 'Defer to next 1:1',
  reopen: 'Reopen',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  moveUp: 'Move up',
  moveDown: 'Move down',
  topicActions: (text: string) => `Actions for ${text}`,
  editTopicLabel: 'Topic text',
  actionItems: 'Action items',
  noActionItems: 'No open action items.',
  actionItemOwner: 'Owner',
  actionItemDue: 'Due date',
  actionItemText: 'New action item',
  actionItemPlaceholder: 'Who does what',
  addActionItem: 'Add action item',
  ownerMe: 'Me',
  ownerLeader: 'Leader',
  ownerEmployee: 'Employee',
  ownedBy: (name: string) => `Owner: ${name}`,
  dueOn: (date: string) => `Due ${date}`,
  overdue: 'Overdue',
  markDone: (text: string) => `Done: ${text}`,
  dropActionItem: 'Drop',
  sharedNotes: 'Shared notes',
  sharedNotesHelp: 'Both of you can read these.',
  yourSharedNote: 'Your shared note',
  theirSharedNote: (name: string) => `${name}'s note`,
  privateNote: 'Private note',
  privateNoteHelp: 'Only you can read this. It is kept in your own OneDrive and never shared.',
  history: 'History',
  noHistory: 'No past 1:1s recorded yet.',
  historyDiscussed: 'Discussed',
  historyDeferred: 'Deferred',
  historyActionsCreated: 'Action items agreed',
  historyActionsClosed: 'Action items closed',
  carryOverTitle: 'Next 1:1 preview',
  carryOverBody: (when: string) => `What carries over to ${when}:`,
  carryOverNone: 'Nothing will carry over.',
  carryOverNoNext: 'No next 1:1 scheduled: open items wait for the next one.',
  templateTitle: 'Your agenda template',
  templateHelp: 'The prompts shown in each section of your 1:1s. One prompt per line.',
  templateReset: 'Reset to default',
  templateSaved: 'Template saved',
  editTemplate: 'Edit prompts',
  // My team (cadence health of each direct report), scheduling, and Microsoft To Do.
  navLabel: 'Personal tab views',
  navMyOneOnOnes: 'My 1:1s',
  navMyTeam: 'My team',
  teamTitle: 'My team',
  teamSubtitle:
    'How often you meet each direct report: the last 90 days, and what is booked for the next 30.',
  teamLoading: 'Loading your team…',
  teamLoadError: 'Your team could not be loaded',
  teamEmptyTitle: 'No direct reports',
  teamEmptyBody: 'The directory lists nobody who reports to you.',
  teamNeedAttention: (count: number) =>
    `${count} ${plural(count, 'person needs', 'people need')} your attention.`,
  teamAllOnTrack: 'Every 1:1 is on track.',
  chartsAsTables: 'Show charts as tables',
  lastOneOnOne: 'Last 1:1',
  nextOneOnOne: 'Next 1:1',
  noneInHistory: 'None in the last 90 days',
  noneScheduled: 'None scheduled',
  daysAgo: (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`),
  inDays: (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`),
  lastNinetyDays: 'Last 90 days',
  historyCounts: (held: number, cancelled: number, moved: number) =>
    `${held} held · ${cancelled} cancelled or declined · ${moved} moved`,
  actionItemCounts: (open: number, overdue: number) =>
    overdue > 0 ? `${open} open, ${overdue} overdue` : `${open} open`,
  followThrough: (percent: number | null) =>
    percent === null
      ? 'Follow-through: nothing due yet'
      : `Follow-through: ${percent}% closed by the due date`,
  noSharedAgenda: 'No shared agenda yet',
  cadenceHealth: 'Cadence health',
  onTrack: 'On track',
  flagNoRecent: 'No 1:1 in the last 30 days',
  flagNothingScheduled: 'No 1:1 in the next 30 days',
  flagCancellations: (count: number) => `${count} cancelled in 90 days`,
  flagOverdue: (count: number) => `${count} overdue ${plural(count, 'action item', 'action items')}`,
  chartTitle: (name: string) => `1:1s per week with ${name}, last 12 weeks`,
  chartSummary: (total: number, weeksWithout: number) =>
    `${total} held in 12 weeks; ${weeksWithout} ${plural(weeksWithout, 'week', 'weeks')} without one.`,
  weekOf: 'Week of',
  heldColumn: '1:1s held',
  repeats: 'Repeats',
  everyWeek: 'Every week',
  everyTwoWeeks: 'Every 2 weeks',
  scheduleOneOnOne: (name: string) => `Schedule a 1:1 with ${name}`,
  scheduleButton: 'Schedule a 1:1',
  scheduling: 'Finding a time you are both free…',
  scheduled: (when: string) => `Scheduled for ${when}. The invite, with the agenda, is on its way.`,
  noCommonSlot: 'You are not both free in working hours in the next two weeks. Schedule it in Outlook.',
  scheduleFailed: 'The 1:1 could not be scheduled.',
  todoSync: 'Add my action items to Microsoft To Do',
  todoSyncHelp:
    'Your own action items become tasks in a “1:1 action items” list. Completing a task closes the item.',
  todoSynced: (created: number, closed: number) =>
    created === 0 && closed === 0
      ? 'Microsoft To Do is up to date.'
      : `Microsoft To Do: ${created} added, ${closed} closed here.`,
  todoSyncFailed: 'Microsoft To Do could not be reached. Your action items sync next time.',
  todoLinkTitle: (name: string) => `1:1 with ${name}`,
  teamsSetup: 'Set up my 1:1s in Teams',
  teamsSetupHelp:
    'Adds the agenda as a tab to the Teams meeting of each 1:1 you organize, so you and the other person find it there. Asks for permission to add the app to your meetings.',
  teamsSetupRunning: 'Setting up your 1:1s in Teams…',
  teamsSetupReady: (count: number) =>
    `${count} ${plural(count, 'meeting has', 'meetings have')} the agenda in Teams.`,
  teamsSetupAppMissing:
    'The app is not in your organization’s Teams app catalog yet. Ask your Teams administrator to upload 1:1 Agenda.',
  teamsSetupBlocked: (name: string) =>
    `${name}: your organization’s app policy does not let you add apps to meetings. Ask your Teams administrator to allow 1:1 Agenda.`,
  teamsSetupChatNotCreated: (name: string) =>
    `${name}: the meeting chat does not exist until someone joins the meeting or writes in its chat. It is set up the next time you open My 1:1s after that.`,
  teamsSetupChatUnknown: (name: string) =>
    `${name}: Teams does not say which chat this meeting uses. Add 1:1 Agenda from the meeting once (Apps, then 1:1 Agenda).`,
  teamsSetupNoSpace: (name: string) =>
    `${name}: the shared agenda could not be opened. Open the agenda once, then try again.`,
  teamsSetupFailed: (name: string, reason: string) => `${name}: ${reason}`,
  teamsSetupRetry: 'Set up again',
  teamsReminders: 'Remind the other person in Teams in the 48 hours before each 1:1',
  teamsRemindersSent: (count: number) => `${count} ${plural(count, 'reminder', 'reminders')} sent in Teams.`,
  teamsReminderPreview: (leader: string) => `Your 1:1 with ${leader} is coming up. Add your topics.`,
  leaderReminders: 'Let my leader know in Teams when I add topics to a 1:1 in the next 48 hours',
  leaderRemindersSent: (count: number) =>
    `Your leader was told in Teams about your new topics (${count} ${plural(count, '1:1', '1:1s')}).`,
  topicCount: (count: number) => `${count} ${plural(count, 'topic', 'topics')}`,
  leaderReminderPreview: (employee: string, topics: string, when: string) =>
    `${employee} added ${topics} to your 1:1 on ${when}.`,
};

export type Messages = typeof en;
