import { type AuthenticationResult, type IPublicClientApplication, ServerError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import type { AuthConfig } from '../../src/auth/authConfig';
import { encodeAuthDialogAnswer, parseAuthDialogAnswer } from '../../src/auth/authDialogMessage';
import { type DialogSessionStorage, runAuthDialog } from '../../src/auth/authDialogSignIn';
import { OfficeDialogTokenProvider } from '../../src/auth/OfficeDialogTokenProvider';
import { AuthError } from '../../src/auth/TokenProvider';
import type {
  DialogEventReceivedArgs,
  DialogEventType,
  DialogMessageReceivedArgs,
  OfficeAsyncResult,
  OfficeDialog,
  OfficeDialogOptions,
  OfficeGlobal,
} from '../../src/host/outlook/officeMailbox';

const ORIGIN = 'https://agenda.contoso.example';
const DIALOG_PAGE = `${ORIGIN}/authDialog.html`;
const SCOPES = ['User.Read', 'Calendars.ReadWrite'] as const;
const HOUR_MS = 3_600_000;
const NOW = Date.UTC(2026, 10, 17, 9, 0);

type DialogHandler = (args: DialogMessageReceivedArgs | DialogEventReceivedArgs) => void;

/**
 * The task pane's Office, as far as the dialog API goes: displayDialogAsync answers asynchronously (as Office
 * does) with a dialog whose events the test raises, or with the failure it is given.
 */
function paneOffice(openFailure?: { code: number; message: string }) {
  const opened: { url: string; options: OfficeDialogOptions; answered: Promise<void> }[] = [];
  const handlers = new Map<DialogEventType, DialogHandler>();
  let closed = 0;
  const dialog: OfficeDialog = {
    addEventHandler: (type, handler) => void handlers.set(type, handler),
    close: () => void closed++,
  };
  const office: OfficeGlobal = {
    context: {
      mailbox: { userProfile: { emailAddress: 'dana@contoso.example' } },
      ui: {
        displayDialogAsync: (url, options, callback) => {
          const result: OfficeAsyncResult<OfficeDialog> = openFailure
            ? { status: 'failed', value: dialog, error: openFailure }
            : { status: 'succeeded', value: dialog };
          const answered = Promise.resolve().then(() => callback(result));
          opened.push({ url, options, answered });
        },
        messageParent: () => {
          throw new Error('the task pane is not a dialog');
        },
      },
    },
  };
  const raise = (type: DialogEventType, args: DialogMessageReceivedArgs | DialogEventReceivedArgs) => {
    const handler = handlers.get(type);
    if (!handler) throw new Error(`no ${type} handler registered`);
    handler(args);
  };
  return {
    office,
    opened,
    closedCount: () => closed,
    /** Resolves once Office has answered the latest displayDialogAsync, so the pane listens to its dialog. */
    listening: async () => {
      const latest = opened.at(-1);
      if (!latest) throw new Error('no dialog was opened');
      await latest.answered;
    },
    send: (message: string, origin: string | undefined = ORIGIN) =>
      raise('dialogMessageReceived', { message, origin }),
    event: (error: number) => raise('dialogEventReceived', { error }),
  };
}

function provider(office: OfficeGlobal, now = () => NOW) {
  return new OfficeDialogTokenProvider({ getOffice: () => office, dialogPageUrl: DIALOG_PAGE, now });
}

async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AuthError)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return error;
}

const signedIn = (accessToken = 'token-1', expiresOn: number | null = NOW + HOUR_MS) =>
  encodeAuthDialogAnswer({
    kind: 'signed-in',
    accessToken,
    expiresOn,
    scopes: ['User.Read', 'calendars.readwrite', 'openid'],
  });

