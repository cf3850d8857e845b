/**
 * The languages the agenda's own texts (section titles, default prompts) exist in. Same values as
 * the UI's locale, declared here because the domain cannot depend on the host layer.
 */
export const SPACE_LOCALES = ['en', 'fr-CA'] as const;

export type SpaceLocale = (typeof SPACE_LOCALES)[number];
