/** English strings. French (Canada) must provide every key: `Messages` makes the compiler check it. */
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
  moreOccurrences: (count: number) =>
    count === 1 ? '1 more in this period' : `${count} more in this period`,
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
    count === 1
      ? '1 calendar event could not be read and is not shown.'
      : `${count} calendar events could not be read and are not shown.`,
  tryAgain: 'Try again',
  signIn: 'Sign in',
  errorTitle: 'Your 1:1s could not be loaded',
  errorSignIn: 'You need to sign in to Microsoft 365 to see your 1:1s.',
  errorConsent: (scopes: string) =>
    `Your organization has not allowed this app to use: ${scopes}. Ask your administrator.`,
  errorUnauthorized: 'Your session has expired. Sign in again.',
  errorForbidden: 'Microsoft 365 refused access to this calendar.',
  errorNotFound: 'Microsoft 365 could not find what the app asked for.',
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
};

export type Messages = typeof en;