describe('OfficeDialogTokenProvider (the task pane)', () => {
  it('opens authDialog.html on its own origin, outside an iframe, with the scopes and the mailbox as hint', async () => {
    const pane = paneOffice();
    const signingIn = provider(pane.office).signIn(SCOPES);
    await pane.listening();
    pane.send(signedIn());
    await signingIn;
    expect(pane.opened).toHaveLength(1);
    const url = new URL(pane.opened[0]?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(DIALOG_PAGE);
    expect(url.searchParams.get('scopes')).toBe('User.Read Calendars.ReadWrite');
    expect(url.searchParams.get('loginHint')).toBe('dana@contoso.example');
    expect(pane.opened[0]?.options.displayInIframe).toBe(false);
  });

  it('hands out the token the dialog sent, closes the dialog, and keeps the token in memory only', async () => {
    const pane = paneOffice();
    const tokens = provider(pane.office);
    expect((await rejection(tokens.getAccessToken(SCOPES))).reason).toBe('interaction-required');
    const signingIn = tokens.signIn(SCOPES);
    await pane.listening();
    pane.send(signedIn('token-1'));
    await signingIn;
    expect(pane.closedCount()).toBe(1);
    // Granted scopes compare without case, as the identity platform lists them.
    expect(await tokens.getAccessToken(SCOPES)).toBe('token-1');
  });

  it('reports a failure the dialog sent as that AuthError, and keeps nobody signed in', async () => {
    const pane = paneOffice();
    const tokens = provider(pane.office);
    const signingIn = tokens.signIn(SCOPES);
    await pane.listening();
    pane.send(
      encodeAuthDialogAnswer({
        kind: 'failed',
        reason: 'consent-required',
        message: 'AADSTS65004: User declined to consent to access the app.',
        missingScopes: ['Calendars.ReadWrite'],
      }),
    );
    const error = await rejection(signingIn);
    expect(error.reason).toBe('consent-required');
    expect(error.message).toContain('AADSTS65004');
    expect(error.missingScopes).toEqual(['Calendars.ReadWrite']);
    expect(pane.closedCount()).toBe(1);
    expect((await rejection(tokens.getAccessToken(SCOPES))).reason).toBe('interaction-required');
  });

  it('turns the user closing the dialog into a clear interaction-required AuthError, and can open it again', async () => {
    const pane = paneOffice();
    const tokens = provider(pane.office);
    const first = tokens.signIn(SCOPES);
    await pane.listening();
    pane.event(12006);
    const error = await rejection(first);
    expect(error.reason).toBe('interaction-required');
    expect(error.message).toBe('The sign-in window was closed before signing in.');

    const second = tokens.signIn(SCOPES);
    expect(pane.opened).toHaveLength(2);
    await pane.listening();
    pane.send(signedIn('token-2'));
    await second;
    expect(await tokens.getAccessToken(SCOPES)).toBe('token-2');
  });

  it('opens one dialog for sign-ins asked for at the same time (Office allows one)', async () => {
    const pane = paneOffice();
    const tokens = provider(pane.office);
    const clicks = [tokens.signIn(SCOPES), tokens.signIn(SCOPES)];
    await pane.listening();
    pane.send(signedIn());
    await Promise.all(clicks);
    expect(pane.opened).toHaveLength(1);
  });

  it('says why the dialog did not open: declined by the user, or another one open', async () => {
    const declined = await rejection(
      provider(paneOffice({ code: 12009, message: 'ignored' }).office).signIn(SCOPES),
    );
    expect(declined.reason).toBe('interaction-required');
    expect(declined.message).toContain('12009');
    const busy = await rejection(
      provider(paneOffice({ code: 12007, message: 'busy' }).office).signIn(SCOPES),
    );
    expect(busy.reason).toBe('failed');
    expect(busy.message).toContain('12007');
  });

  it('closes the dialog and fails when its page could not load', async () => {
    const pane = paneOffice();
    const signingIn = provider(pane.office).signIn(SCOPES);
    await pane.listening();
    pane.event(12002);
    const error = await rejection(signingIn);
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('12002');
    expect(pane.closedCount()).toBe(1);
  });

  it('takes no token from another origin or from a message it cannot read', async () => {
    for (const [message, origin] of [
      [signedIn(), 'https://evil.example'],
      ['{"accessToken":"token-1"}', ORIGIN],
      ['not json', ORIGIN],
    ] as const) {
      const pane = paneOffice();
      const tokens = provider(pane.office);
      const signingIn = tokens.signIn(SCOPES);
      await pane.listening();
      pane.send(message, origin);
      expect((await rejection(signingIn)).reason).toBe('failed');
      expect(pane.closedCount()).toBe(1);
      expect((await rejection(tokens.getAccessToken(SCOPES))).reason).toBe('interaction-required');
    }
  });

  it('stops handing out the token two minutes before it expires, and names scopes it was not granted', async () => {
    let now = NOW;
    const pane = paneOffice();
    const tokens = provider(pane.office, () => now);
    const signingIn = tokens.signIn(SCOPES);
    await pane.listening();
    pane.send(signedIn('token-1', NOW + HOUR_MS));
    await signingIn;
    const notGranted = await rejection(tokens.getAccessToken(['User.Read', 'Tasks.ReadWrite']));
    expect(notGranted.reason).toBe('consent-required');
    expect(notGranted.missingScopes).toEqual(['Tasks.ReadWrite']);
    now = NOW + HOUR_MS - 2 * 60_000 - 1;
    expect(await tokens.getAccessToken(SCOPES)).toBe('token-1');
    now += 1;
    expect((await rejection(tokens.getAccessToken(SCOPES))).reason).toBe('interaction-required');
  });

  it('fails clearly in an Outlook without the dialog API', async () => {
    const error = await rejection(provider({ context: {} }).signIn(SCOPES));
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('Office dialog API');
  });
});

const CONFIG: AuthConfig = {
  clientId: 'client',
  tenantId: 'organizations',
  authority: 'https://login.microsoftonline.com/organizations',
  redirectUri: `${ORIGIN}/`,
};

function memoryStorage(): DialogSessionStorage & { size: () => number } {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    size: () => values.size,
  };
}

