/**
 * The emulated Teams client: runs in the host page (https://teams.microsoft.com/...) that embeds the app in an
 * iframe, and answers teams-js's postMessage protocol the way Teams does. Served to the browser as JS after
 * its types are stripped (no bundling), so it must not import anything at run time.
 */
import type {
  HostPageApi,
  HostPageConfig,
  HostPageSnapshot,
  NaaHostError,
  RecordedNaaRequest,
  RecordedSave,
  SaveOutcome,
  TabSettings,
  TeamsTheme,
  TokenBinding,
} from '../protocol';

/** The host page's window: the Node side reads and drives the emulator through `__teamsHost`. */
type HostWindow = Window & { __teamsHost: HostPageApi } & Record<typeof TOKEN_BINDING, TokenBinding>;

/** The Node binding that answers token requests (see TOKEN_BINDING in teamsHost.ts; no run-time import here). */
const TOKEN_BINDING = '__teamsHostToken';

interface AppRequest {
  id?: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
  data?: unknown;
}

const configElement = document.getElementById('teams-host-config');
const config = JSON.parse(configElement?.textContent ?? 'null') as HostPageConfig;
const loadedAt = performance.now();

const context: Record<string, unknown> = { ...config.legacyContext };
const state: HostPageSnapshot = {
  messages: [],
  naaRequests: [],
  saves: [],
  currentSettings: config.initialSettings ? { ...config.initialSettings } : null,
  validityState: null,
  registeredHandlers: [],
  theme: typeof context.theme === 'string' ? context.theme : 'default',
  deepLinks: [],
};

/** teams-js `ErrorCode.NOT_SUPPORTED_ON_PLATFORM` */
const NOT_SUPPORTED_ON_PLATFORM = 100;

/** APIs whose answer is `[wasSuccessful, reason]` (teams-js `sendAndHandleStatusAndReason`). */
const STATUS_AND_REASON = new Set([
  'calendar.composeMeeting',
  'calendar.openCalendarItem',
  'chat.openChat',
  'chat.openGroupChat',
  'conversations.openConversation',
  'mail.composeMail',
  'mail.openMailItem',
  'navigateBack',
  'navigateCrossDomain',
  'navigateToTab',
  'search.closeSearch',
]);

/** One-way messages: teams-js does not wait for an answer, so the host sends none. */
const ONE_WAY = new Set([
  'registerHandler',
  'appInitialization.appLoaded',
  'appInitialization.failure',
  'appInitialization.expectedFailure',
  'settings.setValidityState',
  'settings.save.success',
  'settings.save.failure',
  'settings.remove.success',
  'settings.remove.failure',
  'shareDeepLink',
  'returnFocus',
  'readyToUnload',
]);

// ---------------------------------------------------------------- page

const stage = document.getElementById('stage') as HTMLElement;
const surface = document.getElementById('surface') as HTMLElement;
const frame = document.createElement('iframe');
frame.id = 'app-frame';
frame.name = 'embedded-page-container';
frame.title = 'App';
frame.setAttribute('allow', 'clipboard-read; clipboard-write; fullscreen');
surface.dataset.frameContext = config.frameContext;
surface.style.padding = `0 ${config.framePadding}px`;
if (config.frameWidth === null) {
  stage.hidden = true;
  surface.style.flex = '1';
  frame.style.width = '100%';
} else {
  frame.style.width = `${config.frameWidth}px`;
}
document.body.dataset.theme = state.theme;
surface.append(frame);

/** The app's origin: from its URL, then from the origin that called `initialize` (the frame may navigate). */
let appOrigin = new URL(config.appUrl).origin;

function post(message: object, origin: string): void {
  frame.contentWindow?.postMessage(message, origin);
}

function respond(request: AppRequest, origin: string, args: unknown[]): void {
  if (typeof request.id !== 'number') return;
  post({ id: request.id, uuidAsString: request.uuidAsString, args }, origin);
}

function sendEvent(func: string, args: unknown[]): void {
  post({ func, args }, appOrigin);
}

function isAppRequest(data: unknown): data is AppRequest {
  return typeof data === 'object' && data !== null && typeof (data as { func?: unknown }).func === 'string';
}

function notSupportedMessage(func: string): string {
  return `"${func}" is not supported by the Teams host emulator`;
}

// ---------------------------------------------------------------- settings (pages.config)

let pendingSave: { record: RecordedSave; resolve: (outcome: SaveOutcome) => void } | null = null;

function finishSave(outcome: SaveOutcome): void {
  if (!pendingSave) return;
  pendingSave.record.outcome = outcome;
  if (outcome.result === 'success') {
    pendingSave.record.settings = state.currentSettings ? { ...state.currentSettings } : null;
  }
  pendingSave.resolve(outcome);
  pendingSave = null;
}

