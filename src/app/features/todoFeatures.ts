import type { AppDeployment } from '../../domain/appDeployment';
import { spaceInviteLinks } from '../../domain/invite/inviteLinks';
import type { SpaceReference } from '../../domain/space/spaceReference';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import type { SpaceHandle } from '../../services/team/reportSpaces';
import {
  type SpaceToSync,
  syncActionItemTasks,
  type TodoSyncResult,
} from '../../services/todo/syncActionItemTasks';

export interface TodoFeatureContext {
  graph: GraphConnection;
  store: KeyValueStore;
  deployment: AppDeployment;
  /** The person's zone (mailbox, else device): task due dates are days in it. */
  timeZone: () => Promise<string>;
}

/** A space the signed-in person shares with someone: theirs to sync from their side. */
export interface SpaceWithPerson {
  space: SpaceHandle;
  myRole: 'leader' | 'employee';
  counterpartName: string;
  /** Where the space is: the link back to the 1:1 comes from it. */
  reference: SpaceReference | null;
}

/**
 * Microsoft To Do for action items (optional, per person): loaded on demand, like the agenda features.
 * Syncs never overlap: one that is asked for while another runs waits for it and then runs once.
 */
export function createTodoFeatures({ graph, store, deployment, timeZone }: TodoFeatureContext) {
  let running: Promise<TodoSyncResult> | null = null;
  const listCache = { listId: null as string | null };
  const webUrlOf = (entry: SpaceWithPerson): string => {
    const file = entry.space.snapshot().file;
    const reference = entry.reference ?? (file ? { driveId: file.driveId, itemId: file.itemId } : null);
    if (!reference) return deployment.appOrigin;
    return spaceInviteLinks(deployment, reference).webUrl;
  };
  const sync = async (
    userId: string,
    entries: readonly SpaceWithPerson[],
    linkTitle: (name: string) => string,
  ): Promise<TodoSyncResult> => {
    const spaces: SpaceToSync[] = entries.map((entry) => ({
      space: entry.space,
      myRole: entry.myRole,
      webUrl: webUrlOf(entry),
      linkTitle: linkTitle(entry.counterpartName),
    }));
    return syncActionItemTasks({
      graph,
      store,
      userId,
      spaces,
      timeZone: await timeZone(),
      now: () => new Date(),
      listCache,
    });
  };
  return {
    sync: async (
      userId: string,
      entries: readonly SpaceWithPerson[],
      linkTitle: (name: string) => string,
    ) => {
      while (running) await running.catch(() => undefined);
      running = sync(userId, entries, linkTitle);
      try {
        return await running;
      } finally {
        running = null;
      }
    },
    /** The spaces of an open agenda session (none when the employee's space is not found yet). */
    entriesOf: (session: AgendaSession): SpaceWithPerson[] =>
      session.space
        ? [
            {
              space: session.space,
              myRole: session.participants.myRole,
              counterpartName: session.participants.counterpart.name,
              reference: session.reference,
            },
          ]
        : [],
  };
}

export type TodoFeatures = ReturnType<typeof createTodoFeatures>;
