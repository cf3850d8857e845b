/**
 * The demo tenant: a Microsoft Graph v1.0 emulator as MSW handlers, used by the service worker in
 * `npm start` and by msw/node in integration tests. Production code calls the real Graph URLs.
 */
import { delay, HttpResponse, type RequestHandler } from 'msw';
import { chatIdForEvent } from './chats/meetingChats';
import { answerDownload } from './drive/downloadUrl';
import { driveIdFor } from './drive/driveIds';
import { createFaultInjector, type FaultController } from './faults/faultController';
import { faultResponse } from './faults/faultResponses';
import { EmulatedHostHandler } from './http/emulatedHostHandler';
import { createGraphDispatcher } from './http/graphDispatcher';
import { graphErrors } from './http/graphErrorResponse';
import { graphErrorResponse, responseMetaFor } from './http/graphResponses';
import { GRAPH_ORIGIN, GRAPH_V1_BASE } from './http/graphUrls';
import { findUserByIdOrPrincipalName } from './mailbox/directory';
import { DEFAULT_APP_FOLDER_NAME } from './routes/driveRoutes';
import { emulatedGraphRoutes } from './routes/emulatedGraphRoutes';
import type { DemoSeed, DemoSentMeetingUpdate } from './seed/demoSeed.types';
import { createStateStore, type EmulatorState } from './state/stateStore';
import type { DemoTeamsState } from './teams/teamsAppState';

export type { DemoSentMeetingUpdate } from './seed/demoSeed.types';
export type { EmulatorState } from './state/stateStore';

export interface GraphEmulatorOptions {
  /** The tenant's data; as a function, it is read only when needed (a saved state resumes without it). */
  seed: DemoSeed | (() => DemoSeed);
  /** The clock: decides which week the seed is moved onto and the dates in error bodies. */
  now?: () => Date;
  /** Called after every change of state (writes, reset, a new week), e.g. to persist it. */
  onStateChange?: (state: EmulatorState) => void;
  /** A previously saved state to resume from instead of the seed (it is moved onto the current week). */
  initialState?: EmulatorState;
  /** The folder `special/approot` creates under `Apps/` (default `1-1 Agenda`: OneDrive forbids `:` in names). */
  appFolderName?: string;
  /**
   * When a request left the app (ms since the epoch), where known: in the browser, the service worker's time of
   * interception. Latency then runs from there, as a network's does, not from when the page's busy thread got
   * round to the handler.
   */
  requestSentAt?: (request: Request) => number | undefined;
}

export interface DemoUserSummary {
  id: string;
  displayName: string;
  mail: string | null;
  userPrincipalName: string;
  jobTitle: string | null;
}

export interface GraphEmulator {
  /** Handlers for `https://graph.microsoft.com/*`; give them to setupWorker or setupServer. */
  handlers: RequestHandler[];
  /** Latency and failures to inject, and `faults.served`: the record of those the emulator served. */
  faults: FaultController;
  /** Restores the seed (moved onto the current week). */
  reset(): void;
  /** The tenant's users in seed order; the first is the leader. */
  listUsers(): DemoUserSummary[];
  getState(): EmulatorState;
  /**
   * Answers a request as the handlers do (latency and faults included), without MSW. With `sentAt` (ms since the
   * epoch), the latency already spent since then is not waited again.
   */
  handle(request: Request, sentAt?: number): Promise<Response>;
  /** The meeting requests, updates and cancellations "e-mailed" so far (oldest first), to count them in tests. */
  sentUpdates(): DemoSentMeetingUpdate[];
  /**
   * The Teams chat id (`19:meeting_...@thread.v2`) of the online meeting an event belongs to: any user's
   * event, occurrence or exception id, or the subject of an organizer's event. Null when it has no chat.
   */
  chatIdForEvent(eventIdOrSubject: string): string | null;
  /** The OneDrive id (`b!...`) of a user (id or userPrincipalName); throws for an unknown user. */
  driveIdFor(userIdOrUpn: string): string;
  /**
   * Changes the Teams side of the tenant, as an admin or another client would: the app catalog, apps and tabs
   * in chats, the install policy, chats not created yet.
   */
  updateTeams(mutate: (teams: DemoTeamsState) => DemoTeamsState): void;
}

