import type { BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES } from '../../src/auth/authConfig';
import { chromiumPerFile } from './support/chromiumPerFile';
import { type CspViolationLog, collectCspViolations } from './support/cspViolations';
import { emulateEntra, LOGIN_ORIGIN } from './support/entraLogin';
import { productionAppPerFile } from './support/productionApp';
import { minimalTenant, routeMinimalGraph } from './support/productionGraph';
import { TEST_DEPLOYMENT_ORIGIN } from './support/productionServer';
import { launchChromiumForTeamsHost } from './support/teamsHost/browser';
import { openInTeamsHost, type TeamsHostSession } from './support/teamsHost/teamsHost';

/**
 * The production sign-in paths, end to end in Chromium, without the demo tenant: a production build (with a
 * client id) served with the documented headers; Teams and its nested app auth bridge emulated; the identity
 * platform and Microsoft Graph answered by Playwright routes.
 */

const OUT_DIR = 'dist-e2e-signin';
const CLIENT_ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const TENANT_ID = '2b7e9f4c-1d3a-4c5b-8e6f-0a9b8c7d6e5f';
const AUTHORITY = `${LOGIN_ORIGIN}/${TENANT_ID}`;
const TENANT = minimalTenant();
const MANAGER = TENANT.manager.displayName;

const app = productionAppPerFile(OUT_DIR, {
  VITE_APP_ORIGIN: TEST_DEPLOYMENT_ORIGIN,
  VITE_AAD_CLIENT_ID: CLIENT_ID,
  VITE_AAD_TENANT_ID: TENANT_ID,
});
const chromium = chromiumPerFile(launchChromiumForTeamsHost);

/** A fresh profile in Toronto that records CSP violations; Teams' CDN list of origins is offline. */
async function newContext(): Promise<{ context: BrowserContext; csp: CspViolationLog }> {
  const context = await chromium.newContext({ locale: 'en-CA', timezoneId: 'America/Toronto' });
  const csp = await collectCspViolations(context);
  await context.route('https://res.cdn.office.net/**', (route) => route.abort('internetdisconnected'));
  return { context, csp };
}

interface StorageContents {
  local: [string, string][];
  session: [string, string][];
}

function readStorage(target: Page | Frame): Promise<StorageContents> {
  return target.evaluate(() => ({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
  }));
}

/** MSAL cache keys of credentials (`…-accesstoken-…`, `…-idtoken-…`, `…-refreshtoken-…`) and its token key lists. */
const MSAL_CREDENTIAL_KEY = /accesstoken|refreshtoken|idtoken|msal\.token\.keys/i;

/** No MSAL credential in localStorage, under any key, and none of the given token strings anywhere in it. */
function expectNoTokensIn(entries: [string, string][], tokens: string[]): void {
  // MSAL keeps its whole cache (accounts, tokens, key lists) in the configured location: none of it here.
  expect(entries.map(([key]) => key).filter((key) => key.startsWith('msal.'))).toEqual([]);
  for (const [key, value] of entries) {
    expect(key, `localStorage key "${key}"`).not.toMatch(MSAL_CREDENTIAL_KEY);
    for (const token of tokens)
      expect(value.includes(token), `localStorage "${key}" holds a token`).toBe(false);
  }
}

function appFrame(session: TeamsHostSession): FrameLocator {
  return session.appFrame();
}

