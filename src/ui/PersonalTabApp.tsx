import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { InviteAgendaStatus } from '../domain/invite/agendaOnInvite';
import type { PersonOneOnOnes } from '../domain/oneOnOne';
import { roleInPair } from '../domain/space/roleInPair';
import type { AgendaParticipants } from '../services/agenda/agendaSession';
import type { UpcomingOneOnOnes } from '../services/oneOnOnes/loadUpcomingOneOnOnes';
import type { OpenedAgenda } from './agenda/AgendaPage';
import type { InviteWriter } from './agenda/AgendaView';
import { type LinkedSpaceLookup, LinkedSpaceNotice } from './myOneOnOnes/LinkedSpaceNotice';
import { type AutoAttachSetting, MyOneOnOnesPage } from './myOneOnOnes/MyOneOnOnesPage';
import { OneOnOnesSkeleton } from './myOneOnOnes/OneOnOnesSkeleton';
import type { LeaderReminderControl } from './myOneOnOnes/useLeaderReminder';
import type { TeamsSetupControl } from './myOneOnOnes/useTeamsSetup';
import type { PersonalTabView } from './PersonalTabNavigation';
import type { RecordApi } from './record/RecordApi';
import type { TeamViewApi } from './team/TeamViewApi';
import type { TodoSyncApi } from './todo/TodoSyncApi';

// The agenda is a second step: its code loads when it is first opened, not with the list.
const AgendaPage = lazy(() =>
  import('./agenda/AgendaPage').then((module) => ({ default: module.AgendaPage })),
);
// The team view (and its charts) is for leaders only: its code loads when it is first opened, and so does
// the tab bar that leads to it (shown once the list knows the person has direct reports).
const TeamPage = lazy(() => import('./team/TeamPage').then((module) => ({ default: module.TeamPage })));
// The conversation record: its code (and, on export, the Word library) loads when first opened.
const RecordPage = lazy(() =>
  import('./record/RecordPage').then((module) => ({ default: module.RecordPage })),
);
const PersonalTabNavigation = lazy(() =>
  import('./PersonalTabNavigation').then((module) => ({ default: module.PersonalTabNavigation })),
);

type Route =
  | { kind: 'list' }
  | { kind: 'team' }
  | { kind: 'agenda'; email: string; name: string; known: AgendaParticipants | null }
  | { kind: 'record'; email: string; name: string; known: AgendaParticipants | null };

const AGENDA_HASH = '#/agenda/';
const TEAM_HASH = '#/team';
const RECORD_HASH = '#/record/';

function routeFromHash(hash: string): Route {
  if (hash === TEAM_HASH) return { kind: 'team' };
  if (hash.startsWith(RECORD_HASH)) {
    try {
      const email = decodeURIComponent(hash.slice(RECORD_HASH.length));
      return email ? { kind: 'record', email, name: email, known: null } : { kind: 'list' };
    } catch {
      return { kind: 'list' };
    }
  }
  if (!hash.startsWith(AGENDA_HASH)) return { kind: 'list' };
  try {
    const email = decodeURIComponent(hash.slice(AGENDA_HASH.length));
    return email ? { kind: 'agenda', email, name: email, known: null } : { kind: 'list' };
  } catch {
    return { kind: 'list' };
  }
}

interface PersonalTabAppProps {
  loadUpcoming: (days: number) => Promise<UpcomingOneOnOnes>;
  openAgenda: (counterpartEmail: string, known: AgendaParticipants | null) => Promise<OpenedAgenda>;
  onSignIn?: (() => void | Promise<void>) | undefined;
  onFirstResult?: (() => void) | undefined;
  initialDays?: number | undefined;
  invite?: InviteWriter | undefined;
  syncInvites?:
    | ((upcoming: UpcomingOneOnOnes, days: number) => Promise<ReadonlyMap<string, InviteAgendaStatus>>)
    | undefined;
  autoAttach?: AutoAttachSetting | undefined;
  teamsSetup?: TeamsSetupControl | undefined;
  leaderReminder?: LeaderReminderControl | undefined;
  /** The leader's team view; absent where it is not offered. */
  team?: TeamViewApi | undefined;
  /** Microsoft To Do for the person's own action items (optional per person). */
  todo?: TodoSyncApi | undefined;
  /** A pair's conversation record (summaries, exports); absent where it is not offered. */
  record?: RecordApi | undefined;
  /** Opened through an agenda link whose space could not be looked up: why, above the list. */
  linkedSpace?: LinkedSpaceLookup | undefined;
}

