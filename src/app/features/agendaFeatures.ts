import type { AppDeployment } from '../../domain/appDeployment';
import type { InviteAgenda } from '../../domain/invite/inviteAgenda';
import type { Locale } from '../../domain/locale';
import type { SpaceReference } from '../../domain/space/spaceReference';
import type { GraphConnection } from '../../graph/createGraphClient';
import { toGraphRequestError } from '../../graph/graphRequestError';
import { getPeopleAroundMe } from '../../graph/people';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { AgendaParticipants } from '../../services/agenda/agendaSession';
import type { PairSpaceStore } from '../../services/agenda/librarySpaceDocument';
import type { PairOccurrence } from '../../services/agenda/loadPairOccurrences';
import { openPairAgenda } from '../../services/agenda/openPairAgenda';
import { type LinkedSpaceCounterpart, spaceCounterpartEmail } from '../../services/agenda/spaceCounterpart';
import { attachAgendaToInvite } from '../../services/invites/attachAgendaToInvite';
import { syncInviteAgendas } from '../../services/invites/syncInviteAgendas';
import type { UpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';

export interface AgendaFeatureContext {
  graph: GraphConnection;
  store: KeyValueStore;
  deployment: AppDeployment;
  locale: Locale;
  linkedReference: SpaceReference | null;
  /** Where the deployment keeps the pairs' spaces. */
  spaces: PairSpaceStore;
}

/**
 * Everything past the first list: opening an agenda, the invite, and following an invite's link. Loaded on
 * demand (dynamic import), so the personal tab's first paint carries none of it.
 */
export function createAgendaFeatures(context: AgendaFeatureContext) {
  const { graph, store, deployment, locale, linkedReference, spaces } = context;
  return {
    openAgenda: (counterpartEmail: string, known: AgendaParticipants | null) =>
      openPairAgenda({ graph, store, counterpartEmail, known, reference: linkedReference, spaces }),
    updateInvite: (userId: string, occurrence: PairOccurrence, agenda: InviteAgenda) =>
      attachAgendaToInvite({ graph, store, userId, occurrence, agenda, now: new Date(), trigger: 'user' }),
    syncInvites: async (upcoming: UpcomingOneOnOnes, days: number) =>
      (
        await syncInviteAgendas({
          graph,
          store,
          people: upcoming.people,
          deployment,
          locale,
          now: new Date(),
          days,
          spaces,
        })
      ).statuses,
    /** The 1:1 an invite's "Add your topics" link points to (the other person of the linked space), or why not. */
    linkedCounterpart: async (): Promise<LinkedSpaceCounterpart | null> => {
      if (!linkedReference) return null;
      try {
        const { me } = await getPeopleAroundMe(graph);
        return await spaceCounterpartEmail(graph, linkedReference, me.email);
      } catch (error) {
        return { kind: 'failed', error: toGraphRequestError(error) };
      }
    },
  };
}

export type AgendaFeatures = ReturnType<typeof createAgendaFeatures>;
