import { normalizeEmail } from '../../domain/normalizeEmail';
import { type CarryInPlan, carryInEdits, carryInPlan, isEmptyCarryIn } from '../../domain/record/carryIn';
import { nextEditTime } from '../../domain/space/nextEditTime';
import type { SpaceDocument, SpacePerson } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import type { GraphConnection } from '../../graph/createGraphClient';
import { listAppFolderFileNames } from '../../graph/driveFiles';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { SyncedDriveDocument } from '../storage/syncedDriveDocument';
import { readEmployeeMirror } from './employeeMirror';

/** A previous leader whose space (the employee's own copy of it) has work to bring to the new one. */
export interface CarryInOffer {
  previousLeader: SpacePerson;
  previousSpaceId: string;
  plan: CarryInPlan;
}

const answerKey = (me: string, previousSpaceId: string, newSpaceId: string) =>
  `oneOnOne.carryIn.${normalizeEmail(me)}.${previousSpaceId}.${newSpaceId}`;

/**
 * When the employee's manager (Graph `/me/manager`) is no longer the leader of a space they keep a copy of,
 * what that copy has to carry into the space with the new manager (`newSpace`). Offers already answered on
 * this device are left out. The employee's copies are found by listing their own app folder.
 */
export async function findCarryInOffers(
  graph: GraphConnection,
  store: KeyValueStore,
  me: string,
  newSpace: SpaceDocument,
): Promise<CarryInOffer[]> {
  const names = await listAppFolderFileNames(graph, 'space-mirrors');
  const leaders = names
    .map((name) => /^(.+@.+)\.json$/.exec(name)?.[1])
    .filter((email): email is string => email !== undefined)
    .filter((email) => normalizeEmail(email) !== normalizeEmail(newSpace.leader.email));
  const offers: CarryInOffer[] = [];
  for (const leader of leaders) {
    const mirror = await readEmployeeMirror(graph, leader);
    if (mirror.kind !== 'found' || mirror.document.spaceId === newSpace.spaceId) continue;
    if (store.get(answerKey(me, mirror.document.spaceId, newSpace.spaceId))) continue;
    const plan = carryInPlan(mirror.document);
    if (isEmptyCarryIn(plan)) continue;
    offers.push({ previousLeader: mirror.document.leader, previousSpaceId: mirror.document.spaceId, plan });
  }
  return offers;
}

/** The employee agreed: their work goes into the new space (idempotent), and the answer is remembered. */
export async function acceptCarryIn(
  store: KeyValueStore,
  me: string,
  offer: CarryInOffer,
  space: SyncedDriveDocument<SpaceDocument, SpaceEdit>,
): Promise<void> {
  const document = space.snapshot().document;
  if (!document) throw new Error('The new space is not open');
  for (const edit of carryInEdits(offer.plan, nextEditTime(document, new Date()))) space.submit(edit);
  await space.flush();
  store.set(answerKey(me, offer.previousSpaceId, document.spaceId), 'carried');
}

/** The employee said no: the offer is not made again on this device. */
export function declineCarryIn(
  store: KeyValueStore,
  me: string,
  offer: CarryInOffer,
  newSpaceId: string,
): void {
  store.set(answerKey(me, offer.previousSpaceId, newSpaceId), 'declined');
}
