import { encodeSpaceReference } from '../../domain/space/spaceReference';
import { readAppDeployment } from '../../host/appDeployment';
import { resolveLocale } from '../../host/resolveLocale';
import { notifySuccess } from '../../host/teamsLifecycle';
import { saveTabConfigurationOnSave, setTabConfigurationValid } from '../../host/teamsTabConfig';
import { openPairAgenda } from '../../services/agenda/openPairAgenda';
import { resolveMeeting } from '../../services/meeting/resolveMeeting';
import { messagesFor } from '../../ui/i18n/useStrings';
import { ConfigPage, type ConfigPreparation } from '../../ui/meeting/ConfigPage';
import { startSurface } from '../startSurface';

/** Tabs without a space reference (an employee whose leader has not shared the space yet) still open the meeting's 1:1. */
const NO_SPACE_YET = 'one-on-one-agenda';

/**
 * The configuration page of the meeting tab: finds the meeting's 1:1, makes sure its space exists (the leader's
 * side creates and shares it), and saves the tab with entityId = the space reference, so the other person
 * opening the same tab lands in the same space.
 */
void startSurface(async ({ host, graph, store, render, spaces }) => {
  const deployment = readAppDeployment(import.meta.env, window.location.origin);
  const strings = messagesFor(resolveLocale(host.locale));
  let entityId = NO_SPACE_YET;
  saveTabConfigurationOnSave(async () => ({
    entityId,
    contentUrl: `${deployment.appOrigin}/meeting.html?host=teams`,
    websiteUrl: `${deployment.appOrigin}/`,
    suggestedDisplayName: strings.tabName,
  }));
  const prepare = async (): Promise<ConfigPreparation> => {
    const chatId = host.teamsContext?.chat?.id;
    const meeting = chatId
      ? await resolveMeeting(graph, chatId, new Date())
      : ({ kind: 'not-found' } as const);
    if (meeting.kind !== 'one-on-one') return meeting;
    const { session } = await openPairAgenda({
      graph,
      store,
      counterpartEmail: meeting.participants.counterpart.email,
      known: meeting.participants,
      spaces,
    });
    if (session.reference) entityId = encodeSpaceReference(session.reference);
    session.dispose();
    return { kind: 'ready', counterpartName: meeting.participants.counterpart.name };
  };
  render(
    <ConfigPage
      prepare={prepare}
      onPrepared={(preparation) => {
        setTabConfigurationValid(preparation.kind === 'ready');
        notifySuccess();
      }}
    />,
  );
});
