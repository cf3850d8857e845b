/** The languages the UI is translated into. */
export type AppLocale = 'en' | 'fr-CA';

/** Any French (fr, fr-FR, fr-ca, FR_CA) gets Canadian French; everything else gets English. */
export function resolveLocale(hostLocale: string): AppLocale {
  return /^fr(?:$|[-_])/i.test(hostLocale.trim()) ? 'fr-CA' : 'en';
}
