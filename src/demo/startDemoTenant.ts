/**
 * Browser only: starts the demo tenant behind MSW's service worker, so the app's real Graph calls
 * to https://graph.microsoft.com are answered by the emulator. State survives reloads.
 */

import { setupWorker } from 'msw/browser';
import { readCurrentUserId, writeCurrentUserId } from './browser/currentUserSelection';
import { listenForInterceptionTimes } from './browser/interceptionTimes';
import { loadPersistedState, savePersistedState, seedIdentity } from './browser/statePersistence';
import type { FaultController } from './faults/faultController';
import { createGraphEmulator, type DemoSentMeetingUpdate, type DemoUserSummary } from './graphEmulator';
import { DEFAULT_SEED_JSON, DEFAULT_SEED_SOURCE, loadDefaultDemoSeed } from './seed/defaultDemoSeed';
import type { DemoSeed } from './seed/demoSeed.types';
import { parseDemoSeed } from './seed/demoSeedSchema';
import { writePairHistory } from './seed/pairHistory';
import type { DemoTeamsState } from './teams/teamsAppState';

export type DemoTenantUser = DemoUserSummary;

export interface DemoTenant {
  /** Everyone who can sign in; the first is the leader. */
  readonly users: readonly DemoTenantUser[];
  /** The person the demo is signed in as (remembered across reloads). */
  readonly currentUserId: string;
  /** Signs in as another person; throws for an id not in `users`. Callers re-create their token provider. */
  setCurrentUser(userId: string): void;
  /** Restores the seed's data (and the built-in seed's performance history) and saves it, so a reload shows it. */
  reset(): Promise<void>;
  /**
   * Latency and failures to inject, and `faults.served`, the record of those served since this page loaded;
   * also reachable as `window.demoTenant.faults` from the console.
   */
  readonly faults: FaultController;
  /** The meeting requests and updates "e-mailed" so far (for end-to-end tests and the console). */
  sentUpdates(): DemoSentMeetingUpdate[];
  /** The Teams meeting chat id of an event (any user's id, occurrence id, or the organizer's subject). */
  chatIdForEvent(eventIdOrSubject: string): string | null;
  /** The Teams side: the org app catalog, apps and tabs in meeting chats, install policy, chats not created. */
  teams(): DemoTeamsState;
  /**
   * Changes it as an admin would, e.g. `demoTenant.updateTeams((t) => ({ ...t, appCatalog: [] }))` (the app not
   * uploaded) or `({ ...t, installBlockedFor: [demoTenant.currentUserId] })` (a policy blocks installs).
   */
  updateTeams(mutate: (teams: DemoTeamsState) => DemoTeamsState): void;
  /** Stops intercepting requests. */
  stop(): void;
}

export interface StartDemoTenantOptions {
  /** Another seed file to load. Default: the `?seed=` query parameter, then `VITE_DEMO_SEED_URL`, then the built-in seed. */
  seedUrl?: string;
  latencyMs?: number;
}

declare global {
  interface Window {
    /** The running demo tenant, for end-to-end tests and the developer console. */
    demoTenant?: DemoTenant;
  }
}

function configuredSeedUrl(options: StartDemoTenantOptions): string | undefined {
  const fromEnv: unknown = import.meta.env.VITE_DEMO_SEED_URL;
  return (
    options.seedUrl ??
    new URLSearchParams(window.location.search).get('seed') ??
    (typeof fromEnv === 'string' && fromEnv !== '' ? fromEnv : undefined)
  );
}

interface LoadedSeed {
  /** The parsed seed; the built-in one is parsed only when used (a saved state resumes without it). */
  seed: () => DemoSeed;
  /** Which seed this is, for the saved state: its source and a digest of its JSON as written. */
  identity: string;
  source: string;
}

async function loadSeed(seedUrl: string | undefined): Promise<LoadedSeed> {
  if (!seedUrl) {
    return {
      seed: loadDefaultDemoSeed,
      identity: seedIdentity(DEFAULT_SEED_SOURCE, DEFAULT_SEED_JSON),
      source: DEFAULT_SEED_SOURCE,
    };
  }
  const response = await fetch(seedUrl);
  if (!response.ok) throw new Error(`Could not load the demo seed from ${seedUrl}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  const seed = parseDemoSeed(json, seedUrl);
  return { seed: () => seed, identity: seedIdentity(seedUrl, json), source: seedUrl };
}

export async function startDemoTenant(options: StartDemoTenantOptions = {}): Promise<DemoTenant> {
  const { seed, identity: seedId, source } = await loadSeed(configuredSeedUrl(options));
  const storage = window.localStorage;
  const saved = loadPersistedState(storage, seedId);
  // Undefined where service workers are not allowed (plain http off localhost): MSW then says why it cannot start.
  const interceptions = navigator.serviceWorker ? listenForInterceptionTimes(navigator.serviceWorker) : null;
  const emulator = createGraphEmulator({
    seed,
    initialState: saved ?? undefined,
    onStateChange: (state) => savePersistedState(storage, seedId, state),
    requestSentAt: interceptions?.take,
  });
  // The built-in seed's pair history is written through the emulator's routes, so it follows the current week.
  const writeHistory = async () => {
    if (source === DEFAULT_SEED_SOURCE) await writePairHistory(emulator, new Date());
  };
  const worker = setupWorker(...emulator.handlers);
  // A fresh tenant writes its history while the service worker starts (no request is answered before both end),
  // and before any latency applies.
  await Promise.all([
    saved ? null : writeHistory(),
    worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}demoTenantWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    }),
  ]);
  // Written back only when it starts from the seed: a state just read is already what is stored.
  if (!saved) savePersistedState(storage, seedId, emulator.getState());
  emulator.faults.latencyMs = options.latencyMs ?? 0;

  const users = emulator.listUsers();
  const userIds = users.map((user) => user.id);
  let currentUserId = readCurrentUserId(storage, userIds);

  const tenant: DemoTenant = {
    users,
    get currentUserId() {
      return currentUserId;
    },
    setCurrentUser(userId) {
      if (!userIds.includes(userId)) throw new Error(`No user '${userId}' in the demo tenant`);
      currentUserId = userId;
      writeCurrentUserId(storage, userId);
    },
    reset: async () => {
      emulator.reset();
      await writeHistory();
    },
    faults: emulator.faults,
    sentUpdates: () => emulator.sentUpdates(),
    chatIdForEvent: (eventIdOrSubject) => emulator.chatIdForEvent(eventIdOrSubject),
    teams: () => emulator.getState().teams ?? {},
    updateTeams: (mutate) => emulator.updateTeams(mutate),
    stop: () => {
      worker.stop();
      interceptions?.stop();
    },
  };
  window.demoTenant = tenant;
  return tenant;
}
