import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Context as LegacyTeamsContext } from '@microsoft/teams-js';
import type { BrowserContext, Frame, FrameLocator, Page, Route } from 'playwright-core';
import { transformWithOxc } from 'vite';
import { encodeDemoToken } from '../../../../src/auth/demoToken';
import type {
  HostPageApi,
  HostPageConfig,
  HostPageSnapshot,
  NaaAccount,
  NaaHostError,
  RecordedFailure,
  RecordedMessage,
  RecordedNaaRequest,
  RecordedSave,
  SaveOutcome,
  TabSettings,
  TeamsFrameContext,
  TeamsHostContext,
  TeamsTheme,
  TokenBinding,
  TokenBindingRequest,
} from './protocol';

/**
 * The origin the emulated Teams page is served from. teams-js only accepts messages from its list of Teams
 * origins (https only; `teams.microsoft.com` is in the built-in fallback list), and the app cannot be changed to
 * add its own, so the host page is routed onto the real Teams origin inside the browser.
 */
export const TEAMS_HOST_ORIGIN = 'https://teams.microsoft.com';
const HOST_PATH = '/_teamsHostEmulator';
/** The name of the function through which the host page asks Node for tokens (hostPage/host.ts names it too). */
const TOKEN_BINDING = '__teamsHostToken';

/** The side panel of a Teams meeting: 320 px, of which 280 px are the app's. */
export const SIDE_PANEL_WIDTH = 280;
const SIDE_PANEL_PADDING = 20;

/** Who is signed in to the emulated Teams by default: the demo tenant's leader (src/demo/seed/defaultSeed.json). */
export const DEFAULT_TEAMS_HOST_CONTEXT: TeamsHostContext = {
  locale: 'en-us',
  theme: 'default',
  hostName: 'Teams',
  hostClientType: 'web',
  appSessionId: '6a2d7c0e-3b5f-4e1a-9d8c-0f1e2d3c4b5a',
  hostSessionId: '0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e',
  userId: '4b2e8f3a-9c1d-4e6b-8a7f-1d3c5e9b2a60',
  userPrincipalName: 'claire.tremblay@contoso.ca',
  loginHint: 'claire.tremblay@contoso.ca',
  userDisplayName: 'Claire Tremblay',
  tenantId: '8f6e4d2c-1a3b-4c5d-9e7f-0a1b2c3d4e5f',
};

/** The host context of a meeting, by its chat (the emulated host names the meeting after its chat). */
export function meetingHostContext(chatId: string): Pick<TeamsHostContext, 'chatId' | 'meetingId'> {
  return { chatId, meetingId: `meeting-${chatId}` };
}

/** What the test learns about a token request, to decide the token. */
export interface TokenRequestInfo {
  method: 'GetToken' | 'GetTokenPopup';
  clientId: string | null;
  claims: string | null;
}

/**
 * Nested app auth in the emulated host. `false`: the host has no NAA (no bridge, isNAAChannelRecommended false).
 * Otherwise the bridge answers GetToken (acquireTokenSilent) with `tokens(scopes)` or with `error`, and
 * GetTokenPopup (acquireTokenPopup) with `tokens(scopes)` or with `popupError`. Without `tokens`, the token is
 * a demo-tenant token naming the context's user (what the demo Graph emulator accepts).
 */
export type NestedAppAuthOption =
  | false
  | {
      tokens?: (scopes: string[], request: TokenRequestInfo) => string | Promise<string>;
      error?: NaaHostError;
      popupError?: NaaHostError;
      account?: Partial<NaaAccount>;
    };

export interface OpenInTeamsHostOptions {
  /** The app page to embed, e.g. `${demoBaseUrl}/?host=teams`. */
  appUrl: string;
  frameContext: TeamsFrameContext;
  hostContext?: Partial<TeamsHostContext>;
  /** Shorthand for `hostContext.theme`. */
  theme?: TeamsTheme;
  /** Default: enabled, with demo tokens. */
  nestedAppAuth?: NestedAppAuthOption;
  /** Width of the app frame in px. Default: 280 for the side panel, the whole page otherwise. */
  width?: number;
  /** The tab's saved configuration (what `pages.getConfig()` returns), e.g. for an existing configurable tab. */
  settings?: TabSettings;
  /** Capabilities to add to (object) or remove from (`false`) the runtime config's `supports`. */
  supports?: Record<string, object | false>;
  /** Default 1280 x 800. */
  viewport?: { width: number; height: number };
}

