/**
 * Types shared by the Node side of the Teams host emulator (teamsHost.ts) and the script that runs in the
 * emulated Teams page (hostPage/host.ts). Type-only: nothing here exists at run time in the browser.
 *
 * Wire format, as teams-js 2.x speaks it (node_modules/@microsoft/teams-js, src/internal/communication.ts):
 * - app → host request: `{ id: number, uuidAsString: string, func: string, args: unknown[], apiVersionTag, timestamp }`
 *   posted to `window.parent` (the first `initialize` with target origin `*`, the rest to the host's origin).
 * - host → app response: `{ id, uuidAsString, args }` (same id/uuid; teams-js resolves the pending call with `args`).
 * - host → app event: `{ func: 'themeChange' | 'settings.save' | ..., args }` (no id).
 * - nested app auth: app → host `{ id, uuidAsString, func: 'nestedAppAuth.execute', args: [], data: '<JSON>' }`,
 *   host → app `{ id, uuidAsString, args: [null, '<JSON>'] }` where the JSON has `messageType: 'NestedAppAuthResponse'`.
 */

/** The frame contexts the emulator renders (teams-js `FrameContexts`). */
export type TeamsFrameContext = 'sidePanel' | 'content' | 'settings' | 'meetingStage' | 'remove' | 'stage';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** teams-js `HostClientType`. */
export type TeamsHostClientType = 'web' | 'desktop' | 'android' | 'ios' | 'ipados';

/** The Teams context of the emulated session, in app.Context terms (the emulator sends the legacy shape). */
export interface TeamsHostContext {
  /** `app.locale` */
  locale: string;
  /** `app.theme` */
  theme: TeamsTheme;
  /** `app.host.name` ("Teams", "Outlook", "Office"...). */
  hostName: string;
  /** `app.host.clientType` */
  hostClientType: TeamsHostClientType;
  /** `app.sessionId` */
  appSessionId: string;
  /** `app.host.sessionId` */
  hostSessionId: string;
  /** `user.id` (Entra object id) */
  userId: string;
  /** `user.userPrincipalName` */
  userPrincipalName: string;
  /** `user.loginHint` */
  loginHint: string;
  /** `user.displayName` */
  userDisplayName: string;
  /** `user.tenant.id` */
  tenantId: string;
  /** `meeting.id` (absent outside meetings) */
  meetingId?: string;
  /** `chat.id` (the meeting chat for meeting surfaces) */
  chatId?: string;
  /** `page.id`: the tab's entityId. */
  entityId?: string;
  /** `page.subPageId`: a deep link's subEntityId. */
  subEntityId?: string;
  /** `channel.id` */
  channelId?: string;
  /** `team.internalId` */
  teamId?: string;
  /** Raw legacy-context fields merged in last, for anything not covered above. */
  extra?: Record<string, unknown>;
}

/** The configuration of a configurable tab, as `pages.getConfig()` / `pages.config.setConfig()` carry it. */
export interface TabSettings {
  entityId?: string;
  contentUrl?: string;
  websiteUrl?: string;
  suggestedDisplayName?: string;
  removeUrl?: string;
  [key: string]: unknown;
}

/** An error the host's nested app auth bridge answers with (MSAL `BridgeStatusCode` + AAD error code). */
export type NaaHostError =
  | 'interaction_required'
  | 'consent_required'
  | 'admin_consent_required'
  | 'login_required'
  | 'user_cancel'
  | 'no_network'
  | 'account_unavailable'
  | 'persistent_error'
  | 'disabled';

/** What the browser-side host script needs, serialized into the host page. */
export interface HostPageConfig {
  sessionId: string;
  appUrl: string;
  frameContext: TeamsFrameContext;
  hostClientType: TeamsHostClientType;
  /** The legacy (v1) context teams-js expects from hosts in `getContext`. */
  legacyContext: Record<string, unknown>;
  /** JSON of the runtime config (apiVersion 4). */
  runtimeConfig: string;
  /** The SDK version the host claims to support (3rd initialize argument). */
  clientSupportedSdkVersion: string;
  /** Width of the app iframe in CSS px; null: the whole page. */
  frameWidth: number | null;
  /** Padding around the frame (side panel chrome). */
  framePadding: number;
  naa: HostPageNaaConfig | null;
  initialSettings: TabSettings | null;
}

/** A token request the host page passes to Node (nested app auth's GetToken / GetTokenPopup). */
export interface TokenBindingRequest {
  method: string;
  scopes: string[];
  clientId: string | null;
  claims: string | null;
}

/** The function Node exposes to the host page to answer token requests. */
export type TokenBinding = (
  request: TokenBindingRequest,
) => Promise<{ accessToken?: string; error?: NaaHostError }>;

export interface HostPageNaaConfig {
  silentError: NaaHostError | null;
  popupError: NaaHostError | null;
  account: NaaAccount;
}

/** The account the NAA bridge reports (MSAL `AccountInfo` subset the adapter reads). */
export interface NaaAccount {
  homeAccountId: string;
  environment: string;
  tenantId: string;
  username: string;
  localAccountId: string;
  name: string;
  loginHint: string;
}

/** A message the app posted to the host, as recorded by the host page. */
export interface RecordedMessage {
  func: string;
  args: unknown[];
  id: number | null;
  origin: string;
  /** ms since the host page loaded */
  at: number;
  /** Whether the host answered it with a not-supported error. */
  unsupported: boolean;
  /** nestedAppAuth.execute carries its request here (parsed JSON). */
  data?: unknown;
}

/** A nested app auth request the app's MSAL sent through the bridge. */
export interface RecordedNaaRequest {
  method: string;
  requestId: string;
  /** Scopes of token requests (from `tokenParams.scope`, split on spaces). */
  scopes: string[];
  clientId: string | null;
  claims: string | null;
  correlationId: string | null;
  /** The answer: a token, or an error code. */
  outcome:
    | { token: string }
    | { error: string }
    | { initContext: true }
    | { account: true }
    | { unsupported: true };
  raw: unknown;
}

export type SaveOutcome = { result: 'success' } | { result: 'failure'; reason: string | null };

/** A save the host asked for (Save clicked), with what the app answered and the settings it had set. */
export interface RecordedSave {
  outcome: SaveOutcome | null;
  settings: TabSettings | null;
}

/** The failures the app reported through `app.notifyFailure` / `app.notifyExpectedFailure`. */
export interface RecordedFailure {
  kind: 'failure' | 'expectedFailure';
  reason: string;
  message: string | null;
}

/** The state the host page keeps, read by the Node side. */
export interface HostPageSnapshot {
  messages: RecordedMessage[];
  naaRequests: RecordedNaaRequest[];
  saves: RecordedSave[];
  currentSettings: TabSettings | null;
  validityState: boolean | null;
  registeredHandlers: string[];
  theme: string;
  deepLinks: string[];
}

/** The API the host page script exposes on `window.__teamsHost` for the Node side. */
export interface HostPageApi {
  snapshot(): HostPageSnapshot;
  setTheme(theme: TeamsTheme): void;
  updateContext(fields: Record<string, unknown>): void;
  /** Sends `settings.save`; resolves with the app's answer, or null if it did not answer in time. */
  triggerSave(timeoutMs: number): Promise<SaveOutcome | null>;
  /** Sends any event (host → app message without id). */
  sendEvent(func: string, args: unknown[]): void;
  /**
   * Navigates the app frame to its URL. Called once the host page's own routes are gone, so the app's requests
   * reach its server directly, as in Teams, instead of each passing through the test's request interception.
   */
  loadApp(): void;
}
