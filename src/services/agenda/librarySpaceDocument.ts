import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import type { SharePointSiteAddress } from '../../domain/space/spaceStore';
import { spaceFilePathInLibrary } from '../../domain/space/spaceStore';
import type { GraphConnection } from '../../graph/createGraphClient';
import { findSharePointLibrary, type SharePointLibrary } from '../../graph/sharePointLibrary';
import type { KeyValueStore } from '../../host/keyValueStore';
import { SyncedDriveDocument } from '../storage/syncedDriveDocument';
import { spaceDocumentCodec } from './agendaDocumentCodecs';
import { type AgendaParticipants, newLeaderSpace } from './agendaSession';

/**
 * Finds the deployment's spaces library once per connection: the site and drive ids do not change while the
 * app is open, and every pair's space is in the same library. A failed lookup is not kept, so a retry asks again.
 */
export class SpacesLibraryLocator {
  private found: Promise<SharePointLibrary> | null = null;

  constructor(
    private readonly graph: GraphConnection,
    private readonly site: SharePointSiteAddress,
    private readonly library: string,
  ) {}

  locate(): Promise<SharePointLibrary> {
    if (!this.found) {
      this.found = findSharePointLibrary(this.graph, this.site, this.library);
      this.found.catch(() => {
        this.found = null;
      });
    }
    return this.found;
  }
}

export interface LibrarySpaceOptions {
  graph: GraphConnection;
  store: KeyValueStore;
  participants: AgendaParticipants;
  library: SharePointLibrary;
  now: () => Date;
}

/**
 * The pair's shared space in the organisation's library, at the same path for both people. The leader's side
 * creates it on first load; the employee's never does (until the leader opens it, load() ends not-found). No
 * sharing step: the library's own permissions decide who reads and writes it.
 */
export function librarySpaceDocument(
  options: LibrarySpaceOptions,
): SyncedDriveDocument<SpaceDocument, SpaceEdit> {
  const { me, counterpart, myRole } = options.participants;
  const [leader, employee] =
    myRole === 'leader' ? [me.email, counterpart.email] : [counterpart.email, me.email];
  const rootPath = spaceFilePathInLibrary(leader, employee);
  return new SyncedDriveDocument({
    graph: options.graph,
    store: options.store,
    location: { driveId: options.library.driveId, rootPath },
    storeKey: `oneOnOne.outbox.${me.id}.library.${options.library.driveId}.${rootPath}`,
    codec: spaceDocumentCodec,
    create: myRole === 'leader' ? { initial: () => newLeaderSpace(options), eager: true } : undefined,
  });
}
