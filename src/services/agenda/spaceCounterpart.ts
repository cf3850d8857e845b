import { parseSpaceDocument } from '../../domain/space/parseSpaceDocument';
import type { SpaceReference } from '../../domain/space/spaceReference';
import type { GraphConnection } from '../../graph/createGraphClient';
import { readDriveFile } from '../../graph/driveFiles';
import { type GraphRequestError, toGraphRequestError } from '../../graph/graphRequestError';

/** Whom a linked space is with, or why that could not be found out. */
export type LinkedSpaceCounterpart =
  | { kind: 'found'; email: string }
  /** 403 or 404 on the leader's item: not shared with me (yet), or gone. Only the leader can fix it. */
  | { kind: 'not-shared' }
  /** The file is there but is no space document. */
  | { kind: 'unreadable' }
  /** Graph failed otherwise (offline, throttled, sign-in): worth a retry. */
  | { kind: 'failed'; error: GraphRequestError };

/**
 * Whom a linked space is with, from the signed-in user's side: the "Add your topics" link carries only the
 * space's reference, so the app reads the space to know which 1:1 to open.
 */
export async function spaceCounterpartEmail(
  graph: GraphConnection,
  reference: SpaceReference,
  myEmail: string,
): Promise<LinkedSpaceCounterpart> {
  let text: string;
  try {
    const file = await readDriveFile(graph, reference);
    if (!file) return { kind: 'not-shared' };
    text = file.text;
  } catch (error) {
    const failure = toGraphRequestError(error);
    return failure.kind === 'forbidden' || failure.kind === 'not-found'
      ? { kind: 'not-shared' }
      : { kind: 'failed', error: failure };
  }
  const parsed = parseSpaceDocument(text);
  if (!parsed.ok) return { kind: 'unreadable' };
  const { leader, employee } = parsed.document;
  return { kind: 'found', email: leader.email === myEmail.toLowerCase() ? employee.email : leader.email };
}
