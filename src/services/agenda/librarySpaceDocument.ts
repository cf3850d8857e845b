import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import type { SharePointSiteAddress, SpaceStore } from '../../domain/space/spaceStore';
import { spaceFilePathInLibrary } from '../../domain/space/spaceStore';
import type { GraphConnection } from '../../graph/createGraphClient';
import { findSharePointLibrary, type SharePointLibrary } from '../../graph/sharePointLibrary';
import type { KeyValueStore } from '../../host/keyValueStore';
import { SyncedDriveDocument } from '../storage/syncedDriveDocument';
import { spaceDocumentCodec } from './agendaDocumentCodecs';
import type { AgendaParticipants } from './agendaSession';

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

  /** Names the library without asking Graph (for outbox keys, which must be known before the lookup). */
  get key(): string {
    return `${this.site.hostname}/${this.site.serverRelativePath}/${this.library}`.toLowerCase();
  }

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

/**
 * Where the deployment keeps the pairs' shared spaces, ready to use: the leader's OneDrive app folder (shared
 * with the employee), or the organisation's library (same path for both, no sharing). Chosen once, in the
 * composition root, from the build's setting; every use case that opens a space takes it.
 */
export type PairSpaceStore =
  | { kind: 'leader-onedrive' }
  | { kind: 'sharepoint-library'; locator: SpacesLibraryLocator };

export const LEADER_ONEDRIVE: PairSpaceStore = { kind: 'leader-onedrive' };

export function pairSpaceStore(graph: GraphConnection, setting: SpaceStore): PairSpaceStore {
  if (setting.kind === 'leader-onedrive') return LEADER_ONEDRIVE;
  return {
    kind: 'sharepoint-library',
    locator: new SpacesLibraryLocator(graph, setting.site, setting.library),
  };
}

export interface LibrarySpaceOptions {
  graph: GraphConnection;
  store: KeyValueStore;
  participants: AgendaParticipants;
  locator: SpacesLibraryLocator;
  /** The new, empty space the leader's side writes when there is none yet. */
  initial: () => SpaceDocument;
}

/**
 * The pair's shared space in the organisation's library, at the same path for both people. The leader's side
 * creates it on first load (unless `createIfMissing` is false: the team view only reads); the employee's never
 * does (until the leader opens it, load() ends not-found). No sharing step: the library's own permissions
 * decide who reads and writes it. The library is looked up on first read, so a missing or refused library is
 * this document's error (with its message and retry), never an overwrite.
 */
export function librarySpaceDocument(
  options: LibrarySpaceOptions,
  { createIfMissing = true }: { createIfMissing?: boolean } = {},
): SyncedDriveDocument<SpaceDocument, SpaceEdit> {
  const { me, counterpart, myRole } = options.participants;
  const [leader, employee] =
    myRole === 'leader' ? [me.email, counterpart.email] : [counterpart.email, me.email];
  const rootPath = spaceFilePathInLibrary(leader, employee);
  const { locator } = options;
  return new SyncedDriveDocument({
    graph: options.graph,
    store: options.store,
    location: async () => ({ driveId: (await locator.locate()).driveId, rootPath }),
    storeKey: `oneOnOne.outbox.${me.id}.library.${locator.key}.${rootPath}`,
    codec: spaceDocumentCodec,
    create: myRole === 'leader' && createIfMissing ? { initial: options.initial, eager: true } : undefined,
  });
}
