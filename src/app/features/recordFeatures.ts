import type { Locale } from '../../domain/locale';
import type { PeriodRecord } from '../../domain/record/periodRecord';
import type { RecordPeriod } from '../../domain/record/recordPeriod';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import { readEmployeeMirror, refreshEmployeeMirror } from '../../services/record/employeeMirror';
import { exportRecordToWord } from '../../services/record/exportPeriodRecord';
import { loadRecordCalendar } from '../../services/record/loadRecordCalendar';
import {
  acceptCarryIn,
  type CarryInOffer,
  declineCarryIn,
  findCarryInOffers,
} from '../../services/record/managerChange';
import type { SyncedDriveDocument } from '../../services/storage/syncedDriveDocument';

/** The record page's outside world (the Word library itself loads on first export). */
export function createRecordFeatures({ graph, store }: { graph: GraphConnection; store: KeyValueStore }) {
  return {
    loadCalendar: (counterpartEmail: string, period: RecordPeriod) =>
      loadRecordCalendar(graph, counterpartEmail, period),
    exportWord: (record: PeriodRecord, locale: Locale, timeZone: string) =>
      exportRecordToWord(graph, record, locale, timeZone),
    refreshMirror: async (shared: SpaceDocument) => {
      await refreshEmployeeMirror(graph, shared);
    },
    readMirror: async (leaderEmail: string) => {
      const mirror = await readEmployeeMirror(graph, leaderEmail);
      return mirror.kind === 'found' ? mirror.document : null;
    },
    findCarryInOffers: (me: string, newSpace: SpaceDocument) => findCarryInOffers(graph, store, me, newSpace),
    acceptCarryIn: (me: string, offer: CarryInOffer, space: SyncedDriveDocument<SpaceDocument, SpaceEdit>) =>
      acceptCarryIn(store, me, offer, space),
    declineCarryIn: (me: string, offer: CarryInOffer, newSpaceId: string) =>
      declineCarryIn(store, me, offer, newSpaceId),
  };
}
