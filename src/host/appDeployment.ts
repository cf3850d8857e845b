import type { AppDeployment } from '../domain/appDeployment';

/** The deployment as the build's variables describe it; the page's own origin when none is set. */
export function readAppDeployment(
  env: Readonly<Record<string, unknown>>,
  fallbackOrigin: string,
): AppDeployment {
  const origin =
    typeof env.VITE_APP_ORIGIN === 'string' && env.VITE_APP_ORIGIN.trim() !== ''
      ? env.VITE_APP_ORIGIN
      : fallbackOrigin;
  const teamsAppId =
    typeof env.VITE_TEAMS_APP_ID === 'string' && env.VITE_TEAMS_APP_ID.trim() !== ''
      ? env.VITE_TEAMS_APP_ID.trim()
      : null;
  return { appOrigin: origin.trim().replace(/\/+$/, ''), teamsAppId };
}
