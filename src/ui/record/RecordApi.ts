import type { ReportCalendar } from '../../domain/cadence/reportCalendars';
import type { Locale } from '../../domain/locale';
import type { PeriodRecord } from '../../domain/record/periodRecord';
import type { RecordPeriod } from '../../domain/record/recordPeriod';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import type { WordExport } from '../../services/record/exportPeriodRecord';
import type { CarryInOffer } from '../../services/record/managerChange';
import type { SyncedDriveDocument } from '../../services/storage/syncedDriveDocument';

/** What the record page needs from outside the UI (loaded on demand by the composition root). */
export interface RecordApi {
  loadCalendar(counterpartEmail: string, period: RecordPeriod): Promise<ReportCalendar>;
  exportWord(record: PeriodRecord, locale: Locale, timeZone: string): Promise<WordExport>;
  /** The employee's own copy of the space: refreshed from the shared one, read when that one cannot be. */
  refreshMirror(shared: SpaceDocument): Promise<void>;
  readMirror(leaderEmail: string): Promise<SpaceDocument | null>;
  /** After a manager change: what the employee may bring from a previous leader's space, and the answer. */
  findCarryInOffers(me: string, newSpace: SpaceDocument): Promise<CarryInOffer[]>;
  acceptCarryIn(
    me: string,
    offer: CarryInOffer,
    space: SyncedDriveDocument<SpaceDocument, SpaceEdit>,
  ): Promise<void>;
  declineCarryIn(me: string, offer: CarryInOffer, newSpaceId: string): void;
}
