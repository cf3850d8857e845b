import type { app } from '@microsoft/teams-js';

/**
 * How the app reaches its host: 'teams' through teams-js (Teams, or a Teams tab running in Outlook or the
 * Microsoft 365 app), 'outlook' through Office.js (the Outlook add-in), 'browser' when nothing hosts it.
 */
export type HostKind = 'teams' | 'outlook' | 'browser';

export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostInfo {
  kind: HostKind;
  /** The host's UI language as it reports it (e.g. "fr-ca", "en-US"); see resolveLocale. */
  locale: string;
  theme: HostTheme;
  /** The Microsoft 365 application, as teams-js or Office.js names it ("Teams", "Outlook", "Office"). */
  hostName?: string;
  /** Present when kind is 'teams': meeting, chat, user, page (entityId, subPageId). */
  teamsContext?: app.Context;
}
