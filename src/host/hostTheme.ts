import type { HostTheme } from './HostInfo';
import type { OfficeGlobal } from './outlook/officeMailbox';

const FORCED_COLORS = '(forced-colors: active)';
const PREFERS_DARK = '(prefers-color-scheme: dark)';

/** The media queries whose changes can change the theme outside Teams. */
export const THEME_MEDIA_QUERIES = [FORCED_COLORS, PREFERS_DARK] as const;

function matches(query: string): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(query).matches
  );
}

/** Teams names its themes "default", "dark", "contrast" (and newer ones such as "glass", shown as default). */
export function themeFromTeams(teamsTheme: string | undefined): HostTheme {
  return teamsTheme === 'dark' || teamsTheme === 'contrast' ? teamsTheme : 'default';
}

/** Windows high contrast (forced colours) wins over the dark/light preference. */
export function readBrowserTheme(): HostTheme {
  if (matches(FORCED_COLORS)) return 'contrast';
  return matches(PREFERS_DARK) ? 'dark' : 'default';
}

/** Relative luminance below one half counts as a dark background. */
function isDarkColour(hex: string): boolean | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [red, green, blue] = match.slice(1).map((part) => Number.parseInt(part, 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5;
}

/** Office reports its theme as colours, not a name: judge it by the task pane background. */
export function readOutlookTheme(office: OfficeGlobal | undefined): HostTheme {
  if (matches(FORCED_COLORS)) return 'contrast';
  const background = office?.context?.officeTheme?.bodyBackgroundColor;
  const dark = background ? isDarkColour(background) : null;
  if (dark === null) return readBrowserTheme();
  return dark ? 'dark' : 'default';
}
