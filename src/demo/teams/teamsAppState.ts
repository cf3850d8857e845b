/**
 * The demo tenant's Teams app state: the organization's app catalog, the apps installed in meeting chats and
 * their tabs, an app-permission policy that blocks installs, and meeting chats Teams has not created yet.
 * Kept in the seed's shape (`DemoSeed.teams`), so it persists and reloads with the rest of the state.
 */
import { DEMO_TEAMS_APP_MANIFEST_ID } from '../../domain/appDeployment';

/** A `teamsApp` of the catalog. For an org-uploaded app `id` is Teams' own, `externalId` the manifest id. */
export interface DemoCatalogApp {
  id: string;
  externalId: string | null;
  displayName: string;
  distributionMethod: 'store' | 'organization' | 'sideloaded';
}

export interface DemoChatInstallation {
  chatId: string;
  /** The installation's id (`teamsAppInstallation.id`). */
  id: string;
  /** The catalog id of the installed app. */
  teamsAppId: string;
}

export interface DemoChatTab {
  chatId: string;
  id: string;
  displayName: string;
  teamsAppId: string;
  configuration: {
    entityId: string | null;
    contentUrl: string;
    websiteUrl: string | null;
    removeUrl: string | null;
  };
}

/** An activity-feed notification Teams delivered (state only). */
export interface DemoActivityNotification {
  senderId: string;
  recipientId: string;
  activityType: string;
  topic: { source: string; value: string; webUrl: string | null };
  previewText: string | null;
  templateParameters: { name: string; value: string }[];
  at: string;
}

/** The activity types the app's manifest declares (`activities.activityTypes`); Graph refuses any other. */
export const DECLARED_ACTIVITY_TYPES: readonly string[] = ['oneOnOneSoon', 'employeeAddedTopics'];

export interface DemoTeamsState {
  /** Absent: the catalog holds the app itself (uploaded by the admin). `[]`: the admin never uploaded it. */
  appCatalog?: DemoCatalogApp[];
  chatInstallations?: DemoChatInstallation[];
  chatTabs?: DemoChatTab[];
  /** Users whose app-permission policy blocks installing apps (Graph answers 403). */
  installBlockedFor?: string[];
  /** Meeting chats Teams has not created yet (nobody joined or wrote in the chat): every chat route answers 404. */
  chatsNotCreated?: string[];
  /** Users who added the app for themselves (personal scope). */
  personalInstallations?: string[];
  activityNotifications?: DemoActivityNotification[];
}

/** The catalog id Teams gave the org-uploaded app in the demo tenant (differs from the manifest id, as in Teams). */
export const DEMO_CATALOG_APP_ID = '5b2e7c9a-1d3f-4a6b-8c0e-2f4a6b8c0d1e';

export const DEFAULT_APP_CATALOG: readonly DemoCatalogApp[] = [
  {
    id: DEMO_CATALOG_APP_ID,
    externalId: DEMO_TEAMS_APP_MANIFEST_ID,
    displayName: '1:1 Agenda',
    distributionMethod: 'organization',
  },
  // A store app, to show that a filter on externalId does not match it.
  {
    id: 'com.microsoft.teamspace.tab.web',
    externalId: null,
    displayName: 'Website',
    distributionMethod: 'store',
  },
];

export function appCatalogOf(teams: DemoTeamsState | undefined): readonly DemoCatalogApp[] {
  return teams?.appCatalog ?? DEFAULT_APP_CATALOG;
}
