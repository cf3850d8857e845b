import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { RecordApi } from '../../ui/record/RecordApi';
import { lazyFeature } from './lazyFeature';

/** The conversation record's outside world, its code loaded on first use. */
export function lazyRecord(context: { graph: GraphConnection; store: KeyValueStore }): RecordApi {
  const features = lazyFeature(() =>
    import('./recordFeatures').then(({ createRecordFeatures }) => createRecordFeatures(context)),
  );
  return {
    loadCalendar: async (email, period) => (await features()).loadCalendar(email, period),
    exportWord: async (record, locale, timeZone) => (await features()).exportWord(record, locale, timeZone),
    refreshMirror: async (shared) => (await features()).refreshMirror(shared),
    readMirror: async (leaderEmail) => (await features()).readMirror(leaderEmail),
    findCarryInOffers: async (me, newSpace) => (await features()).findCarryInOffers(me, newSpace),
    acceptCarryIn: async (me, offer, space) => (await features()).acceptCarryIn(me, offer, space),
    // The offer was found through the features, so they are loaded by now.
    declineCarryIn: (me, offer, newSpaceId) => {
      void features()
        .then((loaded) => loaded.declineCarryIn(me, offer, newSpaceId))
        .catch(() => undefined);
    },
  };
}
