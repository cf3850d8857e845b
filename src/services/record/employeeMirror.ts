import { normalizeEmail } from '../../domain/normalizeEmail';
import { mergeSpaceDocuments } from '../../domain/space/mergeSpaceDocuments';
import { parseSpaceDocument, serializeSpaceDocument } from '../../domain/space/parseSpaceDocument';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { GraphConnection } from '../../graph/createGraphClient';
import { readDriveFile, writeDriveFile } from '../../graph/driveFiles';
import { GraphRequestError } from '../../graph/graphRequestError';

/**
 * The employee's own copy of the pair's space, in the employee's app folder, so the record stays readable
 * when the leader's OneDrive (where the shared space lives) is gone. Read-only: nobody edits it; each
 * refresh merges the shared space into it by the space's own rules, so it only ever gains (a delete there is
 * a tombstone here too). One file per leader; a new space with the same leader moves the old copy aside.
 */
export function employeeMirrorPath(leaderEmail: string, spaceId?: string): string {
  const leader = normalizeEmail(leaderEmail);
  return spaceId ? `space-mirrors/earlier/${leader}.${spaceId}.json` : `space-mirrors/${leader}.json`;
}

export type MirrorRead =
  | { kind: 'missing' }
  | { kind: 'unreadable' }
  | { kind: 'found'; document: SpaceDocument; eTag: string };

/** The employee's copy of their space with `leaderEmail`. */
export async function readEmployeeMirror(graph: GraphConnection, leaderEmail: string): Promise<MirrorRead> {
  const file = await readDriveFile(graph, { appFolderPath: employeeMirrorPath(leaderEmail) });
  if (file === null) return { kind: 'missing' };
  const parsed = parseSpaceDocument(file.text);
  return parsed.ok ? { kind: 'found', document: parsed.document, eTag: file.eTag } : { kind: 'unreadable' };
}

/**
 * Merges `shared` (the space as just read from the leader's drive) into the employee's copy and writes it,
 * with If-Match so a write from the employee's other device is merged, not overwritten (one retry on 412).
 * A copy this app cannot read (a newer app wrote it) is left as it is. Returns the copy as written.
 */
export async function refreshEmployeeMirror(
  graph: GraphConnection,
  shared: SpaceDocument,
): Promise<SpaceDocument | null> {
  const path = employeeMirrorPath(shared.leader.email);
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = await readEmployeeMirror(graph, shared.leader.email);
    if (current.kind === 'unreadable') return null;
    let next = shared;
    if (current.kind === 'found' && current.document.spaceId === shared.spaceId) {
      next = mergeSpaceDocuments(current.document, shared);
      if (serializeSpaceDocument(next) === serializeSpaceDocument(current.document)) return next;
    } else if (current.kind === 'found') {
      // A new space with the same leader: the old copy is kept beside it, never replaced.
      const aside = employeeMirrorPath(shared.leader.email, current.document.spaceId);
      await writeDriveFile(graph, { appFolderPath: aside }, serializeSpaceDocument(current.document), null);
    }
    try {
      await writeDriveFile(
        graph,
        { appFolderPath: path },
        serializeSpaceDocument(next),
        current.kind === 'found' ? { ifMatch: current.eTag } : { ifNoneMatch: '*' },
      );
      return next;
    } catch (error) {
      if (!(error instanceof GraphRequestError) || error.kind !== 'conflict' || attempt === 1) throw error;
    }
  }
  return null;
}
