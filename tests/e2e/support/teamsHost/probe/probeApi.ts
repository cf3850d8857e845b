import type { app, pages } from '@microsoft/teams-js';

/** What the probe page exposes on `window.probe` (shared by the probe bundle and the test). */
export interface ProbeApi {
  acquireTokenSilent(scopes: string[]): Promise<ProbeTokenResult>;
  acquireTokenPopup(scopes: string[]): Promise<ProbeTokenResult>;
  /** Calls an API the emulator does not implement; resolves with how it ended. */
  callUnsupported(): Promise<{ settled: 'resolved' | 'rejected'; message: string }>;
  getConfig(): Promise<pages.InstanceConfig>;
  getContext(): Promise<app.Context>;
}

export type ProbeTokenResult =
  | { ok: true; accessToken: string; username: string; scopes: string[] }
  | { ok: false; interactionRequired: boolean; errorCode: string; message: string };

/** The Entra client id the probe's MSAL uses. */
export const PROBE_CLIENT_ID = '11111111-2222-3333-4444-555555555555';
