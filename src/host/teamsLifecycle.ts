import { app } from '@microsoft/teams-js';

/** Why the app could not start, as the UI knows it; mapped to Teams' FailedReason. */
export type StartFailureReason = 'auth-failed' | 'timeout' | 'other';

const TEAMS_FAILED_REASON: Record<StartFailureReason, app.FailedReason> = {
  'auth-failed': app.FailedReason.AuthFailed,
  timeout: app.FailedReason.Timeout,
  other: app.FailedReason.Other,
};

let successNotified = false;

/** True once teams-js connected to a host; every call below is a no-op otherwise (browser, Outlook add-in). */
function isTeamsReady(): boolean {
  try {
    return app.isInitialized();
  } catch {
    return false;
  }
}

/** Hides Teams' loading indicator (the manifest sets showLoadingIndicator). */
export function notifyAppLoaded(): void {
  if (isTeamsReady()) app.notifyAppLoaded();
}

/**
 * Tells Teams the app is usable: call once the agenda or a clear error is on screen.
 * Teams shows its own timeout page when this has not come within 30 s. Later calls do nothing.
 */
export function notifySuccess(): void {
  if (successNotified || !isTeamsReady()) return;
  successNotified = true;
  app.notifySuccess().catch(() => {
    // Nothing to do: the app is already showing its content.
  });
}

/** Tells Teams the app could not start, e.g. 'auth-failed' when sign-in failed. */
export function notifyFailure(reason: StartFailureReason, message?: string): void {
  if (!isTeamsReady()) return;
  app.notifyFailure({ reason: TEAMS_FAILED_REASON[reason], message });
}
