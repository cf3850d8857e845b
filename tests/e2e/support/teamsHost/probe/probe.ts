/**
 * A minimal Teams app for testing the host emulator with the real teams-js and MSAL: it initializes, shows what
 * it received in the DOM, and exposes `window.probe` for the test to drive token and config calls.
 * Query: `?mode=fail` reports an auth failure instead of success; `?entityId=...` is what the config page saves.
 */
import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { app, meeting, nestedAppAuth, pages } from '@microsoft/teams-js';
import { PROBE_CLIENT_ID, type ProbeApi, type ProbeTokenResult } from './probeApi';

const query = new URLSearchParams(location.search);

function show(id: string, value: unknown): void {
  const element = document.getElementById(id);
  if (element) element.textContent = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

let msal: Promise<IPublicClientApplication> | undefined;
function getMsal(): Promise<IPublicClientApplication> {
  msal ??= createNestablePublicClientApplication({
    auth: { clientId: PROBE_CLIENT_ID, authority: 'https://login.microsoftonline.com/common' },
  });
  return msal;
}

async function token(kind: 'silent' | 'popup', scopes: string[]): Promise<ProbeTokenResult> {
  try {
    const client = await getMsal();
    const result =
      kind === 'silent'
        ? await client.acquireTokenSilent({ scopes })
        : await client.acquireTokenPopup({ scopes });
    return {
      ok: true,
      accessToken: result.accessToken,
      username: result.account.username,
      scopes: result.scopes,
    };
  } catch (error) {
    const e = error as { errorCode?: string; message?: string };
    return {
      ok: false,
      interactionRequired: error instanceof InteractionRequiredAuthError,
      errorCode: e.errorCode ?? '',
      message: e.message ?? String(error),
    };
  }
}

const probe: ProbeApi = {
  acquireTokenSilent: (scopes) => token('silent', scopes),
  acquireTokenPopup: (scopes) => token('popup', scopes),
  async callUnsupported() {
    try {
      await meeting.getMeetingDetailsVerbose();
      return { settled: 'resolved', message: '' };
    } catch (error) {
      const e = error as { message?: string; errorCode?: number };
      return { settled: 'rejected', message: e.message ?? `errorCode ${e.errorCode}` };
    }
  },
  getConfig: () => pages.getConfig(),
  getContext: () => app.getContext(),
};
(window as unknown as { probe: ProbeApi }).probe = probe;

function localStorageWorks(): boolean {
  try {
    localStorage.setItem('probe', '1');
    return localStorage.getItem('probe') === '1';
  } catch {
    return false;
  }
}

async function start(): Promise<void> {
  show('storage', String(localStorageWorks()));
  const started = performance.now();
  await app.initialize();
  show('init-ms', String(Math.round(performance.now() - started)));

  const context = await app.getContext();
  show('context', context);
  show('theme', context.app.theme);
  const themes: string[] = [];
  app.registerOnThemeChangeHandler((theme) => {
    themes.push(theme);
    show('theme', theme);
    show('themes', themes.join(','));
  });
  show('naa-recommended', String(nestedAppAuth.isNAAChannelRecommended()));
  show(
    'naa-bridge',
    String(typeof (window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge === 'object'),
  );

  if (context.page.frameContext === 'settings') {
    const entityId = query.get('entityId') ?? 'probe-entity';
    pages.config.registerOnSaveHandler((saveEvent) => {
      pages.config
        .setConfig({
          entityId,
          contentUrl: `${location.origin}/?entityId=${encodeURIComponent(entityId)}`,
          websiteUrl: `${location.origin}/`,
          suggestedDisplayName: '1:1 Agenda',
        })
        .then(
          () => saveEvent.notifySuccess(),
          (error: Error) => saveEvent.notifyFailure(error.message),
        );
    });
    pages.config.setValidityState(true);
  }

  if (query.get('mode') === 'fail') {
    app.notifyFailure({ reason: app.FailedReason.AuthFailed, message: 'probe: sign-in failed' });
    show('status', 'failed');
    return;
  }
  await app.notifySuccess();
  show('status', 'ready');
}

start().catch((error: Error) => show('status', `error: ${error.message}`));
