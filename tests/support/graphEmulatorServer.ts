/**
 * Runs the demo tenant's Graph emulator behind msw/node for integration tests: `fetch` to
 * https://graph.microsoft.com/v1.0/... is answered by the emulator, anything else fails the test.
 * Test files take it with `graphEmulatorPerFile` (one for the file) or `graphEmulatorPerTest` (one per test).
 */
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { GRAPH_SCOPES } from '../../src/auth/authConfig';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { createGraphEmulator, type EmulatorState, type GraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import type { DemoSeed } from '../../src/demo/seed/demoSeed.types';

/** Wednesday of the default seed's anchor week, 10:00 in Toronto: the seed is used unshifted. */
export const DEFAULT_TEST_NOW = new Date('2026-11-18T15:00:00Z');

/** The token's `scp`: exactly the delegated scopes the app asks for, as the demo session's tokens carry. */
export const DEMO_TEST_SCOPES = GRAPH_SCOPES.join(' ');

/** The default seed's people by first name (userPrincipalName), to sign in as them. */
export const SEED_PEOPLE = {
  claire: 'claire.tremblay@contoso.ca',
  daniel: 'daniel.okafor@contoso.ca',
  sophie: 'sophie.lavoie@contoso.ca',
  ethan: 'ethan.wong@contoso.ca',
  aisha: 'aisha.benali@contoso.ca',
  marcus: 'marcus.lee@contoso.ca',
  julie: 'julie.nguyen@contoso.ca',
  marcAndre: 'marc-andre.gagnon@contoso.ca',
  priya: 'priya.raman@contoso.ca',
} as const;

export interface GraphEmulatorServerOptions {
  seed?: DemoSeed;
  /** A fixed clock (default DEFAULT_TEST_NOW), or a function for a moving one. */
  now?: Date | (() => Date);
  /** A saved state to resume from (as the browser does after a reload). */
  initialState?: EmulatorState;
}

/** What a test uses of a running emulator; closing it is left to whoever started it. */
export interface GraphTenant {
  emulator: GraphEmulator;
  server: SetupServer;
  /**
   * A bearer token for the user (object id or userPrincipalName), with the app's scopes unless `scopes` names
   * others (to show what a route needs). Throws for unknown users.
   */
  tokenFor(userIdOrUpn: string, scopes?: readonly string[]): string;
  /**
   * `fetch` as the user: a path below /v1.0 (`/me/manager`) or an absolute Graph URL (a nextLink), with the token
   * of `tokenFor(userIdOrUpn, scopes)`.
   */
  fetchAs(
    userIdOrUpn: string,
    pathOrUrl: string,
    init?: RequestInit,
    scopes?: readonly string[],
  ): Promise<Response>;
}

export interface GraphEmulatorServer extends GraphTenant {
  close(): void;
}

export function startGraphEmulatorServer(options: GraphEmulatorServerOptions = {}): GraphEmulatorServer {
  const fixedOrMoving = options.now ?? DEFAULT_TEST_NOW;
  const now = typeof fixedOrMoving === 'function' ? fixedOrMoving : () => fixedOrMoving;
  const emulator = createGraphEmulator({
    seed: options.seed ?? loadDefaultDemoSeed(),
    now,
    initialState: options.initialState,
  });
  const server = setupServer(...emulator.handlers);
  server.listen({ onUnhandledRequest: 'error' });

  const tokenFor = (userIdOrUpn: string, scopes?: readonly string[]): string => {
    const key = userIdOrUpn.toLowerCase();
    const user = emulator
      .listUsers()
      .find(
        (candidate) =>
          candidate.id.toLowerCase() === key || candidate.userPrincipalName.toLowerCase() === key,
      );
    if (!user) throw new Error(`No user '${userIdOrUpn}' in the demo tenant`);
    const scp = scopes ? scopes.join(' ') : DEMO_TEST_SCOPES;
    return encodeDemoToken({ oid: user.id, upn: user.userPrincipalName, scp });
  };

  return {
    emulator,
    server,
    tokenFor,
    fetchAs(userIdOrUpn, pathOrUrl, init = {}, scopes) {
      const url = pathOrUrl.startsWith('https://')
        ? pathOrUrl
        : `https://graph.microsoft.com/v1.0${pathOrUrl}`;
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${tokenFor(userIdOrUpn, scopes)}`);
      return fetch(url, { ...init, headers });
    },
    close: () => server.close(),
  };
}

export interface GraphEmulatorPerFileOptions extends GraphEmulatorServerOptions {
  /** Restore the seed before each test, for files whose tests write and must each start from the seed. */
  resetBeforeEach?: boolean;
}

export interface GraphEmulatorPerFile extends GraphTenant {
  /** Closes the file's emulator and starts a new one with the same options (a fresh tenant). */
  restart(): void;
}

/**
 * One emulator for the test file: started before its tests, closed after them. After each test, queued faults
 * are cleared and handlers added with `server.use` are removed. Registers the vitest hooks: call it at the top
 * level of the file, and use the tenant in hooks and tests.
 */
export function graphEmulatorPerFile(options: GraphEmulatorPerFileOptions = {}): GraphEmulatorPerFile {
  const { resetBeforeEach = false, ...serverOptions } = options;
  let current: GraphEmulatorServer | null = null;
  const running = (): GraphEmulatorServer => {
    if (!current) throw new Error('The Graph emulator is not running: use it in a hook or a test');
    return current;
  };
  beforeAll(() => {
    current = startGraphEmulatorServer(serverOptions);
  });
  if (resetBeforeEach) beforeEach(() => running().emulator.reset());
  afterEach(() => {
    running().emulator.faults.clear();
    running().server.resetHandlers();
  });
  afterAll(() => {
    current?.close();
    current = null;
  });
  return {
    get emulator() {
      return running().emulator;
    },
    get server() {
      return running().server;
    },
    tokenFor: (userIdOrUpn, scopes) => running().tokenFor(userIdOrUpn, scopes),
    fetchAs: (userIdOrUpn, pathOrUrl, init, scopes) =>
      running().fetchAs(userIdOrUpn, pathOrUrl, init, scopes),
    restart() {
      running().close();
      current = startGraphEmulatorServer(serverOptions);
    },
  };
}

/**
 * For tests that each need a tenant of their own (their own seed or clock): the returned function starts one
 * inside the test, and it is closed after that test. Registers the vitest hook: call it at the top level.
 */
export function graphEmulatorPerTest(): (options?: GraphEmulatorServerOptions) => GraphTenant {
  let current: GraphEmulatorServer | null = null;
  afterEach(() => {
    current?.close();
    current = null;
  });
  return (options = {}) => {
    current?.close();
    current = startGraphEmulatorServer(options);
    return current;
  };
}
