import { GRAPH_SCOPES, readAuthConfig } from './auth/authConfig';
import { createTokenProvider } from './auth/createTokenProvider';
import type { TokenProvider } from './auth/TokenProvider';
import { buildInviteLinks } from './domain/invite/inviteLinks';
import { decodeSpaceReference, encodeSpaceReference } from './domain/space/spaceReference';
import { SPACE_QUERY_PARAMETER } from './domain/space/spaceReferenceInText';
import type { AgendaParticipants } from './graph/agendaSession';
import { createGraphClient } from './graph/createGraphClient';
import { attachAgendaToInvite } from './graph/inviteAgenda';
import { browserKeyValueStore } from './graph/keyValueStore';
import type { UpcomingOneOnOnes } from './graph/loadUpcomingOneOnOnes';
import { loadUpcomingOneOnOnes } from './graph/loadUpcomingOneOnOnes';
import { openPairAgenda } from './graph/openPairAgenda';
import { getPeopleAroundMe } from './graph/people';
import { spaceCounterpartEmail } from './graph/spaceCounterpart';
import { isAutoAttachOn, setAutoAttach, syncInviteAgendas } from './graph/syncInviteAgendas';
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
  const linkedReference = decodeSpaceReference(query.get(SPACE_QUERY_PARAMETER) ?? '');
  const loadUpcoming = (days: number) => loadUpcomingOneOnOnes(graph, new Date(), days);
  const openAgenda = (counterpartEmail: string, known: AgendaParticipants | null) =>
    openPairAgenda({ graph, store, counterpartEmail, known, reference: linkedReference });
  const signIn = () => {
    tokens.signIn(GRAPH_SCOPES).catch(() => notifyFailure('auth-failed'));
  };
  const initialDays = Number(query.get('days')) || undefined;
  const deployment = readAppDeployment(import.meta.env, window.location.origin);
  const locale = resolveLocale(host.locale);
  const invite: InviteWriter = {
    linksFor: (reference) =>
      buildInviteLinks({
        teamsAppId: deployment.teamsAppId,
        tabEntityId: PERSONAL_TAB_ENTITY_ID,
        webOrigin: deployment.appOrigin,
        spaceReference: encodeSpaceReference(reference),
      }),
    update: (userId, occurrence, agenda) =>
      attachAgendaToInvite({ graph, store, userId, occurrence, agenda, now: new Date() }),
  };
  const syncInvites = async (upcoming: UpcomingOneOnOnes, days: number) =>
    (
      await syncInviteAgendas({
        graph,
        store,
        people: upcoming.people,
        deployment,
        locale,
        now: new Date(),
        days,
      })
    ).statuses;
  const autoAttach = {
    isOn: (userId: string) => isAutoAttachOn(store, userId),
    set: (userId: string, on: boolean) => setAutoAttach(store, userId, on),
  };
  if (linkedReference && !window.location.hash) {
    // Opened from an invite's "Add your topics" link: go straight to that 1:1's agenda.
    const { me } = await getPeopleAroundMe(graph).catch(() => ({ me: null }));
    const counterpart = me ? await spaceCounterpartEmail(graph, linkedReference, me.email) : null;
    if (counterpart) window.location.hash = `#/agenda/${encodeURIComponent(counterpart)}`;
  }
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
        invite={invite}
        syncInvites={syncInvites}
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
