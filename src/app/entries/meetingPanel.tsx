import { decodeSpaceReference } from '../../domain/space/spaceReference';
import { notifySuccess } from '../../host/teamsLifecycle';
import { openPairAgenda } from '../../services/agenda/openPairAgenda';
import { resolveMeeting } from '../../services/meeting/resolveMeeting';
import { loadUpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';
import { MeetingPanelApp } from '../../ui/meeting/MeetingPanelApp';
import { MyOneOnOnesPage } from '../../ui/myOneOnOnes/MyOneOnOnesPage';
import { startSurface } from '../startSurface';

/**
 * The meeting surfaces (side panel, details tab, chat tab): the agenda of the occurrence the meeting belongs to.
 * The tab's entityId is the space reference saved by the configuration page.
 */
void startSurface(async ({ host, graph, store, signIn, render }) => {
  const query = new URLSearchParams(window.location.search);
  const context = host.teamsContext;
  const chatId = context?.chat?.id ?? query.get('chatId');
  const reference =
    decodeSpaceReference(context?.page.id ?? '') ?? decodeSpaceReference(context?.page.subPageId ?? '');
  render(
    <MeetingPanelApp
      resolve={() =>
        chatId ? resolveMeeting(graph, chatId, new Date()) : Promise.resolve({ kind: 'not-found' as const })
      }
      openAgenda={(participants) =>
        openPairAgenda({
          graph,
          store,
          counterpartEmail: participants.counterpart.email,
          known: participants,
          reference,
        })
      }
      renderMyOneOnOnes={() => (
        <MyOneOnOnesPage loadUpcoming={(days) => loadUpcomingOneOnOnes(graph, new Date(), days)} />
      )}
      onFirstResult={notifySuccess}
      onSignIn={signIn}
    />,
  );
});
