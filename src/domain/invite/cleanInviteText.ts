// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL_EXCEPT_TAB_AND_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// A pair, or a surrogate on its own. No lookbehind: the Outlook launch runtime may predate ES2018.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
/** Characters some clients treat as line breaks; in the block only LF is one. */
const OTHER_LINE_BREAKS = /[\u2028\u2029]/g;

/**
 * Text as the block shows it. Same rules as the space's `cleanText`, applied again because the
 * renderer must be safe for any input: CR LF and CR become LF, control characters (NUL included)
 * go except tab and LF, lone surrogates become U+FFFD, and line/paragraph separators become LF.
 * Format characters (RTL marks and overrides, joiners) stay: escaping makes them harmless, and
 * scripts and emoji need them.
 */
export function cleanInviteText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(OTHER_LINE_BREAKS, '\n')
    .replace(CONTROL_EXCEPT_TAB_AND_LF, '')
    .replace(SURROGATES, (match) => (match.length === 2 ? match : '\uFFFD'))
    .trim();
}

/** Text for a place that holds one line (a title, a name): line breaks become spaces. */
export function cleanInviteLine(raw: string): string {
  return cleanInviteText(raw).replace(/\s*\n\s*/g, ' ');
}
