import { describe, expect, it } from 'vitest';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const { claire: CLAIRE, daniel: DANIEL, ethan: ETHAN, marcAndre: MARC_ANDRE } = SEED_PEOPLE;
const CLAIRE_ID = '4b2e8f3a-9c1d-4e6b-8a7f-1d3c5e9b2a60';
const DANIEL_ID = '1f6c3a8e-2d9b-4f71-a5e4-7c0b9d2e6f13';

const tenant = graphEmulatorPerFile();

const GRAPH = 'https://graph.microsoft.com/v1.0';

interface GraphErrorJson {
  error: { code: string; message: string; innerError: { date: string; 'request-id': string } };
}

describe('authentication', () => {
  it('answers 401 InvalidAuthenticationToken with Graph error JSON when there is no token', async () => {
    const response = await fetch(`${GRAPH}/me`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as GraphErrorJson;
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(body.error.innerError['request-id']).toBe(response.headers.get('request-id'));
    expect(response.headers.get('WWW-Authenticate')).toContain('Bearer');
  });

  it('answers 401 for a token that is not a demo token, or names no tenant user', async () => {
    const garbage = await fetch(`${GRAPH}/me`, { headers: { Authorization: 'Bearer not-a-token' } });
    expect(garbage.status).toBe(401);
    const stranger = encodeDemoToken({
      oid: '00000000-0000-0000-0000-000000000000',
      upn: 'x@example.com',
      scp: '',
    });
    const unknown = await fetch(`${GRAPH}/me`, { headers: { Authorization: `Bearer ${stranger}` } });
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as GraphErrorJson).error.code).toBe('InvalidAuthenticationToken');
  });

  it('names the user from the token: the same /me gives each person their own profile', async () => {
    const claire = (await (await tenant.fetchAs(CLAIRE, '/me')).json()) as { id: string };
    const daniel = (await (await tenant.fetchAs(DANIEL, '/me')).json()) as { id: string };
    expect(claire.id).toBe(CLAIRE_ID);
    expect(daniel.id).toBe(DANIEL_ID);
  });
});

describe('users', () => {
  it('GET /me returns the default user properties and @odata.context, never the seed-only managerId', async () => {
    const response = await tenant.fetchAs(CLAIRE, '/me');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/json');
    const me = (await response.json()) as Record<string, unknown>;
    expect(me['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users/$entity');
    expect(me).toMatchObject({
      displayName: 'Claire Tremblay',
      jobTitle: 'Director, Digital Services',
      mail: CLAIRE,
      userPrincipalName: CLAIRE,
    });
    expect(me).not.toHaveProperty('managerId');
    expect(me).not.toHaveProperty('department');
  });

  it('GET /users/{upn} with $select returns only the selected properties', async () => {
    const response = await tenant.fetchAs(DANIEL, `/users/${CLAIRE}?$select=displayName,department`);
    const user = (await response.json()) as Record<string, unknown>;
    expect(user).toEqual({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(displayName,department)/$entity',
      displayName: 'Claire Tremblay',
      department: 'Digital Services',
    });
  });

  it('rejects an unknown $select property with 400', async () => {
    const response = await tenant.fetchAs(CLAIRE, '/me?$select=displayName,shoeSize');
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphErrorJson).error.message).toContain("'shoeSize'");
  });

  it('answers 404 Request_ResourceNotFound for an unknown user', async () => {
    const response = await tenant.fetchAs(CLAIRE, '/users/nobody@contoso.ca');
    expect(response.status).toBe(404);
    expect(((await response.json()) as GraphErrorJson).error.code).toBe('Request_ResourceNotFound');
  });

  it('GET /me/manager returns the manager as a directory object', async () => {
    const manager = (await (await tenant.fetchAs(CLAIRE, '/me/manager')).json()) as Record<string, unknown>;
    expect(manager['@odata.type']).toBe('#microsoft.graph.user');
    expect(manager['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity',
    );
    expect(manager.userPrincipalName).toBe(MARC_ANDRE);
    const danielsManager = (await (await tenant.fetchAs(DANIEL, '/me/manager')).json()) as { id: string };
    expect(danielsManager.id).toBe(CLAIRE_ID);
  });

  it('GET /users/{id}/manager works for another user, and 404s when there is none', async () => {
    // Another user's manager needs User.Read.All, which the app does not ask for (emulator-scopes.test.ts).
    const viaUsers = (await (
      await tenant.fetchAs(CLAIRE, `/users/${DANIEL_ID}/manager`, {}, ['User.Read.All'])
    ).json()) as {
      id: string;
    };
    expect(viaUsers.id).toBe(CLAIRE_ID);
    const none = await tenant.fetchAs(MARC_ANDRE, '/me/manager');
    expect(none.status).toBe(404);
    expect(((await none.json()) as GraphErrorJson).error.code).toBe('Request_ResourceNotFound');
  });

  it('GET /me/directReports lists the six reports as users, with paging under $top', async () => {
    const all = (await (await tenant.fetchAs(CLAIRE, '/me/directReports')).json()) as {
      value: { '@odata.type': string; displayName: string }[];
    };
    expect(all.value.map((report) => report.displayName)).toEqual([
      'Daniel Okafor',
      'Sophie Lavoie',
      'Ethan Wong',
      'Aisha Benali',
      'Marcus Lee',
      'Julie Nguyen',
    ]);
    expect(all.value.every((report) => report['@odata.type'] === '#microsoft.graph.user')).toBe(true);

    const first = (await (
      await tenant.fetchAs(CLAIRE, '/me/directReports?$top=4&$select=displayName')
    ).json()) as {
      '@odata.nextLink': string;
      value: { displayName: string }[];
    };
    expect(first.value).toHaveLength(4);
    const second = (await (await tenant.fetchAs(CLAIRE, first['@odata.nextLink'])).json()) as {
      '@odata.nextLink'?: string;
      value: { displayName: string }[];
    };
    expect(second.value.map((report) => report.displayName)).toEqual(['Marcus Lee', 'Julie Nguyen']);
    expect(second['@odata.nextLink']).toBeUndefined();
  });

  it('a report has no direct reports', async () => {
    const none = (await (await tenant.fetchAs(DANIEL, '/me/directReports')).json()) as { value: unknown[] };
    expect(none.value).toEqual([]);
  });
});

