import type { DirectoryPerson } from '../../domain/calendarEvent';
import { encodeSpaceReference } from '../../domain/space/spaceReference';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import { leaderSpaceDocument, publishedReference } from '../agenda/agendaSession';
import type { PairSpaceStore } from '../agenda/pairSpaceStore';

interface PairOptions {
  graph: GraphConnection;
  store: KeyValueStore;
  people: { me: DirectoryPerson };
  now: Date;
  /** Where the deployment keeps the pairs' spaces (the leader's OneDrive unless a library is configured). */
  spaces?: PairSpaceStore;
}

/** The leader's shared space with `counterpart` (created and shared if new), encoded; null if it cannot be had. */
export async function pairSpaceEntityId(
  options: PairOptions,
  counterpart: { email: string; name: string },
): Promise<string | null> {
  const documentOptions = {
    graph: options.graph,
    store: options.store,
    participants: { me: options.people.me, counterpart, myRole: 'leader' as const },
    now: () => options.now,
    spaces: options.spaces,
  };
  const space = leaderSpaceDocument(documentOptions);
  try {
    await space.load();
    const reference = await publishedReference(documentOptions, space);
    return reference ? encodeSpaceReference(reference) : null;
  } catch {
    return null;
  } finally {
    space.dispose();
  }
}
