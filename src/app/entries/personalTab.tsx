import { LEADER_REMINDER_SCOPES, MEETING_TAB_READ_SCOPES } from '../../auth/authConfig';
import { DEMO_TEAMS_APP_MANIFEST_ID } from '../../domain/appDeployment';
import { decodeSpaceReference } from '../../domain/space/spaceReference';
import { SPACE_QUERY_PARAMETER } from '../../domain/space/spaceReferenceInText';
import { createGraphClient } from '../../graph/createGraphClient';
import { toGraphRequestError } from '../../graph/graphRequestError';
import { readAppDeployment } from '../../host/appDeployment';
import { resolveLocale } from '../../host/resolveLocale';
import { notifySuccess } from '../../host/teamsLifecycle';
import type { LinkedSpaceCounterpart } from '../../services/agenda/spaceCounterpart';
import { isAutoAttachOn, setAutoAttach } from '../../services/invites/autoAttachSetting';
import { isLeaderReminderOn, setLeaderReminder } from '../../services/nudges/leaderReminderSetting';
import { loadUpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';
import type { InviteWriter } from '../../ui/agenda/AgendaView';
import { messagesFor } from '../../ui/i18n/useStrings';
import type { LinkedSpaceLookup } from '../../ui/myOneOnOnes/LinkedSpaceNotice';
import { PersonalTabApp } from '../../ui/PersonalTabApp';
import { lazyFeature } from '../features/lazyFeature';
import { lazyRecord } from '../features/lazyRecord';
import { lazyTeamsSetup } from '../features/lazyTeamsSetup';
import { lazyTeamView } from '../features/lazyTeamView';
import { lazyTodoSync } from '../features/lazyTodoSync';
import { startSurface } from '../startSurface';

/** A reminder's `{when}`: the weekday and time, in the reader's language and the sender's mailbox zone. */
const formatReminderWhen = (locale: string, start: string, zone: string) =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(start));

/** The personal tab "My 1:1s" (and the plain browser app): the list, and each pair's agenda one click in. */
void startSurface(async ({ host, graph, tokens, store, signIn, render, timeZone, spaces, scopes }) => {
  const query = new URLSearchParams(window.location.search);
  const deployment = readAppDeployment(import.meta.env, window.location.origin);
  // The demo build has no Teams app id of its own: the demo tenant's catalog knows the app by a fixed one.
  const manifestId =
    deployment.teamsAppId ??
    (import.meta.env.VITE_DEMO_TENANT === 'true' ? DEMO_TEAMS_APP_MANIFEST_ID : null);
  const locale = resolveLocale(host.locale);
  const context = {
    graph,
    store,
    timeZone,
    spaces,
    deployment,
    locale,
    linkedReference:
      decodeSpaceReference(query.get(SPACE_QUERY_PARAMETER) ?? '') ??
      decodeSpaceReference(host.teamsContext?.page.subPageId ?? ''),
    meetingTabs: manifestId
      ? { graph: createGraphClient(tokens, [...scopes, ...MEETING_TAB_READ_SCOPES]), manifestId }
      : null,
    leaderReminders: manifestId
      ? {
          activityGraph: createGraphClient(tokens, [...scopes, ...LEADER_REMINDER_SCOPES]),
          manifestId,
          timeZone,
          formatWhen: (start: string, zone: string) => formatReminderWhen(locale, start, zone),
        }
      : null,
  };
  const features = lazyFeature(() =>
    import('../features/agendaFeatures').then(({ createAgendaFeatures }) => createAgendaFeatures(context)),
  );
  const invite: InviteWriter = {
    deployment: context.deployment,
    update: async (userId, occurrence, agenda) => (await features()).updateInvite(userId, occurrence, agenda),
  };
  let linkedSpace: LinkedSpaceLookup | undefined;
  if (context.linkedReference && !window.location.hash) {
    // Opened from an invite's "Add your topics" link (web, or Teams deep link): go straight to that agenda,
    // or say above the list why it cannot be opened.
    const lookUp = async () =>
      (await features())
        .linkedCounterpart()
        .catch(
          (error: unknown): LinkedSpaceCounterpart => ({ kind: 'failed', error: toGraphRequestError(error) }),
        );
    const first = await lookUp();
    if (first?.kind === 'found') window.location.hash = `#/agenda/${encodeURIComponent(first.email)}`;
    else if (first) linkedSpace = { first, retry: async () => (await lookUp()) ?? { kind: 'not-shared' } };
  }
  const teamsSetup = lazyTeamsSetup(
    manifestId
      ? {
          tokens,
          scopes,
          spaces,
          store,
          manifestId,
          tab: {
            displayName: messagesFor(context.locale).tabName,
            contentUrl: `${context.deployment.appOrigin}/meeting.html?host=teams`,
            websiteUrl: `${context.deployment.appOrigin}/`,
          },
          deployment: context.deployment,
          reminderPreview: messagesFor(context.locale).teamsReminderPreview,
          timeZone,
          formatWhen: (start, zone) => formatReminderWhen(context.locale, start, zone),
        }
      : null,
  );
  render(
    <PersonalTabApp
      loadUpcoming={(days) => loadUpcomingOneOnOnes(graph, new Date(), days)}
      openAgenda={async (email, known) => (await features()).openAgenda(email, known)}
      onSignIn={signIn}
      onFirstResult={notifySuccess}
      initialDays={Number(query.get('days')) || undefined}
      invite={invite}
      syncInvites={async (upcoming, days) => (await features()).syncInvites(upcoming, days)}
      autoAttach={{
        isOn: (userId) => isAutoAttachOn(store, userId),
        set: (userId, on) => setAutoAttach(store, userId, on),
      }}
      teamsSetup={teamsSetup}
      leaderReminder={
        manifestId
          ? {
              isOn: (userId) => isLeaderReminderOn(store, userId),
              set: (userId, on) => setLeaderReminder(store, userId, on),
              send: async (upcoming) => (await features()).remindLeaders(upcoming),
            }
          : undefined
      }
      team={lazyTeamView(context)}
      record={lazyRecord(context)}
      todo={lazyTodoSync(context, messagesFor(context.locale).todoLinkTitle)}
      linkedSpace={linkedSpace}
    />,
  );
});
