import { lazy, Suspense } from 'react';
import { decodeSpaceReference } from '../../domain/space/spaceReference';
import { readAppDeployment } from '../../host/appDeployment';
import { resolveLocale } from '../../host/resolveLocale';
import { notifySuccess } from '../../host/teamsLifecycle';
import { openMeetingAgenda } from '../../services/meeting/openMeetingAgenda';
import { loadUpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';
import { messagesFor } from '../../ui/i18n/useStrings';
import { MeetingPanelApp } from '../../ui/meeting/MeetingPanelApp';
import { OneOnOnesSkeleton } from '../../ui/myOneOnOnes/OneOnOnesSkeleton';
import { lazyTodoSync } from '../features/lazyTodoSync';
import { startSurface } from '../startSurface';

// Only a meeting that is not a 1:1 offers the list of 1:1s: its code loads when the person opens it.
const MyOneOnOnesPage = lazy(() =>
  import('../../ui/myOneOnOnes/MyOneOnOnesPage').then((module) => ({ default: module.MyOneOnOnesPage })),
);

/**
 * The meeting surfaces (side panel, details tab, chat tab): the agenda of the occurrence the meeting belongs to.
 * The tab's entityId is the space reference saved by the configuration page.
 */
void startSurface(async ({ host, graph, store, signIn, render, timeZone, spaces }) => {
  const query = new URLSearchParams(window.location.search);
  const context = host.teamsContext;
  const chatId = context?.chat?.id ?? query.get('chatId');
  const reference =
    decodeSpaceReference(context?.page.id ?? '') ?? decodeSpaceReference(context?.page.subPageId ?? '');
  const meeting = openMeetingAgenda({
    graph,
    store,
    chatId,
    userId: context?.user?.id ?? null,
    reference,
    spaces,
  });
  render(
    <MeetingPanelApp
      resolve={meeting.resolve}
      openAgenda={meeting.openAgenda}
      renderMyOneOnOnes={() => (
        <Suspense fallback={<OneOnOnesSkeleton />}>
          <MyOneOnOnesPage loadUpcoming={(days) => loadUpcomingOneOnOnes(graph, new Date(), days)} />
        </Suspense>
      )}
      onFirstResult={notifySuccess}
      onSignIn={signIn}
      todo={lazyTodoSync(
        { graph, store, timeZone, deployment: readAppDeployment(import.meta.env, window.location.origin) },
        messagesFor(resolveLocale(host.locale)).todoLinkTitle,
      )}
    />,
  );
});
