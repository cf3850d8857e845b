import type { BrowserContext, Request as PlaywrightRequest, Route } from 'playwright-core';

/**
 * The Microsoft identity platform (https://login.microsoftonline.com) as far as MSAL's redirect flow meets it,
 * answered with Playwright routes: the authority's metadata, the authorize page (a navigation) and the token
 * endpoint. Nothing reaches the network.
 */

export const LOGIN_ORIGIN = 'https://login.microsoftonline.com';

/** What the authorize endpoint does with a sign-in: show a page (to inspect the request), or come back. */
export type AuthorizeOutcome =
  /** Stays on an emulated sign-in page. */
  | { kind: 'page' }
  /** Signs the user in: back to redirect_uri with a code, which the token endpoint exchanges. */
  | { kind: 'code'; user: EntraUser }
  /** Back to redirect_uri with an OAuth error, e.g. `consent_required` and an AADSTS description. */
  | { kind: 'error'; error: string; description: string };

export interface EntraUser {
  oid: string;
  tid: string;
  name: string;
  preferredUsername: string;
}

export interface EntraTokens {
  accessToken: string;
  refreshToken: string;
  idToken: string;
}

export interface EmulatedEntra {
  /** Every request MSAL sent to the identity platform, in order (preflights left out). */
  requests(): { method: string; url: string; body: string | null }[];
  /** The authorize requests (full URLs). */
  authorizeUrls(): URL[];
  /** The form fields of every token request. */
  tokenRequests(): URLSearchParams[];
  /** The tokens issued so far. */
  issued(): EntraTokens[];
  setOutcome(outcome: AuthorizeOutcome): void;
}

function toBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** An unsigned JWT: MSAL reads an id token's claims but leaves signature checks to the server it came from. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  return `${toBase64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${toBase64Url(JSON.stringify(claims))}.`;
}

function cors(request: PlaywrightRequest): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers().origin ?? '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': request.headers()['access-control-request-headers'] ?? 'content-type',
  };
}

/** Routes the identity platform for `tenant` in `context`. */
export async function emulateEntra(
  context: BrowserContext,
  tenant: string,
  initial: AuthorizeOutcome = { kind: 'page' },
): Promise<EmulatedEntra> {
  const base = `${LOGIN_ORIGIN}/${tenant}`;
  const log: { method: string; url: string; body: string | null }[] = [];
  const issued: EntraTokens[] = [];
  /** The authorize request each code was issued for (its nonce goes into the id token). */
  const codes = new Map<string, { user: EntraUser; nonce: string; clientId: string; scope: string }>();
  let outcome = initial;
  let counter = 0;

  const openIdConfiguration = {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'aud',
      'exp',
      'iat',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'oid',
    ],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'NA',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
  const instanceDiscovery = {
    tenant_discovery_endpoint: `${base}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: 'login.microsoftonline.com',
        preferred_cache: 'login.windows.net',
        aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
      },
    ],
  };

  /** Back to the app: the parameters in the fragment or the query, as the request's response_mode asks. */
  function backToApp(authorize: URL, parameters: Record<string, string>): string {
    const redirectUri = authorize.searchParams.get('redirect_uri') ?? '';
    const encoded = new URLSearchParams({ ...parameters, state: authorize.searchParams.get('state') ?? '' });
    const mode = authorize.searchParams.get('response_mode') ?? 'query';
    return mode === 'fragment' ? `${redirectUri}#${encoded}` : `${redirectUri}?${encoded}`;
  }

  async function authorize(route: Route, url: URL): Promise<void> {
    if (outcome.kind === 'page') {
      await route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Sign in to your account</title><h1>Emulated Microsoft sign-in</h1>',
      });
      return;
    }
    let location: string;
    if (outcome.kind === 'error') {
      location = backToApp(url, { error: outcome.error, error_description: outcome.description });
    } else {
      counter++;
      const code = `emulated-code-${counter}`;
      codes.set(code, {
        user: outcome.user,
        nonce: url.searchParams.get('nonce') ?? '',
        clientId: url.searchParams.get('client_id') ?? '',
        scope: url.searchParams.get('scope') ?? '',
      });
      location = backToApp(url, {
        code,
        client_info: toBase64Url(JSON.stringify({ uid: outcome.user.oid, utid: outcome.user.tid })),
        session_state: `emulated-session-${counter}`,
      });
    }
    await route.fulfill({ status: 302, headers: { location } });
  }

  async function token(route: Route, request: PlaywrightRequest): Promise<void> {
    const form = new URLSearchParams(request.postData() ?? '');
    const granted = codes.get(form.get('code') ?? '');
    if (form.get('grant_type') !== 'authorization_code' || !granted) {
      await route.fulfill({
        status: 400,
        headers: cors(request),
        json: { error: 'invalid_grant', error_description: 'AADSTS70000: The code is not valid (emulated).' },
      });
      return;
    }
    codes.delete(form.get('code') ?? '');
    const now = Math.floor(Date.now() / 1000);
    const { user } = granted;
    const tokens: EntraTokens = {
      accessToken: `emulated-access-token-${counter}-${user.oid}`,
      refreshToken: `emulated-refresh-token-${counter}-${user.oid}`,
      idToken: unsignedJwt({
        aud: granted.clientId,
        iss: `${LOGIN_ORIGIN}/${user.tid}/v2.0`,
        iat: now,
        nbf: now,
        exp: now + 3600,
        name: user.name,
        nonce: granted.nonce,
        oid: user.oid,
        preferred_username: user.preferredUsername,
        sub: `emulated-sub-${user.oid}`,
        tid: user.tid,
        ver: '2.0',
      }),
    };
    issued.push(tokens);
    // Entra answers with the Graph scopes only (openid, profile and offline_access are not echoed).
    const scope = (form.get('scope') ?? granted.scope)
      .split(' ')
      .filter((s) => s && !['openid', 'profile', 'offline_access'].includes(s))
      .join(' ');
    await route.fulfill({
      headers: cors(request),
      json: {
        token_type: 'Bearer',
        scope,
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: tokens.accessToken,
        refresh_token: tokens.refreshToken,
        id_token: tokens.idToken,
        client_info: toBase64Url(JSON.stringify({ uid: user.oid, utid: user.tid })),
      },
    });
  }

  await context.route(`${LOGIN_ORIGIN}/**`, async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') {
      await route.fulfill({ status: 204, headers: cors(request) });
      return;
    }
    log.push({ method: request.method(), url: request.url(), body: request.postData() });
    const url = new URL(request.url());
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      await route.fulfill({ headers: cors(request), json: openIdConfiguration });
    } else if (url.pathname.endsWith('/discovery/instance')) {
      await route.fulfill({ headers: cors(request), json: instanceDiscovery });
    } else if (url.pathname === `/${tenant}/oauth2/v2.0/authorize`) {
      await authorize(route, url);
    } else if (url.pathname === `/${tenant}/oauth2/v2.0/token` && request.method() === 'POST') {
      await token(route, request);
    } else {
      await route.fulfill({ status: 404, headers: cors(request), body: 'Not emulated' });
    }
  });

  return {
    requests: () => [...log],
    authorizeUrls: () =>
      log
        .filter((entry) => new URL(entry.url).pathname.endsWith('/oauth2/v2.0/authorize'))
        .map((entry) => new URL(entry.url)),
    tokenRequests: () =>
      log
        .filter((entry) => new URL(entry.url).pathname.endsWith('/oauth2/v2.0/token'))
        .map((entry) => new URLSearchParams(entry.body ?? '')),
    issued: () => [...issued],
    setOutcome: (next) => {
      outcome = next;
    },
  };
}