describe('inside Teams: nested app auth through the host', () => {
  async function openPersonalTab(
    nestedAppAuth: Parameters<typeof openInTeamsHost>[1]['nestedAppAuth'],
  ): Promise<{
    session: TeamsHostSession;
    csp: CspViolationLog;
    graph: Awaited<ReturnType<typeof routeMinimalGraph>>;
  }> {
    const { context, csp } = await newContext();
    const graph = await routeMinimalGraph(context, TENANT);
    const session = await openInTeamsHost(context, {
      appUrl: `${app.baseUrl}/?host=teams`,
      frameContext: 'content',
      hostContext: {
        userId: TENANT.me.id,
        userPrincipalName: TENANT.me.userPrincipalName,
        loginHint: TENANT.me.userPrincipalName,
        userDisplayName: TENANT.me.displayName,
      },
      nestedAppAuth,
    });
    return { session, csp, graph };
  }

  it('asks the host for a token with the app client id and scopes, and sends it with every Graph call', async () => {
    const hostToken = 'naa-host-access-token-3f9a';
    const loginRequests: string[] = [];
    const { session, csp, graph } = await openPersonalTab({ tokens: () => hostToken });
    session.page.on('request', (request) => {
      if (request.url().startsWith(LOGIN_ORIGIN)) loginRequests.push(request.url());
    });

    const list = appFrame(session).getByTestId('one-on-one-list');
    await list.waitFor({ timeout: 30_000 });
    expect(await list.innerText()).toContain(MANAGER);

    const tokenRequests = await session.tokenRequests();
    expect(tokenRequests.length).toBeGreaterThan(0);
    for (const request of tokenRequests) {
      expect(request.method).toBe('GetToken');
      expect(request.clientId).toBe(CLIENT_ID);
      // The manifest's nestedAppAuthInfo scopes, in the same order, so that Teams can serve a prefetched token.
      expect(request.scopes).toEqual([...GRAPH_SCOPES]);
      expect(request.outcome).toEqual({ token: hostToken });
    }

    const calls = graph.requests();
    expect(calls.map((call) => `${call.method} ${call.path.split('?')[0]}`)).toEqual(
      expect.arrayContaining(['POST /$batch', 'GET /me/calendarView']),
    );
    for (const call of calls) expect(call.authorization).toBe(`Bearer ${hostToken}`);
    // Under nested app auth the host signs in: the app never talks to the identity platform itself.
    expect(loginRequests).toEqual([]);

    expect(await session.successCount()).toBe(1);
    expect(await session.failures()).toEqual([]);
    expectNoTokensIn((await readStorage(await session.appFrameHandle())).local, [hostToken]);
    expect(csp.violations()).toEqual([]);
  });

  it('shows "Sign in" when the host answers interaction required, and signs in through the host popup', async () => {
    const popupToken = 'naa-popup-access-token-71c2';
    const { session, csp, graph } = await openPersonalTab({
      error: 'interaction_required',
      tokens: () => popupToken,
    });
    const frame = appFrame(session);
    const alert = frame.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain('You need to sign in to Microsoft 365');
    // Without a token no Graph call leaves the app.
    expect(graph.requests()).toEqual([]);
    expect((await session.tokenRequests()).map((r) => [r.method, r.outcome])).toContainEqual([
      'GetToken',
      { error: 'interaction_required' },
    ]);

    await alert.getByRole('button', { name: 'Sign in' }).click();
    // The host records the request as it arrives and its outcome once the token is fetched: wait for both.
    const answeredPopups = async () =>
      (await session.tokenRequests()).filter(
        (r) => r.method === 'GetTokenPopup' && !('unsupported' in r.outcome),
      );
    await expect.poll(answeredPopups, { timeout: 15_000 }).toHaveLength(1);
    expect((await session.tokenRequests()).filter((r) => r.method === 'GetTokenPopup')).toHaveLength(1);
    const [popup] = await answeredPopups();
    expect(popup?.clientId).toBe(CLIENT_ID);
    expect(popup?.scopes).toEqual(expect.arrayContaining([...GRAPH_SCOPES]));
    expect(popup?.outcome).toEqual({ token: popupToken });

    // Signing in loads the list again by itself, with the token the popup got, and from then on.
    await frame.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    expect(graph.requests().length).toBeGreaterThan(0);
    for (const call of graph.requests()) expect(call.authorization).toBe(`Bearer ${popupToken}`);
    expectNoTokensIn((await readStorage(await session.appFrameHandle())).local, [popupToken]);
    expect(csp.violations()).toEqual([]);
  });

  it('names the permissions to consent to when the host answers consent required', async () => {
    const { session, csp, graph } = await openPersonalTab({ error: 'consent_required' });
    const alert = appFrame(session).getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.innerText();
    // AADSTS65001 does not say which permission is missing: every permission the app asked for is named.
    expect(text).toContain('This app needs your permission to use');
    expect(text).not.toContain('administrator');
    for (const scope of GRAPH_SCOPES) expect(text).toContain(scope);
    // The user can consent: the way out is the consent prompt, from a click.
    await alert.getByRole('button', { name: 'Grant access' }).click();
    await expect
      .poll(async () => (await session.tokenRequests()).filter((r) => r.method === 'GetTokenPopup').length, {
        timeout: 15_000,
      })
      .toBe(1);
    expect(graph.requests()).toEqual([]);
    expect(csp.violations()).toEqual([]);
  });

  it('sends the user to an administrator only when the tenant requires admin consent', async () => {
    const { session, csp, graph } = await openPersonalTab({ error: 'admin_consent_required' });
    const alert = appFrame(session).getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.innerText();
    expect(text).toContain('Ask your administrator');
    for (const scope of GRAPH_SCOPES) expect(text).toContain(scope);
    expect(await alert.getByRole('button', { name: 'Grant access' }).count()).toBe(0);
    expect(await alert.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    expect(graph.requests()).toEqual([]);
    expect(csp.violations()).toEqual([]);
  });
});

describe('in a plain browser: MSAL redirect sign-in', () => {
  const USER = {
    oid: TENANT.me.id,
    tid: TENANT_ID,
    name: TENANT.me.displayName,
    preferredUsername: TENANT.me.userPrincipalName,
  };

  async function openSignedOut(
    outcome: Parameters<typeof emulateEntra>[2],
  ): Promise<{ page: Page; csp: CspViolationLog; entra: Awaited<ReturnType<typeof emulateEntra>> }> {
    const { context, csp } = await newContext();
    const entra = await emulateEntra(context, TENANT_ID, outcome);
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain('You need to sign in to Microsoft 365');
    return { page, csp, entra };
  }

  it('starts the redirect sign-in at the configured authority with the client id, scopes and redirect URI', async () => {
    const { page, csp, entra } = await openSignedOut({ kind: 'page' });
    // Signed out and nothing asked yet: the app waits for the click.
    expect(entra.authorizeUrls()).toEqual([]);
    const violationsBeforeLeaving = csp.violations();

    await Promise.all([
      page.waitForURL((url) => url.href.startsWith(`${AUTHORITY}/oauth2/v2.0/authorize`), {
        timeout: 30_000,
      }),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    const [authorize] = entra.authorizeUrls();
    if (!authorize) throw new Error('No authorize request');
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${AUTHORITY}/oauth2/v2.0/authorize`);
    const query = authorize.searchParams;
    expect(query.get('client_id')).toBe(CLIENT_ID);
    expect(query.get('redirect_uri')).toBe(`${app.baseUrl}/`);
    const scopes = (query.get('scope') ?? '').split(' ');
    expect(scopes).toEqual(expect.arrayContaining([...GRAPH_SCOPES, 'openid', 'profile', 'offline_access']));
    expect(scopes.filter((scope) => !['openid', 'profile', 'offline_access'].includes(scope)).sort()).toEqual(
      [...GRAPH_SCOPES].sort(),
    );
    expect(query.get('response_type')).toBe('code');
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(query.get('state')).toBeTruthy();
    expect(query.get('nonce')).toBeTruthy();
    // Before the redirect, MSAL only read the configured tenant's metadata from the identity platform.
    for (const request of entra.requests()) expect(request.url.startsWith(`${LOGIN_ORIGIN}/`)).toBe(true);
    expect(violationsBeforeLeaving).toEqual([]);
  });

  it('finishes the sign-in on return, calls Graph with the access token and keeps tokens out of localStorage', async () => {
    const { context, csp } = await newContext();
    const entra = await emulateEntra(context, TENANT_ID, { kind: 'code', user: USER });
    const graph = await routeMinimalGraph(context, TENANT);
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('button', { name: 'Sign in' }).click({ timeout: 30_000 });

    const list = page.getByTestId('one-on-one-list');
    await list.waitFor({ timeout: 30_000 });
    expect(await list.innerText()).toContain(MANAGER);
    expect(new URL(page.url()).hash).toBe('');

    const [exchange] = entra.tokenRequests();
    expect(exchange?.get('grant_type')).toBe('authorization_code');
    expect(exchange?.get('client_id')).toBe(CLIENT_ID);
    expect(exchange?.get('redirect_uri')).toBe(`${app.baseUrl}/`);
    expect(exchange?.get('code_verifier')).toMatch(/^[\w-]{43,128}$/);
    const [tokens] = entra.issued();
    if (!tokens) throw new Error('No tokens issued');
    expect(graph.requests().length).toBeGreaterThan(0);
    for (const call of graph.requests()) expect(call.authorization).toBe(`Bearer ${tokens.accessToken}`);

    // Least privilege at rest: the tokens are in sessionStorage (they die with the tab), never in localStorage.
    const storage = await readStorage(page);
    expectNoTokensIn(storage.local, [tokens.accessToken, tokens.refreshToken, tokens.idToken]);
    const session = storage.session.map(([, value]) => value).join('\n');
    expect(session).toContain(tokens.accessToken);
    expect(session).toContain(tokens.refreshToken);

    // A reload stays signed in from sessionStorage, without going back to the identity platform.
    const authorizeCount = entra.authorizeUrls().length;
    await page.reload();
    await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    expect(entra.authorizeUrls()).toHaveLength(authorizeCount);
    expect(csp.violations()).toEqual([]);
  });

  it('explains a consent error from the identity platform, naming the permission it names', async () => {
    const { page, csp, entra } = await openSignedOut({
      kind: 'error',
      error: 'consent_required',
      description:
        "AADSTS65001: The user or administrator has not consented to use the application with ID '" +
        `${CLIENT_ID}' named '1:1 Agenda'. Send an interactive authorization request for this user and resource. ` +
        'Missing permission: Files.ReadWrite.All.',
    });
    await page.getByRole('button', { name: 'Sign in' }).click();
    // To the identity platform and back, with the error in the fragment.
    const alert = page.getByRole('alert').filter({ hasText: 'This app needs your permission to use' });
    await alert.waitFor({ timeout: 30_000 });
    expect(entra.authorizeUrls()).toHaveLength(1);
    expect(entra.tokenRequests()).toEqual([]);
    const text = await alert.innerText();
    expect(text).toContain('This app needs your permission to use: Files.ReadWrite.All.');
    for (const scope of GRAPH_SCOPES.filter((s) => s !== 'Files.ReadWrite.All')) {
      expect(text).not.toContain(scope);
    }
    expect(await alert.getByRole('button', { name: 'Grant access' }).count()).toBe(1);
    expect(csp.violations()).toEqual([]);
  });
});
