import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES, readAuthConfig, SCOPE_REASONS } from '../../src/auth/authConfig';
import { AuthError } from '../../src/auth/TokenProvider';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const ORIGIN = 'https://agenda.contoso.com';
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';

describe('readAuthConfig', () => {
  it('returns null when no client id is configured, so the app can explain what to set', () => {
    expect(readAuthConfig({}, ORIGIN)).toBeNull();
    expect(readAuthConfig({ VITE_AAD_CLIENT_ID: '   ' }, ORIGIN)).toBeNull();
    expect(
      readAuthConfig({ VITE_AAD_CLIENT_ID: undefined, VITE_AAD_TENANT_ID: 'contoso' }, ORIGIN),
    ).toBeNull();
  });

  it('defaults to any work or school account and redirects back to the app root', () => {
    expect(readAuthConfig({ VITE_AAD_CLIENT_ID: ` ${CLIENT_ID} ` }, ORIGIN)).toEqual({
      clientId: CLIENT_ID,
      tenantId: 'organizations',
      authority: 'https://login.microsoftonline.com/organizations',
      redirectUri: 'https://agenda.contoso.com/',
    });
  });

  it('builds the authority from the tenant id', () => {
    const config = readAuthConfig(
      { VITE_AAD_CLIENT_ID: CLIENT_ID, VITE_AAD_TENANT_ID: 'contoso.onmicrosoft.com' },
      ORIGIN,
    );
    expect(config?.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
  });

  it('uses an explicit authority and redirect URI as given (without a trailing slash on the authority)', () => {
    const config = readAuthConfig(
      {
        VITE_AAD_CLIENT_ID: CLIENT_ID,
        VITE_AAD_TENANT_ID: 'contoso',
        VITE_AAD_AUTHORITY: 'https://login.microsoftonline.us/contoso/',
        VITE_REDIRECT_URI: 'https://agenda.contoso.com/signed-in',
      },
      ORIGIN,
    );
    expect(config?.authority).toBe('https://login.microsoftonline.us/contoso');
    expect(config?.redirectUri).toBe('https://agenda.contoso.com/signed-in');
    expect(config?.tenantId).toBe('contoso');
  });

  it('accepts the env object Vite provides, booleans included', () => {
    const viteEnv = { DEV: true, PROD: false, MODE: 'production', VITE_AAD_CLIENT_ID: CLIENT_ID };
    expect(readAuthConfig(viteEnv, ORIGIN)?.clientId).toBe(CLIENT_ID);
  });

  it('rejects an authority that is not an https URL instead of silently ignoring the typo', () => {
    const read = (authority: string) =>
      readAuthConfig({ VITE_AAD_CLIENT_ID: CLIENT_ID, VITE_AAD_AUTHORITY: authority }, ORIGIN);
    expect(() => read('login.microsoftonline.com/contoso')).toThrow(AuthError);
    expect(() => read('http://login.microsoftonline.com/contoso')).toThrow(/https/);
    expect(thrownBy(() => read('not a url'))).toMatchObject({ reason: 'not-configured' });
  });

  it('allows http only for a localhost redirect URI (development)', () => {
    const local = readAuthConfig(
      { VITE_AAD_CLIENT_ID: CLIENT_ID, VITE_REDIRECT_URI: 'http://localhost:5173/' },
      ORIGIN,
    );
    expect(local?.redirectUri).toBe('http://localhost:5173/');
    expect(() =>
      readAuthConfig(
        { VITE_AAD_CLIENT_ID: CLIENT_ID, VITE_REDIRECT_URI: 'http://agenda.contoso.com/' },
        ORIGIN,
      ),
    ).toThrow(AuthError);
  });
});

describe('GRAPH_SCOPES', () => {
  it('asks only for the delegated scopes the features need, none of them admin-only', () => {
    expect([...GRAPH_SCOPES]).toEqual([
      'User.Read',
      'User.ReadBasic.All',
      'Calendars.ReadWrite',
      'Files.ReadWrite.All',
      'Chat.ReadBasic',
      'Tasks.ReadWrite',
      'MailboxSettings.Read',
    ]);
  });

  it('is the list, in the same order, of the permission tables in README.md and manifest/README.md', () => {
    /** The first column of the table that follows `heading`, without its backticks. */
    const tableScopes = (file: string, heading: string): string[] => {
      const text = readFileSync(file, 'utf8');
      const section = text.slice(text.indexOf(heading));
      const table = section.slice(
        section.indexOf('\n|'),
        section.indexOf('\n\n', section.indexOf('\n|') + 1),
      );
      return [...table.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1] ?? '');
    };
    expect(tableScopes('README.md', '## Microsoft Graph permissions')).toEqual([...GRAPH_SCOPES]);
    expect(tableScopes('manifest/README.md', '**Delegated Microsoft Graph permissions**')).toEqual([
      ...GRAPH_SCOPES,
    ]);
  });

  it('explains every scope it asks for', () => {
    for (const scope of GRAPH_SCOPES) expect(SCOPE_REASONS[scope].length).toBeGreaterThan(20);
    expect(Object.keys(SCOPE_REASONS).sort()).toEqual([...GRAPH_SCOPES].sort());
  });
});