export interface TeamsHostSession {
  /** The emulated Teams page (origin https://teams.microsoft.com). */
  readonly page: Page;
  readonly hostUrl: string;
  /** The app's iframe, for locators. */
  appFrame(): FrameLocator;
  /** The app's iframe as a Frame, for `evaluate`. */
  appFrameHandle(): Promise<Frame>;
  /** Switches the Teams theme: sends `themeChange` and answers later getContext calls with it. */
  setTheme(theme: TeamsTheme): Promise<void>;
  /** Changes what later `getContext` calls return. */
  updateContext(fields: Partial<TeamsHostContext>): Promise<void>;
  /** Sends a host → app event (a message without id), e.g. `('load', [{ entityId, contentUrl }])`. */
  sendEvent(func: string, args: unknown[]): Promise<void>;
  /** Every message the app sent, or those with the given name. */
  messages(func?: string): Promise<RecordedMessage[]>;
  /** How many messages of each name the app sent. */
  messageCounts(): Promise<Record<string, number>>;
  /** Waits until the app sent a message with this name; returns the first one. */
  waitForMessage(func: string, options?: { timeout?: number }): Promise<RecordedMessage>;
  /** How many times the app called `app.notifySuccess()`. */
  successCount(): Promise<number>;
  /** `app.notifyFailure` and `app.notifyExpectedFailure` calls. */
  failures(): Promise<RecordedFailure[]>;
  /** Messages the host answered with a not-supported error. */
  unsupported(): Promise<RecordedMessage[]>;
  /** The handlers the app registered (`themeChange`, `load`, `beforeUnload`, `save`...). */
  registeredHandlers(): Promise<string[]>;
  /** The configuration of every save the app completed with `saveEvent.notifySuccess()`. */
  savedSettings(): Promise<TabSettings[]>;
  /** The configuration the app last set with `pages.config.setConfig`. */
  currentSettings(): Promise<TabSettings | null>;
  /** What the app last passed to `pages.config.setValidityState` (null: never called). */
  validityState(): Promise<boolean | null>;
  /** Clicks Teams' Save: sends `settings.save` and waits for the app's answer (null: none in time). */
  triggerSave(options?: { timeout?: number }): Promise<SaveOutcome | null>;
  saves(): Promise<RecordedSave[]>;
  /** GetToken / GetTokenPopup requests through the NAA bridge (scopes, client id, outcome). */
  tokenRequests(): Promise<RecordedNaaRequest[]>;
  /** Every request through the NAA bridge, including GetInitContext. */
  naaRequests(): Promise<RecordedNaaRequest[]>;
  /** Links the app opened with `app.openLink` / deep links. */
  deepLinks(): Promise<string[]>;
  snapshot(): Promise<HostPageSnapshot>;
  close(): Promise<void>;
}

/** The host page's window, as page.evaluate callbacks see it. */
declare const window: Window & { __teamsHost: HostPageApi };

const require = createRequire(import.meta.url);
const TEAMS_JS_VERSION = (require('@microsoft/teams-js/package.json') as { version: string }).version;
const HOST_PAGE_DIR = fileURLToPath(new URL('./hostPage/', import.meta.url));

let hostScript: Promise<string> | undefined;

/** host.ts with its types stripped; it has no run-time imports, so no bundling is needed. */
function loadHostScript(): Promise<string> {
  hostScript ??= (async () => {
    const source = await readFile(`${HOST_PAGE_DIR}host.ts`, 'utf8');
    const { code } = await transformWithOxc(source, 'host.ts', { lang: 'ts' });
    if (/^\s*import\s/m.test(code)) throw new Error('hostPage/host.ts must not import anything at run time');
    return code;
  })();
  return hostScript;
}

/** Maps the emulator's context onto the legacy (v1) context hosts send; teams-js converts it to app.Context. */
export function toLegacyContext(
  context: TeamsHostContext,
  frameContext: TeamsFrameContext,
): LegacyTeamsContext & Record<string, unknown> {
  const legacy: LegacyTeamsContext & Record<string, unknown> = {
    locale: context.locale,
    theme: context.theme,
    entityId: context.entityId ?? '',
    subEntityId: context.subEntityId,
    frameContext: frameContext as LegacyTeamsContext['frameContext'],
    hostName: context.hostName as LegacyTeamsContext['hostName'],
    hostClientType: context.hostClientType as LegacyTeamsContext['hostClientType'],
    appSessionId: context.appSessionId,
    sessionId: context.hostSessionId,
    userObjectId: context.userId,
    userPrincipalName: context.userPrincipalName,
    upn: context.userPrincipalName,
    loginHint: context.loginHint,
    userDisplayName: context.userDisplayName,
    tid: context.tenantId,
    userLicenseType: 'Unknown',
    tenantSKU: 'enterprise',
    isFullScreen: false,
    isMultiWindow: false,
    meetingId: context.meetingId,
    chatId: context.chatId,
    channelId: context.channelId,
    teamId: context.teamId,
    ...context.extra,
  };
  // Absent fields stay absent (teams-js turns a present chatId/meetingId into chat/meeting objects).
  for (const key of Object.keys(legacy)) if (legacy[key] === undefined) delete legacy[key];
  return legacy;
}

