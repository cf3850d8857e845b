import type { AgendaFeatures } from './agendaFeatures';
import { GRAPH_SCOPES, readAuthConfig } from './auth/authConfig';
import { createTokenProvider } from './auth/createTokenProvider';
import type { TokenProvider } from './auth/TokenProvider';
import { buildInviteLinks } from './domain/invite/inviteLinks';
import { decodeSpaceReference, encodeSpaceReference } from './domain/space/spaceReference';
import { SPACE_QUERY_PARAMETER } from './domain/space/spaceReferenceInText';
import { isAutoAttachOn, setAutoAttach } from './graph/autoAttachSetting';
import { createGraphClient } from './graph/createGraphClient';
import { browserKeyValueStore } from './graph/keyValueStore';
import { loadUpcomingOneOnOnes } from './graph/loadUpcomingOneOnOnes';
import { PERSONAL_TAB_ENTITY_ID, readAppDeployment } from './host/appDeployment';
import { detectHost } from './host/detectHost';
import type { HostInfo } from './host/HostInfo';
import { resolveLocale } from './host/resolveLocale';
import { notifyAppLoaded, notifyFailure, notifySuccess } from './host/teamsLifecycle';
import type { InviteWriter } from './ui/agenda/AgendaView';
import { ConfigurationErrorPage } from './ui/ConfigurationErrorPage';
import { PersonalTabApp } from './ui/PersonalTabApp';
import { renderApp } from './ui/renderApp';

async function renderMyOneOnOnes(host: HostInfo, tokens: TokenProvider, banner: React.ReactNode = null) {
  const graph = createGraphClient(tokens, GRAPH_SCOPES);
  const store = browserKeyValueStore();
  const query = new URLSearchParams(window.location.search);
  const context = {
    graph,
    store,
    deployment: readAppDeployment(import.meta.env, window.location.origin),
    locale: resolveLocale(host.locale),
    linkedReference: decodeSpaceReference(query.get(SPACE_QUERY_PARAMETER) ?? ''),
  };
  let loaded: Promise<AgendaFeatures> | null = null;
  const features = () => {
    loaded ??= import('./agendaFeatures').then(({ createAgendaFeatures }) => createAgendaFeatures(context));
    return loaded;
  };
  const invite: InviteWriter = {
    linksFor: (reference) =>
      buildInviteLinks({
        teamsAppId: context.deployment.teamsAppId,
        tabEntityId: PERSONAL_TAB_ENTITY_ID,
        webOrigin: context.deployment.appOrigin,
        spaceReference: encodeSpaceReference(reference),
      }),
    update: async (userId, occurrence, agenda) => (await features()).updateInvite(userId, occurrence, agenda),
  };
  const autoAttach = {
    isOn: (userId: string) => isAutoAttachOn(store, userId),
    set: (userId: string, on: boolean) => setAutoAttach(store, userId, on),
  };
  if (context.linkedReference && !window.location.hash) {
    // Opened from an invite's "Add your topics" link: go straight to that 1:1's agenda.
    const counterpart = await (await features()).linkedCounterpart().catch(() => null);
    if (counterpart) window.location.hash = `#/agenda/${encodeURIComponent(counterpart)}`;
  }
  renderApp(
    host,
    <>
      {banner}
      <PersonalTabApp
        loadUpcoming={(days) => loadUpcomingOneOnOnes(graph, new Date(), days)}
        openAgenda={async (email, known) => (await features()).openAgenda(email, known)}
        onSignIn={() => {
          tokens.signIn(GRAPH_SCOPES).catch(() => notifyFailure('auth-failed'));
        }}
        onFirstResult={notifySuccess}
        initialDays={Number(query.get('days')) || undefined}
        invite={invite}
        syncInvites={async (upcoming, days) => (await features()).syncInvites(upcoming, days)}
        autoAttach={autoAttach}
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
    await renderMyOneOnOnes(host, session.tokens, session.banner);
    return;
  }
  const config = readAuthConfig(import.meta.env);
  if (!config) {
    renderApp(host, <ConfigurationErrorPage />);
    notifyFailure('other', 'The app has no client id configured');
    return;
  }
  await renderMyOneOnOnes(host, await createTokenProvider(host, config));
}

void start();
