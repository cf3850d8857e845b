/**
 * A Teams join URL in one canonical spelling, so the chat's `joinWebUrl` and the event's `onlineMeeting.joinUrl`
 * compare equal: they differ in percent-encoding (`19%3ameeting_…` vs `19:meeting_…`), letter case of the host
 * and escapes, and sometimes a trailing slash.
 */
export function normalizeJoinUrl(url: string): string {
  let decoded = url.trim();
  // Decode repeatedly: links are sometimes encoded twice (an encoded context inside an encoded path).
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  decoded = decoded.replace(/&amp;/g, '&');
  const match = /^(https?):\/\/([^/?#]+)(.*)$/i.exec(decoded);
  if (!match) return decoded;
  const [, scheme, host, rest] = match;
  return `${scheme?.toLowerCase()}://${host?.toLowerCase()}${(rest ?? '').replace(/\/+(?=$|\?)/, '')}`;
}
