import { describe, expect, it } from 'vitest';
import { AuthError, type TokenProvider } from '../../src/auth/TokenProvider';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { GraphRequestError } from '../../src/graph/graphRequestError';
import { getPeopleAroundMe } from '../../src/graph/people';
import { loadUpcomingOneOnOnes } from '../../src/services/oneOnOnes/loadUpcomingOneOnOnes';
import { connectAs, TEST_RETRY_POLICY } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();

describe('getPeopleAroundMe', () => {
  it('reads me, my manager and my direct reports in one $batch', async () => {
    const people = await getPeopleAroundMe(connectAs(tenant, SEED_PEOPLE.claire));
    expect(people.me).toMatchObject({ displayName: 'Claire Tremblay', email: SEED_PEOPLE.claire });
    expect(people.manager?.email).toBe(SEED_PEOPLE.marcAndre);
    expect(people.directReports.map((p) => p.email).sort()).toEqual(
      [
        SEED_PEOPLE.daniel,
        SEED_PEOPLE.sophie,
        SEED_PEOPLE.ethan,
        SEED_PEOPLE.aisha,
        SEED_PEOPLE.marcus,
        SEED_PEOPLE.julie,
      ].sort(),
    );
  });

  it('treats "no manager" (404) as null, not as an error', async () => {
    const people = await getPeopleAroundMe(connectAs(tenant, SEED_PEOPLE.marcAndre));
    expect(people.manager).toBeNull();
  });

  it('retries a throttled sub-request of the batch', async () => {
    tenant.emulator.faults.enqueue({ status: 429, retryAfterSeconds: 1, times: 1, match: '/me/manager' });
    const people = await getPeopleAroundMe(connectAs(tenant, SEED_PEOPLE.daniel));
    expect(people.manager?.email).toBe(SEED_PEOPLE.claire);
    expect(tenant.emulator.faults.pendingCount).toBe(0);
  });
});

describe('sign-in failures', () => {
  it('maps a refused token (401) to "unauthorized"', async () => {
    const badTokens: TokenProvider = {
      kind: 'demo',
      getAccessToken: async () => 'not-a-token',
      signIn: async () => {},
    };
    const graph = createGraphClient(badTokens, ['User.Read'], TEST_RETRY_POLICY);
    const failure = await getPeopleAroundMe(graph).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('keeps the token provider reason (consent and missing scopes) through the Graph client', async () => {
    const needsConsent: TokenProvider = {
      kind: 'naa',
      getAccessToken: async () => {
        throw new AuthError('consent-required', 'AADSTS65001', ['Calendars.Read']);
      },
      signIn: async () => {},
    };
    const graph = createGraphClient(needsConsent, ['Calendars.Read'], TEST_RETRY_POLICY);
    const failure = await getPeopleAroundMe(graph).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphRequestError);
    expect((failure as GraphRequestError).kind).toBe('sign-in');
    expect((failure as GraphRequestError).authError?.missingScopes).toEqual(['Calendars.Read']);
  });
});

describe('loadUpcomingOneOnOnes (the My 1:1s read path)', () => {
  it('finds exactly the leader 1:1s of the next 14 days, grouped by person, with their cadence', async () => {
    const upcoming = await loadUpcomingOneOnOnes(connectAs(tenant, SEED_PEOPLE.claire), DEFAULT_TEST_NOW, 14);
    const byEmail = new Map(upcoming.persons.map((p) => [p.counterpart.email, p]));

    expect([...byEmail.keys()].sort()).toEqual(
      [
        SEED_PEOPLE.daniel,
        SEED_PEOPLE.sophie,
        SEED_PEOPLE.ethan,
        SEED_PEOPLE.marcus,
        SEED_PEOPLE.julie,
        SEED_PEOPLE.marcAndre,
        SEED_PEOPLE.priya,
      ].sort(),
    );
    expect(byEmail.get(SEED_PEOPLE.marcAndre)?.counterpart.relation).toBe('manager');
    expect(byEmail.get(SEED_PEOPLE.daniel)?.counterpart.relation).toBe('directReport');
    expect(byEmail.get(SEED_PEOPLE.priya)?.counterpart.relation).toBe('other');

    const allSeries = upcoming.persons.flatMap((p) => p.series);
    const subjects = allSeries.map((s) => s.subject ?? '');
    for (const subject of subjects) expect(subject).not.toMatch(/team|review|offsite|leadership/i);
    const sophie = byEmail.get(SEED_PEOPLE.sophie)?.series[0];
    expect(sophie?.seriesMasterId && upcoming.recurrences.get(sophie.seriesMasterId)).toEqual({
      kind: 'weekly',
      interval: 2,
    });
    const declined = byEmail
      .get(SEED_PEOPLE.julie)
      ?.series.flatMap((s) => s.occurrences)
      .filter((o) => o.declinedBy);
    expect(declined?.length).toBe(1);
  });

  it('shows an employee their 1:1 with the leader, as their manager', async () => {
    const upcoming = await loadUpcomingOneOnOnes(connectAs(tenant, SEED_PEOPLE.ethan), DEFAULT_TEST_NOW, 14);
    expect(upcoming.persons.map((p) => [p.counterpart.email, p.counterpart.relation])).toEqual([
      [SEED_PEOPLE.claire, 'manager'],
    ]);
  });
});
