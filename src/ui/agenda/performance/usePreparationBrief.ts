import { useMemo } from 'react';
import { type PreparationBrief, preparationBrief } from '../../../domain/space/preparationBrief';
import type { SpaceDocument } from '../../../domain/space/spaceDocument';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import type { PairOccurrence } from '../../../services/agenda/loadPairOccurrences';
import { useUserTimeZone } from '../../formatting/TimeZoneContext';

/** The preparation brief of the selected occurrence for this viewer, worked out when the space changes. */
export function usePreparationBrief(
  document: SpaceDocument | null,
  occurrences: readonly PairOccurrence[],
  occurrenceKey: string | null,
  viewer: SpaceRole,
): PreparationBrief | null {
  const timeZone = useUserTimeZone();
  return useMemo(
    () =>
      document && occurrenceKey
        ? preparationBrief(document, occurrences, occurrenceKey, viewer, { now: new Date(), timeZone })
        : null,
    [document, occurrences, occurrenceKey, viewer, timeZone],
  );
}
