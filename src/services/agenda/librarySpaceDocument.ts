import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import { spaceFilePathInLibrary } from '../../domain/space/spaceStore';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import { SyncedDriveDocument } from '../storage/syncedDriveDocument';
import { spaceDocumentCodec } from './agendaDocumentCodecs';
import type { AgendaParticipants } from './agendaSession';
import type { SpacesLibraryLocator } from './pairSpaceStore';

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