/** The dialog's Office: ready at once, and messageParent records what the pane would receive. */
function dialogOffice() {
  const sent: string[] = [];
  const office: OfficeGlobal = {
    onReady: async () => ({ host: 'Outlook', platform: 'PC' }),
    context: {
      ui: {
        displayDialogAsync: () => {
          throw new Error('a dialog opens no dialog');
        },
        messageParent: (message) => void sent.push(message),
      },
    },
  };
  return { office, sent };
}

/** MSAL as the dialog page drives it: what the redirect brought back (or threw), and the redirects asked for. */
function fakeMsal(returned: AuthenticationResult | null | Error) {
  const logins: unknown[] = [];
  const configs: AuthConfig[] = [];
  const handleOptions: unknown[] = [];
  const msal = {
    handleRedirectPromise: async (options?: unknown) => {
      handleOptions.push(options);
      if (returned instanceof Error) throw returned;
      return returned;
    },
    loginRedirect: async (request: unknown) => void logins.push(request),
  } as unknown as IPublicClientApplication;
  const create = async (config: AuthConfig) => {
    configs.push(config);
    return msal;
  };
  return { create, logins, configs, handleOptions };
}

const OPENED_AT = `${DIALOG_PAGE}?scopes=User.Read+Calendars.ReadWrite&loginHint=dana%40contoso.example`;
const RETURNED_AT = `${DIALOG_PAGE}#code=abc&state=xyz`;

function tokenResult(accessToken: string): AuthenticationResult {
  return {
    accessToken,
    expiresOn: new Date(NOW + HOUR_MS),
    scopes: ['User.Read', 'Calendars.ReadWrite'],
  } as AuthenticationResult;
}

