import type { TextCheck } from '../../domain/space/textLimits';
import type { Messages } from '../i18n/messages.en';

/** The message for text the domain refused, so input is never dropped without a word. */
export function textProblem(check: TextCheck, strings: Messages): string | null {
  if (check.ok) return null;
  return check.reason === 'empty' ? strings.textEmpty : strings.textTooLong(check.length, check.maxLength);
}
