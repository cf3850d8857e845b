import { app } from '@microsoft/teams-js';
import type { HostInfo, HostTheme } from './HostInfo';
import { readBrowserTheme, readOutlookTheme, THEME_MEDIA_QUERIES, themeFromTeams } from './hostTheme';
import { readOfficeGlobal } from './outlook/officeGlobal';

type ThemeListener = (theme: HostTheme) => void;

// teams-js keeps a single theme handler; register it once and fan out, so every subscriber can unsubscribe.
const teamsListeners = new Set<ThemeListener>();
let teamsHandlerRegistered = false;

function listenToTeams(listener: ThemeListener): () => void {
  teamsListeners.add(listener);
  if (!teamsHandlerRegistered) {
    app.registerOnThemeChangeHandler((teamsTheme) => {
      const theme = themeFromTeams(teamsTheme);
      for (const each of teamsListeners) each(theme);
    });
    teamsHandlerRegistered = true;
  }
  return () => {
    teamsListeners.delete(listener);
  };
}

function listenToMediaQueries(readTheme: () => HostTheme, listener: ThemeListener): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const onChange = () => listener(readTheme());
  const queries = THEME_MEDIA_QUERIES.map((query) => window.matchMedia(query));
  for (const query of queries) query.addEventListener('change', onChange);
  return () => {
    for (const query of queries) query.removeEventListener('change', onChange);
  };
}

/** Calls back with the new theme whenever the host's theme changes. Returns the unsubscribe function. */
export function onThemeChange(host: HostInfo, listener: ThemeListener): () => void {
  switch (host.kind) {
    case 'teams':
      return listenToTeams(listener);
    case 'outlook':
      return listenToMediaQueries(() => readOutlookTheme(readOfficeGlobal()), listener);
    case 'browser':
      return listenToMediaQueries(readBrowserTheme, listener);
  }
}