/** The runtime config (apiVersion 4) a current Teams web client sends in the initialize answer. */
export function buildRuntimeConfig(
  nestedAppAuth: boolean,
  supports: Record<string, object | false> = {},
): Record<string, unknown> {
  const base: Record<string, object> = {
    app: { notifySuccessResponse: {} },
    calendar: {},
    call: {},
    chat: {},
    dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
    meeting: {},
    menus: {},
    pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
    profile: {},
    sharing: {},
    stageView: { self: {} },
    teams: { fullTrust: { joinedTeams: {} } },
    teamsCore: {},
    ...(nestedAppAuth ? { nestedAppAuth: {} } : {}),
  };
  for (const [name, value] of Object.entries(supports)) {
    if (value === false) delete base[name];
    else base[name] = value;
  }
  return {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isNAAChannelRecommended: nestedAppAuth,
    isLegacyTeams: false,
    supports: base,
  };
}

function naaAccount(context: TeamsHostContext, override: Partial<NaaAccount> = {}): NaaAccount {
  return {
    homeAccountId: `${context.userId}.${context.tenantId}`,
    environment: 'login.microsoftonline.com',
    tenantId: context.tenantId,
    username: context.userPrincipalName,
    localAccountId: context.userId,
    name: context.userDisplayName,
    loginHint: context.loginHint,
    ...override,
  };
}