/** "My 1:1s" and, one click in, a pair's agenda; the URL hash keeps the place across reloads and back. */
export function PersonalTabApp({
  loadUpcoming,
  openAgenda,
  onSignIn,
  onFirstResult,
  initialDays,
  invite,
  syncInvites,
  autoAttach,
  teamsSetup,
  leaderReminder,
  team,
  todo,
  record,
  linkedSpace,
}: PersonalTabAppProps) {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  // Leaders (people with direct reports, as the list finds out) get "My 1:1s | My team" at the top.
  const [hasReports, setHasReports] = useState(false);
  const loadAndNoteReports = useCallback(
    async (days: number) => {
      const upcoming = await loadUpcoming(days);
      setHasReports(upcoming.people.directReports.length > 0);
      return upcoming;
    },
    [loadUpcoming],
  );
  useEffect(() => {
    const follow = () =>
      setRoute((current) => {
        const next = routeFromHash(window.location.hash);
        return (next.kind === 'agenda' || next.kind === 'record') &&
          current.kind === next.kind &&
          current.email === next.email
          ? current
          : next;
      });
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const open = useCallback((person: PersonOneOnOnes, upcoming: UpcomingOneOnOnes) => {
    const next = person.series[0]?.occurrences[0];
    const known: AgendaParticipants = {
      me: upcoming.people.me,
      counterpart: { email: person.counterpart.email, name: person.counterpart.name },
      myRole: roleInPair(person.counterpart.relation, next?.isOrganizer ?? false),
    };
    setReturnTo('mine');
    setRoute({ kind: 'agenda', email: person.counterpart.email, name: person.counterpart.name, known });
    window.location.hash = `${AGENDA_HASH}${encodeURIComponent(person.counterpart.email)}`;
  }, []);
  const navigate = useCallback((view: PersonalTabView) => {
    setRoute(view === 'team' ? { kind: 'team' } : { kind: 'list' });
    window.location.hash = view === 'team' ? TEAM_HASH : '';
  }, []);
  // "Back" from an agenda returns to the view it was opened from.
  const [returnTo, setReturnTo] = useState<PersonalTabView>('mine');
  const back = useCallback(() => navigate(returnTo), [navigate, returnTo]);
  const openFromTeam = useCallback((email: string, name: string) => {
    setReturnTo('team');
    setRoute({ kind: 'agenda', email, name, known: null });
    window.location.hash = `${AGENDA_HASH}${encodeURIComponent(email)}`;
  }, []);
  const openThisAgenda = useCallback(
    () =>
      route.kind === 'agenda' || route.kind === 'record'
        ? openAgenda(route.email, route.known)
        : Promise.reject(new Error('No agenda open')),
    [route, openAgenda],
  );

  const openRecord = useCallback(() => {
    if (route.kind !== 'agenda') return;
    setRoute({ ...route, kind: 'record' });
    window.location.hash = `${RECORD_HASH}${encodeURIComponent(route.email)}`;
  }, [route]);
  const backToAgenda = useCallback(() => {
    if (route.kind !== 'record') return;
    setRoute({ ...route, kind: 'agenda' });
    window.location.hash = `${AGENDA_HASH}${encodeURIComponent(route.email)}`;
  }, [route]);

  if (route.kind === 'record' && record) {
    return (
      <Suspense fallback={<OneOnOnesSkeleton />}>
        <RecordPage
          counterpartEmail={route.email}
          openAgenda={openThisAgenda}
          api={record}
          onBack={backToAgenda}
          onSignIn={onSignIn}
        />
      </Suspense>
    );
  }
  if (route.kind === 'agenda' || route.kind === 'record') {
    return (
      <Suspense fallback={<OneOnOnesSkeleton />}>
        <AgendaPage
          counterpartName={route.name}
          openAgenda={openThisAgenda}
          onBack={back}
          invite={invite}
          onSignIn={onSignIn}
          todo={todo}
          onOpenRecord={record ? openRecord : undefined}
        />
      </Suspense>
    );
  }
  const navigation =
    team && (route.kind === 'team' || hasReports) ? (
      <Suspense fallback={null}>
        <PersonalTabNavigation current={route.kind === 'team' ? 'team' : 'mine'} onSelect={navigate} />
      </Suspense>
    ) : null;
  if (route.kind === 'team' && team) {
    return (
      <>
        {navigation}
        <Suspense fallback={<OneOnOnesSkeleton />}>
          <TeamPage
            api={team}
            todo={todo}
            onSignIn={onSignIn}
            onOpenAgenda={(person) => openFromTeam(person.email, person.displayName)}
          />
        </Suspense>
      </>
    );
  }
  return (
    <>
      {navigation}
      {linkedSpace ? (
        <LinkedSpaceNotice
          lookup={linkedSpace}
          onFound={(email) => {
            window.location.hash = `${AGENDA_HASH}${encodeURIComponent(email)}`;
          }}
        />
      ) : null}
      <MyOneOnOnesPage
        loadUpcoming={loadAndNoteReports}
        onSignIn={onSignIn}
        onFirstResult={onFirstResult}
        initialDays={initialDays}
        onOpenAgenda={open}
        syncInvites={syncInvites}
        autoAttach={autoAttach}
        teamsSetup={teamsSetup}
        leaderReminder={leaderReminder}
      />
    </>
  );
}
