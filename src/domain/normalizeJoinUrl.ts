/**
 * Text with its percent-escapes undone, repeatedly: join links are sometimes encoded twice (an encoded context
 * inside an encoded path). A malformed escape stops the decoding where it is.
 */
export function fullyDecoded(text: string): string {
  let decoded = text;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  return decoded;
}

/**
 * A Teams join URL in one canonical spelling, so two spellings of the same link compare equal: they differ in
 * percent-encoding (`19%3ameeting_…` vs `19:meeting_…`), letter case of the host and escapes, and sometimes a
 * trailing slash. It makes the same link equal, never two forms of one meeting: a short `/meet/<id>?p=…` link
 * and the classic `/l/meetup-join/…` link stay different (see meetingMatch.ts).
 */
export function normalizeJoinUrl(url: string): string {
  const decoded = fullyDecoded(url.trim()).replace(/&amp;/g, '&');
  const match = /^(https?):\/\/([^/?#]+)(.*)$/i.exec(decoded);
  if (!match) return decoded;
  const [, scheme, host, rest] = match;
  return `${scheme?.toLowerCase()}://${host?.toLowerCase()}${(rest ?? '').replace(/\/+(?=$|\?)/, '')}`;
}
