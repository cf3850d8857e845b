import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Locale } from '../../domain/locale';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import type { CarryInOffer } from '../../services/record/managerChange';
import type { SyncedDriveDocument } from '../../services/storage/syncedDriveDocument';
import { useLoader } from '../useLoader';
import type { RecordApi } from './RecordApi';
import { RECORD_UI_STRINGS } from './recordUiStrings';

/**
 * After a manager change, the employee is asked (never assumed) whether to bring their open action items,
 * active priorities and growth goals from the previous leader's space into this one.
 */
export function CarryInOfferView({
  api,
  me,
  document,
  space,
  locale,
}: {
  api: RecordApi;
  me: string;
  document: SpaceDocument;
  space: SyncedDriveDocument<SpaceDocument, SpaceEdit>;
  locale: Locale;
}) {
  const strings = RECORD_UI_STRINGS[locale];
  const spaceId = document.spaceId;
  // biome-ignore lint/correctness/useExhaustiveDependencies: looked up once per space, not per edit.
  const load = useCallback(() => api.findCarryInOffers(me, document).catch(() => []), [api, me, spaceId]);
  const { state } = useLoader(load);
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const [carried, setCarried] = useState<string | null>(null);
  const offers: CarryInOffer[] = state.status === 'ready' ? state.value : [];
  return (
    <>
      {carried ? (
        <MessageBar intent="success" role="status" className="record-screen-only">
          <MessageBarBody>{strings.carryInDone(carried)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {offers
        .filter((offer) => !answered.has(offer.previousSpaceId))
        .map((offer) => {
          const { plan } = offer;
          const answer = () => setAnswered((set) => new Set([...set, offer.previousSpaceId]));
          return (
            <MessageBar
              key={offer.previousSpaceId}
              intent="info"
              className="record-screen-only"
              data-testid="carry-in-offer"
            >
              <MessageBarBody>
                <MessageBarTitle>
                  {strings.carryInTitle(offer.previousLeader.name, document.leader.name)}
                </MessageBarTitle>
                {strings.carryInBody(
                  plan.actionItems.length,
                  plan.expectations.length,
                  plan.growthGoals.length,
                )}
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  appearance="primary"
                  onClick={() => {
                    answer();
                    void api.acceptCarryIn(me, offer, space).then(() => setCarried(document.leader.name));
                  }}
                >
                  {strings.carryInAccept}
                </Button>
                <Button
                  onClick={() => {
                    answer();
                    api.declineCarryIn(me, offer, document.spaceId);
                  }}
                >
                  {strings.carryInDecline}
                </Button>
              </MessageBarActions>
            </MessageBar>
          );
        })}
    </>
  );
}
