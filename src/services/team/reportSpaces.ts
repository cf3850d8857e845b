import type { DirectoryPerson } from '../../domain/calendarEvent';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import { leaderSpaceDocument } from '../agenda/agendaSession';
import type { PairSpaceStore } from '../agenda/pairSpaceStore';
import { mapWithConcurrency } from '../mapWithConcurrency';
import type { SyncedDriveDocument } from '../storage/syncedDriveDocument';

export type SpaceHandle = SyncedDriveDocument<SpaceDocument, SpaceEdit>;

/** Files opened at once: OneDrive throttles bursts, and the list is useful before the last one is read. */
const PARALLEL_READS = 4;

/**
 * The shared space of each report, read (never created: the team view must not create and share files for
 * every report). Null for a report with no space yet, or one that cannot be read; its action items are
 * then unknown. The documents stay open, so edits (closing items from To Do) go through their outbox.
 */
export async function openReportSpaces(options: {
  graph: GraphConnection;
  store: KeyValueStore;
  me: DirectoryPerson;
  reports: readonly DirectoryPerson[];
  now: () => Date;
  /** Where the deployment keeps the pairs' spaces (the leader's OneDrive unless a library is configured). */
  spaces?: PairSpaceStore;
}): Promise<Map<string, SpaceHandle | null>> {
  const { graph, store, me, now, spaces } = options;
  const opened = await mapWithConcurrency(options.reports, PARALLEL_READS, async (report) => {
    const space = leaderSpaceDocument(
      {
        graph,
        store,
        participants: {
          me,
          counterpart: { email: report.email, name: report.displayName },
          myRole: 'leader',
        },
        now,
        spaces,
      },
      { createIfMissing: false },
    );
    await space.load();
    const { document, status } = space.snapshot();
    if (document && (status.state === 'saved' || status.state === 'saving' || status.state === 'offline')) {
      return [report.email, space] as const;
    }
    space.dispose();
    return [report.email, null] as const;
  });
  return new Map(opened);
}
