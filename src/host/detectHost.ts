import { app } from '@microsoft/teams-js';
import type { HostInfo } from './HostInfo';
import { readBrowserTheme, readOutlookTheme, themeFromTeams } from './hostTheme';
import { readOfficeGlobal } from './outlook/officeGlobal';
import { raceTimeout, TIMED_OUT } from './raceTimeout';

export interface DetectHostOptions {
  /** How long to wait for Teams to answer before deciding it is not there (default 3000 ms). */
  teamsTimeoutMs?: number;
  /** How long to wait for Office.onReady (default 3000 ms). */
  officeTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 3000;

function browserLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en';
}

/**
 * Teams hosts the app in a frame (desktop, web) or in a top-level webview with `nativeInterface` (mobile).
 * Anything else cannot be Teams, and `?host=teams` in the manifest's URL lets a host vouch for itself.
 */
function mightBeTeams(): boolean {
  if (window.parent !== window || 'nativeInterface' in window) return true;
  return new URLSearchParams(window.location.search).get('host') === 'teams';
}

async function detectOutlook(timeoutMs: number): Promise<HostInfo | null> {
  const office = readOfficeGlobal();
  if (!office?.onReady) return null;
  try {
    const ready = await raceTimeout(office.onReady(), timeoutMs);
    if (ready === TIMED_OUT || ready.host !== 'Outlook') return null;
    return {
      kind: 'outlook',
      locale: office.context?.displayLanguage || browserLocale(),
      theme: readOutlookTheme(office),
      hostName: 'Outlook',
    };
  } catch {
    return null;
  }
}

async function detectTeams(timeoutMs: number): Promise<HostInfo | null> {
  if (!mightBeTeams()) return null;
  try {
    // A framed page without Teams waits 60 s in initialize(); a top-level one rejects at once.
    const context = await raceTimeout(
      app.initialize().then(() => app.getContext()),
      timeoutMs,
    );
    if (context === TIMED_OUT) return null;
    return {
      kind: 'teams',
      locale: context.app.locale || browserLocale(),
      theme: themeFromTeams(context.app.theme),
      hostName: context.app.host?.name,
      teamsContext: context,
    };
  } catch {
    return null;
  }
}

/**
 * Finds out what runs the app: the Outlook add-in (Office.js), a Microsoft 365 host through teams-js,
 * or a plain browser. It initializes teams-js or Office.js on the way, which nested app auth needs first.
 * Never rejects and never waits longer than the timeouts.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<HostInfo> {
  if (typeof window === 'undefined') return { kind: 'browser', locale: 'en', theme: 'default' };
  const outlook = await detectOutlook(options.officeTimeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (outlook) return outlook;
  const teams = await detectTeams(options.teamsTimeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (teams) return teams;
  return { kind: 'browser', locale: browserLocale(), theme: readBrowserTheme() };
}
