import { GRAPH_SCOPES, readAuthConfig } from './auth/authConfig';
import { createTokenProvider } from './auth/createTokenProvider';
import type { TokenProvider } from './auth/TokenProvider';
import { createGraphClient } from './graph/createGraphClient';
import { loadUpcomingOneOnOnes } from './graph/loadUpcomingOneOnOnes';
import { detectHost } from './host/detectHost';
import type { HostInfo } from './host/HostInfo';
import { notifyAppLoaded, notifyFailure, notifySuccess } from './host/teamsLifecycle';
import { ConfigurationErrorPage } from './ui/ConfigurationErrorPage';
import { MyOneOnOnesPage } from './ui/myOneOnOnes/MyOneOnOnesPage';
import { renderApp } from './ui/renderApp';

function renderMyOneOnOnes(host: HostInfo, tokens: TokenProvider, banner: React.ReactNode = null) {
  const graph = createGraphClient(tokens, GRAPH_SCOPES);
  const loadUpcoming = (days: number) => loadUpcomingOneOnOnes(graph, new Date(), days);
  const signIn = () => {
    tokens.signIn(GRAPH_SCOPES).catch(() => notifyFailure('auth-failed'));
  };
  const initialDays = Number(new URLSearchParams(window.location.search).get('days')) || undefined;
  renderApp(
    host,
    <>
      {banner}
      <MyOneOnOnesPage
        loadUpcoming={loadUpcoming}
        onSignIn={signIn}
        onFirstResult={notifySuccess}
        initialDays={initialDays}
      />
    </>,
  );
}

async function start() {
  const host = await detectHost();
  notifyAppLoaded();
  // Compile-time switch: in a production build this branch and the demo chunk are gone.
  if (import.meta.env.VITE_DEMO_TENANT === 'true') {
    const { startDemoSession } = await import('./demo/startDemoSession');
    const session = await startDemoSession(new URLSearchParams(window.location.search));
    renderMyOneOnOnes(host, session.tokens, session.banner);
    return;
  }
  const config = readAuthConfig(import.meta.env);
  if (!config) {
    renderApp(host, <ConfigurationErrorPage />);
    notifyFailure('other', 'The app has no client id configured');
    return;
  }
  renderMyOneOnOnes(host, await createTokenProvider(host, config));
}

void start();
