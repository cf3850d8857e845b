import { GRAPH_SCOPES, readAuthConfig } from './auth/authConfig';
import { createTokenProvider } from './auth/createTokenProvider';
import type { TokenProvider } from './auth/TokenProvider';
import { decodeSpaceReference } from './domain/space/spaceReference';
import { SPACE_QUERY_PARAMETER } from './domain/space/spaceReferenceInText';
import type { AgendaParticipants } from './graph/agendaSession';
import { createGraphClient } from './graph/createGraphClient';
import { browserKeyValueStore } from './graph/keyValueStore';
import { loadUpcomingOneOnOnes } from './graph/loadUpcomingOneOnOnes';
import { openPairAgenda } from './graph/openPairAgenda';
import { detectHost } from './host/detectHost';
import type { HostInfo } from './host/HostInfo';
import { notifyAppLoaded, notifyFailure, notifySuccess } from './host/teamsLifecycle';
import { ConfigurationErrorPage } from './ui/ConfigurationErrorPage';
import { PersonalTabApp } from './ui/PersonalTabApp';
import { renderApp } from './ui/renderApp';

function renderMyOneOnOnes(host: HostInfo, tokens: TokenProvider, banner: React.ReactNode = null) {
  const graph = createGraphClient(tokens, GRAPH_SCOPES);
  const store = browserKeyValueStore();
  const query = new URLSearchParams(window.location.search);
  const linkedReference = decodeSpaceReference(query.get(SPACE_QUERY_PARAMETER) ?? '');
  const loadUpcoming = (days: number) => loadUpcomingOneOnOnes(graph, new Date(), days);
  const openAgenda = (counterpartEmail: string, known: AgendaParticipants | null) =>
    openPairAgenda({ graph, store, counterpartEmail, known, reference: linkedReference });
  const signIn = () => {
    tokens.signIn(GRAPH_SCOPES).catch(() => notifyFailure('auth-failed'));
  };
  const initialDays = Number(query.get('days')) || undefined;
  renderApp(
    host,
    <>
      {banner}
      <PersonalTabApp
        loadUpcoming={loadUpcoming}
        openAgenda={openAgenda}
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
