/** Where this deployment of the app lives, for the links it writes into invites (read from build-time variables). */
export interface AppDeployment {
  /** Origin of the web app, e.g. https://agenda.contoso.ca */
  appOrigin: string;
  /** The Teams app id of the manifest; null when the build does not know it (no Teams deep link then). */
  teamsAppId: string | null;
}

/** The entityId of the personal "My 1:1s" tab in the manifest; deep links to a 1:1 go there. */
export const PERSONAL_TAB_ENTITY_ID = 'myOneOnOnes';

/** The manifest id the demo tenant's app catalog knows the app by (the demo build has no VITE_TEAMS_APP_ID). */
export const DEMO_TEAMS_APP_MANIFEST_ID = '3c8e1f5a-7b2d-4e9c-a6f0-1d2b3c4e5f60';
