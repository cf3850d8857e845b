import { parseSpaceDocument } from '../../domain/space/parseSpaceDocument';
import type { SpaceReference } from '../../domain/space/spaceReference';
import type { GraphConnection } from '../../graph/createGraphClient';
import { readDriveFile } from '../../graph/driveFiles';

/**
 * Whom a linked space is with, from the signed-in user's side: the "Add your topics" link carries only the
 * space's reference, so the app reads the space to know which 1:1 to open. Null when it cannot be read.
 */
export async function spaceCounterpartEmail(
  graph: GraphConnection,
  reference: SpaceReference,
  myEmail: string,
): Promise<string | null> {
  const file = await readDriveFile(graph, reference).catch(() => null);
  const parsed = file ? parseSpaceDocument(file.text) : null;
  if (!parsed?.ok) return null;
  const { leader, employee } = parsed.document;
  return leader.email === myEmail.toLowerCase() ? employee.email : leader.email;
}
