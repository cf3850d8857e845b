/**
 * Email addresses identify people across events and the directory. Exchange treats SMTP
 * addresses case-insensitively, and Graph is not consistent about their case, so every
 * comparison goes through this one normalization.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