function triggerSave(timeoutMs: number): Promise<SaveOutcome | null> {
  const record: RecordedSave = { outcome: null, settings: null };
  state.saves.push(record);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (pendingSave?.record === record) pendingSave = null;
      resolve(null);
    }, timeoutMs);
    pendingSave = {
      record,
      resolve: (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      },
    };
    sendEvent('settings.save', [{}]);
  });
}

// ---------------------------------------------------------------- nested app auth bridge

const NAA_ERRORS: Record<NaaHostError, { status: string; code: string; description: string }> = {
  interaction_required: {
    status: 'USER_INTERACTION_REQUIRED',
    code: 'interaction_required',
    description: 'AADSTS50076: The user must interact to get a token (Teams host emulator).',
  },
  consent_required: {
    status: 'USER_INTERACTION_REQUIRED',
    code: 'consent_required',
    description: 'AADSTS65001: The user has not consented to the requested scopes (Teams host emulator).',
  },
  // The tenant lets only administrators consent: what the consent prompt answers a user there.
  admin_consent_required: {
    status: 'USER_INTERACTION_REQUIRED',
    code: 'consent_required',
    description: 'AADSTS90094: The grant requires admin permission (Teams host emulator).',
  },
  login_required: {
    status: 'USER_INTERACTION_REQUIRED',
    code: 'login_required',
    description: 'AADSTS50058: No signed-in user (Teams host emulator).',
  },
  user_cancel: {
    status: 'USER_CANCEL',
    code: 'user_cancel',
    description: 'The user closed the sign-in window.',
  },
  no_network: { status: 'NO_NETWORK', code: 'no_network', description: 'The host is offline.' },
  account_unavailable: {
    status: 'ACCOUNT_UNAVAILABLE',
    code: 'account_unavailable',
    description: 'The account is not available in the host.',
  },
  persistent_error: {
    status: 'PERSISTENT_ERROR',
    code: 'server_error',
    description: 'The host failed to get a token.',
  },
  disabled: {
    status: 'DISABLED',
    code: 'disabled',
    description: 'Nested app auth is disabled in this host.',
  },
};

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unsigned id token with the claims MSAL reads (it never validates signatures of bridge tokens). */
function idTokenFor(clientId: string): string {
  const account = config.naa?.account;
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: clientId,
    iss: `https://login.microsoftonline.com/${account?.tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: account?.name,
    oid: account?.localAccountId,
    sub: account?.localAccountId,
    tid: account?.tenantId,
    preferred_username: account?.username,
    login_hint: account?.loginHint,
    ver: '2.0',
  };
  return `${toBase64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${toBase64Url(JSON.stringify(claims))}.`;
}

/** Asks the test (Node) for the access token, through the binding it exposed to this page. */
async function fetchToken(
  method: string,
  request: RecordedNaaRequest,
): Promise<{ accessToken?: string; error?: NaaHostError }> {
  try {
    return await (window as unknown as HostWindow)[TOKEN_BINDING]({
      method,
      scopes: request.scopes,
      clientId: request.clientId,
      claims: request.claims,
    });
  } catch {
    return { error: 'persistent_error' };
  }
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

async function answerNestedAppAuth(request: AppRequest, origin: string): Promise<void> {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(String(request.data)) as Record<string, unknown>;
  } catch {
    return;
  }
  const requestId = asString(parsed.requestId) ?? '';
  const method = asString(parsed.method) ?? '';
  const tokenParams = (parsed.tokenParams ?? {}) as Record<string, unknown>;
  const scopes = (asString(tokenParams.scope) ?? '').split(' ').filter(Boolean);
  const recorded: RecordedNaaRequest = {
    method,
    requestId,
    scopes,
    clientId: asString(tokenParams.clientId),
    claims: asString(tokenParams.claims),
    correlationId: asString(tokenParams.correlationId),
    outcome: { unsupported: true },
    raw: parsed,
  };
  state.naaRequests.push(recorded);

  // MSAL's BridgeProxy matches answers by requestId; teams-js hands args[1] to the bridge listener.
  const reply = (payload: Record<string, unknown>): void =>
    respond(request, origin, [
      null,
      JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId, sendTime: Date.now(), ...payload }),
    ]);
  const fail = (error: NaaHostError): void => {
    recorded.outcome = { error };
    reply({ success: false, error: { ...NAA_ERRORS[error], subError: '', properties: {} } });
  };

  const naa = config.naa;
  if (!naa) {
    fail('disabled');
    return;
  }
  const account = naa.account;
  switch (method) {
    case 'GetInitContext':
      recorded.outcome = { initContext: true };
      reply({
        success: true,
        initContext: {
          sdkName: 'teams-host-emulator',
          sdkVersion: '1.0.0',
          accountContext: {
            homeAccountId: account.homeAccountId,
            environment: account.environment,
            tenantId: account.tenantId,
          },
          capabilities: { queryAccount: false },
        },
      });
      return;
    case 'GetActiveAccount':
      recorded.outcome = { account: true };
      reply({ success: true, account });
      return;
    case 'GetToken':
    case 'GetTokenPopup': {
      const error = method === 'GetToken' ? naa.silentError : naa.popupError;
      if (error) {
        fail(error);
        return;
      }
      const answer = await fetchToken(method, recorded);
      if (!answer.accessToken) {
        fail(answer.error ?? 'persistent_error');
        return;
      }
      recorded.outcome = { token: answer.accessToken };
      reply({
        success: true,
        token: {
          access_token: answer.accessToken,
          id_token: idTokenFor(recorded.clientId ?? ''),
          expires_in: 3600,
          scope: scopes.join(' '),
          token_type: 'Bearer',
        },
        account,
      });
      return;
    }
    default:
      reply({
        success: false,
        error: {
          status: 'PERSISTENT_ERROR',
          code: 'unsupported_method',
          subError: '',
          description: `The Teams host emulator does not implement the bridge method "${method}".`,
          properties: {},
        },
      });
  }
}

// ---------------------------------------------------------------- dispatcher

function handle(request: AppRequest, origin: string): void {
  const args = Array.isArray(request.args) ? request.args : [];
  const record = {
    func: request.func,
    args,
    id: typeof request.id === 'number' ? request.id : null,
    origin,
    at: Math.round(performance.now() - loadedAt),
    unsupported: false,
    ...(request.func === 'nestedAppAuth.execute' ? { data: safeParse(request.data) } : {}),
  };
  state.messages.push(record);

  switch (request.func) {
    case 'initialize':
      appOrigin = origin;
      // Teams' order: frame context, client type, supported SDK version, runtime config (JSON).
      respond(request, origin, [
        config.frameContext,
        config.hostClientType,
        config.clientSupportedSdkVersion,
        config.runtimeConfig,
      ]);
      return;
    case 'getContext':
      respond(request, origin, [{ ...context }]);
      return;
    case 'appInitialization.success':
      // Answered, for hosts advertising app.notifySuccessResponse (teams-js then awaits an answer).
      respond(request, origin, []);
      return;
    case 'registerHandler':
      if (typeof args[0] === 'string' && !state.registeredHandlers.includes(args[0])) {
        state.registeredHandlers.push(args[0]);
      }
      return;
    case 'settings.setValidityState':
      state.validityState = args[0] === true;
      return;
    case 'settings.setSettings':
      state.currentSettings = { ...((args[0] ?? {}) as TabSettings) };
      respond(request, origin, [true]);
      return;
    case 'settings.getSettings':
      respond(request, origin, [state.currentSettings ? { ...state.currentSettings } : {}]);
      return;
    case 'settings.save.success':
      finishSave({ result: 'success' });
      return;
    case 'settings.save.failure':
      finishSave({ result: 'failure', reason: typeof args[0] === 'string' ? args[0] : null });
      return;
    case 'executeDeepLink':
      if (typeof args[0] === 'string') state.deepLinks.push(args[0]);
      respond(request, origin, [true]);
      return;
    case 'pages.navigateToApp':
      respond(request, origin, [true]);
      return;
    case 'nestedAppAuth.execute':
      void answerNestedAppAuth(request, origin);
      return;
    default:
      if (ONE_WAY.has(request.func)) return;
      record.unsupported = true;
      answerNotSupported(request, origin);
  }
}

/**
 * teams-js has no "unknown API" answer of its own; a host that stays silent leaves the app waiting forever.
 * The answer is shaped so every teams-js calling convention fails fast: `[SdkError]` for sendAndHandleSdkError
 * and callFunctionInHost, `[false, reason]` for status-and-reason and authentication APIs.
 */
function answerNotSupported(request: AppRequest, origin: string): void {
  const message = notSupportedMessage(request.func);
  if (STATUS_AND_REASON.has(request.func) || request.func.startsWith('authentication.')) {
    respond(request, origin, [false, message]);
  } else {
    respond(request, origin, [{ errorCode: NOT_SUPPORTED_ON_PLATFORM, message }, message]);
  }
}

function safeParse(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  // Only the embedded app talks to this host (teams-js proxies its own child frames through the app).
  if (event.source !== frame.contentWindow) return;
  if (!isAppRequest(event.data)) return;
  handle(event.data, event.origin);
});

(window as unknown as HostWindow).__teamsHost = {
  snapshot: () => structuredClone(state),
  setTheme(theme: TeamsTheme): void {
    context.theme = theme;
    state.theme = theme;
    document.body.dataset.theme = theme;
    sendEvent('themeChange', [theme]);
  },
  updateContext(fields: Record<string, unknown>): void {
    Object.assign(context, fields);
  },
  triggerSave,
  sendEvent,
  loadApp(): void {
    frame.src = config.appUrl;
  },
};
