/** Longer than any Teams deep link or app URL we write; anything longer is not ours. */
const MAX_URL_LENGTH = 4096;

// biome-ignore lint/suspicious/noControlCharactersInRegex: a URL with controls or spaces is refused.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007F-\u009F\u2028\u2029]/;
const WEB_URL = /^https?:\/\/[^/?#\\@]+(?:[/?#]|$)/i;
const TEAMS_URL = /^msteams:\/?[^/]/i;

/**
 * The URL when it is safe as a link in an invite, else null. Only http(s) with a host and
 * `msteams:` pass: `javascript:`, `data:`, `vbscript:`, relative URLs, URLs with spaces, control
 * characters or user info (`https://evil@host`) do not. The caller still attribute-escapes it.
 * Regex only: the Outlook launch runtime may have no `URL` class.
 */
export function safeLinkUrl(raw: string): string | null {
  const url = raw.trim();
  if (url === '' || url.length > MAX_URL_LENGTH || CONTROL_OR_SPACE.test(url)) return null;
  return WEB_URL.test(url) || TEAMS_URL.test(url) ? url : null;
}