describe('runAuthDialog (the dialog page)', () => {
  it('first redirects to the identity platform with the pane\u2019s scopes, the hint and itself as redirect URI', async () => {
    const { office, sent } = dialogOffice();
    const msal = fakeMsal(null);
    const outcome = await runAuthDialog(
      office,
      () => CONFIG,
      { href: OPENED_AT, storage: memoryStorage() },
      msal.create,
    );
    expect(outcome).toBe('redirecting');
    expect(msal.configs[0]?.redirectUri).toBe(DIALOG_PAGE);
    expect(msal.logins).toEqual([
      {
        scopes: ['User.Read', 'Calendars.ReadWrite'],
        loginHint: 'dana@contoso.example',
        redirectUri: DIALOG_PAGE,
      },
    ]);
    // The response is handled on this page, not after a navigation back to the start URL.
    expect(msal.handleOptions).toEqual([{ navigateToLoginRequestUrl: false }]);
    expect(sent).toEqual([]);
  });

  it('back from the identity platform, sends the token to the pane and forgets the request', async () => {
    const { office, sent } = dialogOffice();
    const storage = memoryStorage();
    await runAuthDialog(office, () => CONFIG, { href: OPENED_AT, storage }, fakeMsal(null).create);
    const outcome = await runAuthDialog(
      office,
      () => CONFIG,
      { href: RETURNED_AT, storage },
      fakeMsal(tokenResult('token-1')).create,
    );
    expect(outcome).toBe('answered');
    expect(sent.map(parseAuthDialogAnswer)).toEqual([
      {
        kind: 'signed-in',
        accessToken: 'token-1',
        expiresOn: NOW + HOUR_MS,
        scopes: ['User.Read', 'Calendars.ReadWrite'],
      },
    ]);
    expect(storage.size()).toBe(0);
  });

  it('sends a failed sign-in as an AuthError that names the scopes asked for before the redirect', async () => {
    const { office, sent } = dialogOffice();
    const storage = memoryStorage();
    await runAuthDialog(office, () => CONFIG, { href: OPENED_AT, storage }, fakeMsal(null).create);
    const declined = new ServerError(
      'access_denied',
      'c',
      'AADSTS65004: User declined to consent to access the app.',
    );
    await runAuthDialog(office, () => CONFIG, { href: RETURNED_AT, storage }, fakeMsal(declined).create);
    expect(sent.map(parseAuthDialogAnswer)).toEqual([
      {
        kind: 'failed',
        reason: 'consent-required',
        message: expect.stringContaining('AADSTS65004'),
        missingScopes: ['User.Read', 'Calendars.ReadWrite'],
      },
    ]);
  });

  it('tells the pane when the build has no client id', async () => {
    const { office, sent } = dialogOffice();
    const msal = fakeMsal(null);
    await runAuthDialog(office, () => null, { href: OPENED_AT, storage: memoryStorage() }, msal.create);
    expect(sent.map(parseAuthDialogAnswer)).toEqual([
      { kind: 'failed', reason: 'not-configured', message: expect.any(String), missingScopes: [] },
    ]);
    expect(msal.configs).toEqual([]);
  });

  it('does nothing outside an Office dialog (no one to answer)', async () => {
    const msal = fakeMsal(null);
    expect(
      await runAuthDialog(
        undefined,
        () => CONFIG,
        { href: OPENED_AT, storage: memoryStorage() },
        msal.create,
      ),
    ).toBe('outside-office');
    expect(
      await runAuthDialog(
        { onReady: async () => ({ host: null, platform: null }) },
        () => CONFIG,
        { href: OPENED_AT, storage: memoryStorage() },
        msal.create,
      ),
    ).toBe('outside-office');
    expect(msal.logins).toEqual([]);
  });

  it('round trip: what the dialog sends is what the pane signs in with', async () => {
    const pane = paneOffice();
    const tokens = provider(pane.office);
    const signingIn = tokens.signIn(SCOPES);
    await pane.listening();
    const openedAt = pane.opened[0]?.url ?? '';
    const dialog = dialogOffice();
    const storage = memoryStorage();
    await runAuthDialog(dialog.office, () => CONFIG, { href: openedAt, storage }, fakeMsal(null).create);
    await runAuthDialog(
      dialog.office,
      () => CONFIG,
      { href: RETURNED_AT, storage },
      fakeMsal(tokenResult('token-9')).create,
    );
    for (const message of dialog.sent) pane.send(message, new URL(openedAt).origin);
    await signingIn;
    expect(await tokens.getAccessToken(SCOPES)).toBe('token-9');
  });
});
