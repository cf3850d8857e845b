import type { ReactNode } from 'react';
import { config as configureZod } from 'zod';
import { readAuthConfig, signInScopes } from '../auth/authConfig';
import type { TokenProvider } from '../auth/TokenProvider';
import type { SpaceStore } from '../domain/space/spaceStore';
import { createGraphClient, type GraphConnection } from '../graph/createGraphClient';
import { browserTimeZone } from '../host/browserTimeZone';
import { detectHost } from '../host/detectHost';
import type { HostInfo } from '../host/HostInfo';
import { browserKeyValueStore, type KeyValueStore } from '../host/keyValueStore';
import { readSpaceStore } from '../host/spaceStoreSetting';
import { notifyAppLoaded, notifyFailure } from '../host/teamsLifecycle';
import { type PairSpaceStore, pairSpaceStore } from '../services/agenda/pairSpaceStore';
import { createUserTimeZone } from '../services/userTimeZone';
import { ConfigurationErrorPage } from '../ui/ConfigurationErrorPage';
import { TimeZoneProvider } from '../ui/formatting/TimeZoneContext';
import { renderApp } from '../ui/renderApp';

// Zod compiles object parsers with `new Function` when it can, and probes for that with a caught `new Function('')`.
// The hosted app's Content-Security-Policy has no 'unsafe-eval', so the probe would be reported as a CSP violation
// when the first agenda document is parsed; jitless skips both the probe and the compilation (same results).
configureZod({ jitless: true });

/** What every surface (personal tab, meeting panel, configuration page) gets once the host and sign-in are known. */
export interface Surface {
  host: HostInfo;
  tokens: TokenProvider;
  graph: GraphConnection;
  store: KeyValueStore;
  /** Where this deployment keeps the pairs' shared spaces: the leaders' OneDrives, or the configured library. */
  spaces: PairSpaceStore;
  /** The delegated scopes every Graph token asks for (the library's scope only in library mode). */
  scopes: readonly string[];
  /** The person's time zone (their mailbox's, else the device's): for times shown and days counted. */
  timeZone: () => Promise<string>;
  /** The demo bar in the demo tenant; nothing in production. */
  banner: ReactNode;
  /** Interactive sign-in, from a user's click; resolves once signed in, reports AuthFailed to Teams when it fails. */
  signIn: () => Promise<void>;
  render: (content: ReactNode) => void;
}

/**
 * The start-up every entry shares: find the host (Teams, Outlook, browser), then sign-in: the demo tenant in a
 * demo build, else the real token provider; a production build without a client id shows a configuration
 * error and never falls back to the demo.
 */
export async function startSurface(run: (surface: Surface) => void | Promise<void>): Promise<void> {
  // The sign-in code (the demo tenant's, or MSAL's) is fetched while the host is detected, not after, and the
  // demo tenant starts meanwhile (it needs nothing from the host); a demo build never fetches MSAL.
  const demoSession =
    import.meta.env.VITE_DEMO_TENANT === 'true'
      ? import('../demo/startDemoSession').then(({ startDemoSession }) =>
          startDemoSession(new URLSearchParams(window.location.search)),
        )
      : null;
  const config = demoSession ? null : readAuthConfig(import.meta.env);
  const tokenProviderCode = config ? import('../auth/createTokenProvider') : null;
  // Awaited once the host is known; a failure before that is not an unhandled rejection meanwhile.
  demoSession?.catch(() => undefined);
  tokenProviderCode?.catch(() => undefined);
  const host = await detectHost();
  notifyAppLoaded();
  let spaceStore: SpaceStore;
  try {
    spaceStore = readSpaceStore(import.meta.env);
  } catch (error) {
    // A spaces setting that names no usable site: never a silent fall-back to the leaders' OneDrives.
    console.error(error);
    renderApp(host, <ConfigurationErrorPage />);
    notifyFailure('other', String(error));
    return;
  }
  let tokens: TokenProvider;
  let banner: ReactNode = null;
  // Compile-time switch: in a production build this branch and the demo chunk are gone.
  if (import.meta.env.VITE_DEMO_TENANT === 'true' && demoSession) {
    const signInToDemo = await demoSession;
    const session = signInToDemo(host);
    tokens = session.tokens;
    banner = session.banner;
  } else {
    if (!config || !tokenProviderCode) {
      renderApp(host, <ConfigurationErrorPage />);
      notifyFailure('other', 'The app has no client id configured');
      return;
    }
    const { createTokenProvider } = await tokenProviderCode;
    tokens = await createTokenProvider(host, config);
  }
  const scopes = signInScopes(spaceStore.kind === 'sharepoint-library');
  const graph = createGraphClient(tokens, scopes);
  const spaces = pairSpaceStore(graph, spaceStore);
  const timeZone = createUserTimeZone(graph, browserTimeZone());
  let content: ReactNode = null;
  // Asked again on every render: a read that failed (before sign-in, say) is then tried again.
  const show = () =>
    renderApp(
      host,
      <TimeZoneProvider zone={timeZone()}>
        {banner}
        {content}
      </TimeZoneProvider>,
    );
  await run({
    host,
    tokens,
    graph,
    spaces,
    scopes,
    timeZone,
    store: browserKeyValueStore(),
    banner,
    signIn: () =>
      tokens.signIn(scopes).then(
        () => {
          if (content !== null) show();
        },
        (error: unknown) => {
          notifyFailure('auth-failed');
          throw error;
        },
      ),
    render: (next) => {
      content = next;
      show();
    },
  });
}