describe('mailboxSettings', () => {
  // MailboxSettings.Read alone: the routes need nothing more (emulator-scopes.test.ts).
  const MAILBOX_SETTINGS = ['MailboxSettings.Read'];

  it("returns each user's own time zone, Windows or IANA name as stored", async () => {
    const claire = (await (
      await tenant.fetchAs(CLAIRE, '/me/mailboxSettings', {}, MAILBOX_SETTINGS)
    ).json()) as {
      timeZone: string;
    };
    const ethan = (await (
      await tenant.fetchAs(ETHAN, '/me/mailboxSettings/timeZone', {}, MAILBOX_SETTINGS)
    ).json()) as {
      value: string;
    };
    expect(claire.timeZone).toBe('Eastern Standard Time');
    expect(ethan.value).toBe('America/Vancouver');
  });

  it("denies another user's mailbox settings with 403, even with the scope", async () => {
    const response = await tenant.fetchAs(DANIEL, `/users/${CLAIRE}/mailboxSettings`, {}, MAILBOX_SETTINGS);
    expect(response.status).toBe(403);
    expect(((await response.json()) as GraphErrorJson).error.code).toBe('ErrorAccessDenied');
  });
});

describe('routes Graph does not have (or the demo does not emulate)', () => {
  it('answers an unknown segment with 400 naming it', async () => {
    const response = await tenant.fetchAs(CLAIRE, '/me/calendarz');
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphErrorJson).error.message).toBe(
      "Resource not found for the segment 'calendarz'.",
    );
    const topLevel = await tenant.fetchAs(CLAIRE, '/nothing');
    expect(topLevel.status).toBe(400);
  });

  it('answers a known path with the wrong method with 405', async () => {
    const response = await tenant.fetchAs(CLAIRE, '/me/manager', { method: 'DELETE' });
    expect(response.status).toBe(405);
  });

  it('refuses query options it would otherwise ignore, instead of returning wrong data', async () => {
    const response = await tenant.fetchAs(CLAIRE, "/me/directReports?$filter=startswith(displayName,'D')");
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphErrorJson).error.message).toContain('$filter');
  });

  it('answers Graph beta with 400 rather than letting the request escape', async () => {
    const response = await fetch('https://graph.microsoft.com/beta/me', {
      headers: { Authorization: `Bearer ${tenant.tokenFor(CLAIRE)}` },
    });
    expect(response.status).toBe(400);
  });
});
