import type { Locale } from '../domain/locale';

/** Any French (fr, fr-FR, fr-ca, FR_CA) gets Canadian French; everything else gets English. */
export function resolveLocale(hostLocale: string): Locale {
  return /^fr(?:$|[-_])/i.test(hostLocale.trim()) ? 'fr-CA' : 'en';
}