function escapeJsonForHtml(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Opens a new page in `context` that plays Microsoft Teams: it embeds `appUrl` in an iframe shaped like the
 * surface and answers teams-js (initialize, getContext, notifySuccess/Failure, theme changes, tab
 * configuration, the nested app auth bridge) while recording what the app sent.
 */
export async function openInTeamsHost(
  context: BrowserContext,
  options: OpenInTeamsHostOptions,
): Promise<TeamsHostSession> {
  const sessionId = randomUUID();
  const basePath = `${HOST_PATH}/${sessionId}`;
  const base = `${TEAMS_HOST_ORIGIN}${basePath}`;
  const hostUrl = `${base}/host.html`;
  const hostContext: TeamsHostContext = {
    ...DEFAULT_TEAMS_HOST_CONTEXT,
    ...options.hostContext,
    ...(options.theme ? { theme: options.theme } : {}),
  };
  const naaOption = options.nestedAppAuth ?? {};
  const isSidePanel = options.frameContext === 'sidePanel';
  const config: HostPageConfig = {
    sessionId,
    appUrl: options.appUrl,
    frameContext: options.frameContext,
    hostClientType: hostContext.hostClientType,
    legacyContext: toLegacyContext(hostContext, options.frameContext),
    runtimeConfig: JSON.stringify(buildRuntimeConfig(naaOption !== false, options.supports)),
    clientSupportedSdkVersion: TEAMS_JS_VERSION,
    frameWidth: options.width ?? (isSidePanel ? SIDE_PANEL_WIDTH : null),
    framePadding: isSidePanel ? SIDE_PANEL_PADDING : 0,
    naa:
      naaOption === false
        ? null
        : {
            silentError: naaOption.error ?? null,
            popupError: naaOption.popupError ?? null,
            account: naaAccount(hostContext, naaOption.account),
          },
    initialSettings: options.settings ?? null,
  };

  const [template, script] = await Promise.all([
    readFile(`${HOST_PAGE_DIR}host.html`, 'utf8'),
    loadHostScript(),
  ]);
  const html = template.replace('"__TEAMS_HOST_CONFIG__"', () => escapeJsonForHtml(JSON.stringify(config)));

  const answerTokenRequest: TokenBinding = async (request) => {
    try {
      const tokens = naaOption === false ? undefined : naaOption.tokens;
      const accessToken = tokens
        ? await tokens(request.scopes, {
            method: request.method === 'GetTokenPopup' ? 'GetTokenPopup' : 'GetToken',
            clientId: request.clientId,
            claims: request.claims,
          })
        : encodeDemoToken({
            oid: hostContext.userId,
            upn: hostContext.userPrincipalName,
            scp: request.scopes.join(' '),
          });
      return { accessToken };
    } catch {
      return { error: 'persistent_error' };
    }
  };

  // The host page is cross-site to the app (127.0.0.1): Chromium's Local Network Access checks block a
  // "public" https page from framing a loopback one without this permission (net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS).
  await context.grantPermissions(['local-network-access'], { origin: TEAMS_HOST_ORIGIN }).catch(() => {});
  const page = await context.newPage();
  await page.setViewportSize(options.viewport ?? { width: 1280, height: 800 });
  // Token requests reach Node through a binding, not a route: only the host page may ask.
  await page.exposeBinding(TOKEN_BINDING, ({ frame }, request: TokenBindingRequest) =>
    frame === page.mainFrame() ? answerTokenRequest(request) : { error: 'persistent_error' as const },
  );
  // The host page itself is answered here, on the Teams origin: nothing reaches the (closed) network.
  const serveHostPage = async (route: Route) => {
    const { pathname } = new URL(route.request().url());
    const path = pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null;
    if (path === '/host.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (path === '/host.js') {
      return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script });
    }
    return route.fulfill({ status: 404, body: 'Not found' });
  };
  const hostPattern = `${TEAMS_HOST_ORIGIN}/**`;
  await page.route(hostPattern, serveHostPage);
  await page.goto(hostUrl);
  await page.waitForFunction(() => '__teamsHost' in window);
  // While a page has a route, every request of its frames waits on Node; in Teams the app's requests go straight
  // to its server. So the app frame loads only after the route is gone (teams-js's CDN fetch of the Teams origins
  // fails at once: launchChromiumForTeamsHost resolves that host to nothing, and teams-js uses its built-in list).
  await page.unroute(hostPattern, serveHostPage);
  await page.evaluate(() => window.__teamsHost.loadApp());

  const snapshot = (): Promise<HostPageSnapshot> => page.evaluate(() => window.__teamsHost.snapshot());
  const messages = async (func?: string): Promise<RecordedMessage[]> => {
    const all = (await snapshot()).messages;
    return func ? all.filter((message) => message.func === func) : all;
  };

  return {
    page,
    hostUrl,
    appFrame: () => page.frameLocator('#app-frame'),
    async appFrameHandle() {
      const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
      if (!frame) throw new Error('The app frame has no content frame');
      return frame;
    },
    async setTheme(theme) {
      hostContext.theme = theme;
      await page.evaluate((value) => window.__teamsHost.setTheme(value), theme);
    },
    async updateContext(fields) {
      const merged = { ...hostContext, ...fields };
      const legacy = toLegacyContext(merged, options.frameContext);
      Object.assign(hostContext, fields);
      await page.evaluate(
        (value) => window.__teamsHost.updateContext(value),
        legacy as Record<string, unknown>,
      );
    },
    sendEvent: (func, args) =>
      page.evaluate(([name, values]) => window.__teamsHost.sendEvent(name, values), [func, args] as const),
    messages,
    async messageCounts() {
      const counts: Record<string, number> = {};
      for (const message of await messages()) counts[message.func] = (counts[message.func] ?? 0) + 1;
      return counts;
    },
    async waitForMessage(func, { timeout = 15_000 } = {}) {
      await page.waitForFunction(
        (name) => window.__teamsHost.snapshot().messages.some((message) => message.func === name),
        func,
        { timeout },
      );
      const [first] = await messages(func);
      if (!first) throw new Error(`No ${func} message`);
      return first;
    },
    successCount: async () => (await messages('appInitialization.success')).length,
    async failures() {
      return (await messages()).flatMap((message): RecordedFailure[] => {
        if (
          message.func !== 'appInitialization.failure' &&
          message.func !== 'appInitialization.expectedFailure'
        ) {
          return [];
        }
        const [reason, text] = message.args;
        return [
          {
            kind: message.func === 'appInitialization.failure' ? 'failure' : 'expectedFailure',
            reason: String(reason),
            message: typeof text === 'string' ? text : null,
          },
        ];
      });
    },
    unsupported: async () => (await messages()).filter((message) => message.unsupported),
    registeredHandlers: async () => (await snapshot()).registeredHandlers,
    async savedSettings() {
      return (await snapshot()).saves.flatMap((save) =>
        save.outcome?.result === 'success' && save.settings ? [save.settings] : [],
      );
    },
    currentSettings: async () => (await snapshot()).currentSettings,
    validityState: async () => (await snapshot()).validityState,
    triggerSave: ({ timeout = 15_000 } = {}) =>
      page.evaluate((ms) => window.__teamsHost.triggerSave(ms), timeout),
    saves: async () => (await snapshot()).saves,
    tokenRequests: async () =>
      (await snapshot()).naaRequests.filter(
        (request) => request.method === 'GetToken' || request.method === 'GetTokenPopup',
      ),
    naaRequests: async () => (await snapshot()).naaRequests,
    deepLinks: async () => (await snapshot()).deepLinks,
    snapshot,
    close: () => page.close(),
  };
}
