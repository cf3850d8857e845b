/** The languages the app speaks: its UI and the agenda's own texts (section titles, default prompts). */
export const LOCALES = ['en', 'fr-CA'] as const;

export type Locale = (typeof LOCALES)[number];
