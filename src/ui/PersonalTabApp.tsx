import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { InviteAgendaStatus } from '../domain/invite/agendaOnInvite';
import type { PersonOneOnOnes } from '../domain/oneOnOne';
import { roleInPair } from '../domain/space/roleInPair';
import type { AgendaParticipants } from '../graph/agendaSession';
import type { UpcomingOneOnOnes } from '../graph/loadUpcomingOneOnOnes';
import type { OpenedAgenda } from './agenda/AgendaPage';
import type { InviteWriter } from './agenda/AgendaView';
import { type AutoAttachSetting, MyOneOnOnesPage } from './myOneOnOnes/MyOneOnOnesPage';
import { OneOnOnesSkeleton } from './myOneOnOnes/OneOnOnesSkeleton';

// The agenda is a second step: its code loads when it is first opened, not with the list.
const AgendaPage = lazy(() =>
  import('./agenda/AgendaPage').then((module) => ({ default: module.AgendaPage })),
);

type Route =
  | { kind: 'list' }
  | { kind: 'agenda'; email: string; name: string; known: AgendaParticipants | null };

const AGENDA_HASH = '#/agenda/';

function routeFromHash(hash: string): Route {
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
  onSignIn?: (() => void) | undefined;
  onFirstResult?: (() => void) | undefined;
  initialDays?: number | undefined;
  invite?: InviteWriter | undefined;
  syncInvites?:
    | ((upcoming: UpcomingOneOnOnes, days: number) => Promise<ReadonlyMap<string, InviteAgendaStatus>>)
    | undefined;
  autoAttach?: AutoAttachSetting | undefined;
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
}: PersonalTabAppProps) {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const follow = () =>
      setRoute((current) => {
        const next = routeFromHash(window.location.hash);
        return next.kind === 'agenda' && current.kind === 'agenda' && current.email === next.email
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
    setRoute({ kind: 'agenda', email: person.counterpart.email, name: person.counterpart.name, known });
    window.location.hash = `${AGENDA_HASH}${encodeURIComponent(person.counterpart.email)}`;
  }, []);
  const back = useCallback(() => {
    setRoute({ kind: 'list' });
    window.location.hash = '';
  }, []);
  const openThisAgenda = useCallback(
    () =>
      route.kind === 'agenda'
        ? openAgenda(route.email, route.known)
        : Promise.reject(new Error('No agenda open')),
    [route, openAgenda],
  );

  if (route.kind === 'agenda') {
    return (
      <Suspense fallback={<OneOnOnesSkeleton />}>
        <AgendaPage
          counterpartName={route.name}
          openAgenda={openThisAgenda}
          onBack={back}
          invite={invite}
          onSignIn={onSignIn}
        />
      </Suspense>
    );
  }
  return (
    <MyOneOnOnesPage
      loadUpcoming={loadUpcoming}
      onSignIn={onSignIn}
      onFirstResult={onFirstResult}
      initialDays={initialDays}
      onOpenAgenda={open}
      syncInvites={syncInvites}
      autoAttach={autoAttach}
    />
  );
}
