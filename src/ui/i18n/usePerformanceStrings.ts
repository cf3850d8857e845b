import type { Locale } from '../../domain/locale';
import { type PerformanceMessages, performanceEn } from './performanceMessages.en';
import { performanceFrCA } from './performanceMessages.fr-CA';
import { useStrings } from './useStrings';

const PERFORMANCE_MESSAGES: Record<Locale, PerformanceMessages> = {
  en: performanceEn,
  'fr-CA': performanceFrCA,
};

/** The performance conversation strings in the person's language. */
export function usePerformanceStrings(): PerformanceMessages {
  return PERFORMANCE_MESSAGES[useStrings().locale];
}