const isGraphV1 = (url: URL) => url.origin === GRAPH_ORIGIN && url.pathname.startsWith('/v1.0/');
const isSharePointHost = (url: URL) => url.protocol === 'https:' && url.hostname.endsWith('.sharepoint.com');

export function createGraphEmulator(options: GraphEmulatorOptions): GraphEmulator {
  const now = options.now ?? (() => new Date());
  const store = createStateStore({
    seed: options.seed,
    initialState: options.initialState,
    now,
    onStateChange: options.onStateChange,
  });
  const faults = createFaultInjector();

  const runSubRequest = (request: Request): Promise<Response> => {
    const outcome = faults.next(new URL(request.url).pathname, false);
    if (outcome) return Promise.resolve(faultResponse(outcome, responseMetaFor(request, now())));
    return dispatcher.dispatch(request);
  };

  const dispatcher = createGraphDispatcher({
    routes: emulatedGraphRoutes({
      appFolderName: options.appFolderName ?? DEFAULT_APP_FOLDER_NAME,
      runSubRequest,
    }),
    store,
    now,
  });

  const handle = async (request: Request, sentAt?: number): Promise<Response> => {
    const url = new URL(request.url);
    const latencyMs = faults.latencyFor(url.pathname);
    const waitMs = sentAt === undefined ? latencyMs : latencyMs - (Date.now() - sentAt);
    if (waitMs > 0) await delay(waitMs);
    const outcome = faults.next(url.pathname, true);
    if (outcome) return faultResponse(outcome, responseMetaFor(request, now()));
    if (isSharePointHost(url)) return answerDownload(request, store.read().driveItems ?? []);
    return dispatcher.dispatch(request);
  };

  const answer = async ({ request }: { request: Request }) => {
    const response = await handle(request, options.requestSentAt?.(request));
    return response.type === 'error' ? HttpResponse.error() : response;
  };
  const handlers: RequestHandler[] = [
    new EmulatedHostHandler(`all ${GRAPH_V1_BASE}/*`, (request) => isGraphV1(new URL(request.url)), answer),
    // A file's pre-authenticated download link (`@microsoft.graph.downloadUrl`), on the owner's SharePoint host.
    new EmulatedHostHandler(
      'GET https://*.sharepoint.com/*',
      (request) => request.method === 'GET' && isSharePointHost(new URL(request.url)),
      answer,
    ),
    // Other versions (beta) are not emulated: say so instead of letting the request escape to the network.
    new EmulatedHostHandler(
      `all ${GRAPH_ORIGIN}/*`,
      (request) => new URL(request.url).origin === GRAPH_ORIGIN,
      ({ request }) => {
        const version = new URL(request.url).pathname.split('/')[1] ?? '';
        const error = graphErrors.badRequest(
          `The demo tenant emulates Microsoft Graph v1.0 only, not '${version}'.`,
        );
        return graphErrorResponse(error, responseMetaFor(request, now()));
      },
    ),
  ];

  return {
    handlers,
    faults,
    reset: () => store.reset(),
    listUsers: () =>
      store.read().users.map((user) => ({
        id: user.id,
        displayName: user.displayName,
        mail: user.mail ?? null,
        userPrincipalName: user.userPrincipalName,
        jobTitle: user.jobTitle ?? null,
      })),
    getState: () => store.read(),
    handle,
    sentUpdates: () => [...(store.read().sentUpdates ?? [])],
    chatIdForEvent: (eventIdOrSubject) => chatIdForEvent(store.read(), eventIdOrSubject),
    driveIdFor(userIdOrUpn) {
      const user = findUserByIdOrPrincipalName(store.read().users, userIdOrUpn);
      if (!user) throw new Error(`No user '${userIdOrUpn}' in the demo tenant`);
      return driveIdFor(user.id);
    },
    updateTeams: (mutate) => store.update((state) => ({ ...state, teams: mutate(state.teams ?? {}) })),
  };
}
