import { describe, expect, it } from 'vitest';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import type { DemoSeed } from '../../src/demo/seed/demoSeed.types';
import { DemoSeedError, parseDemoSeed } from '../../src/demo/seed/demoSeedSchema';

function defaultSeedCopy(): DemoSeed {
  return structuredClone(loadDefaultDemoSeed());
}

function problemsOf(seed: unknown): string {
  try {
    parseDemoSeed(seed, 'test.json');
  } catch (error) {
    if (error instanceof DemoSeedError) return error.message;
    throw error;
  }
  return 'no problems';
}

describe('the default seed', () => {
  it('validates, with the leader first and her six reports, manager and peer', () => {
    const seed = loadDefaultDemoSeed();
    const [leader] = seed.users;
    expect(leader?.displayName).toBe('Claire Tremblay');
    expect(seed.users.filter((user) => user.managerId === leader?.id)).toHaveLength(6);
    const manager = seed.users.find((user) => user.id === leader?.managerId);
    expect(manager?.displayName).toBe('Marc-André Gagnon');
    expect(
      seed.users.filter((user) => user.managerId === manager?.id && user.id !== leader?.id),
    ).toHaveLength(1);
  });

  it('has the quirks the demo promises', () => {
    const { events } = loadDefaultDemoSeed();
    expect(events.some((event) => (event.cancelledOccurrences ?? []).length > 0)).toBe(true);
    expect(events.some((event) => event.type === 'exception')).toBe(true);
    expect(
      events.some((event) => event.attendees?.some((attendee) => attendee.status?.response === 'declined')),
    ).toBe(true);
    expect(events.some((event) => event.attendees?.some((attendee) => attendee.type === 'resource'))).toBe(
      true,
    );
    expect(events.some((event) => event.isAllDay)).toBe(true);
    expect(events.some((event) => event.sensitivity === 'private')).toBe(true);
    expect(events.some((event) => event.showAs === 'free' && event.attendees?.length === 1)).toBe(true);
    expect(events.some((event) => (event.attendees?.length ?? 0) >= 3)).toBe(true);
    for (const event of events.filter((candidate) => candidate.isOnlineMeeting)) {
      expect(event.body?.content).toMatch(/<html>\r\n<head>/);
      expect(event.body?.content).toContain('class="me-email-text"');
      expect(event.body?.content).toContain('meet_invite_block.action.join_link');
    }
  });
});

describe('parseDemoSeed', () => {
  it('names the path of a bad time zone', () => {
    const seed = defaultSeedCopy();
    if (seed.events[3]) seed.events[3].start.timeZone = 'Estern Standard Time';
    expect(problemsOf(seed)).toContain('events[3].start.timeZone: unknown time zone "Estern Standard Time"');
  });

  it('names the source and reports a missing field by path', () => {
    const seed = defaultSeedCopy() as unknown as { users: Record<string, unknown>[] };
    delete seed.users[1]?.userPrincipalName;
    const message = problemsOf(seed);
    expect(message).toContain('Invalid demo seed (test.json)');
    expect(message).toContain('users[1].userPrincipalName');
  });

  it('refuses stored occurrences: they are generated from the master', () => {
    const seed = defaultSeedCopy();
    if (seed.events[0]) seed.events[0].type = 'occurrence';
    expect(problemsOf(seed)).toContain('events[0].type: occurrences are generated');
  });

  it("insists that a meeting lives in its organizer's mailbox", () => {
    const seed = defaultSeedCopy();
    const other = seed.users[1];
    if (seed.events[0] && other) seed.events[0].mailbox = other.id;
    expect(problemsOf(seed)).toContain('events[0].organizer.emailAddress.address');
  });

  it('checks cross references: managers, exception masters, cancelled occurrence ids, duplicate ids', () => {
    const seed = defaultSeedCopy();
    const [first, second] = seed.events;
    if (seed.users[2]) seed.users[2].managerId = 'nobody';
    if (first) first.cancelledOccurrences = ['OID.someone-else.2026-11-24'];
    if (second && first) second.id = first.id;
    const message = problemsOf(seed);
    expect(message).toContain('users[2].managerId');
    expect(message).toContain('events[0].cancelledOccurrences[0]');
    expect(message).toContain('events[1].id: duplicate event id');
  });

  it('requires anchorWeekStart to be a Monday', () => {
    const seed = defaultSeedCopy();
    seed.anchorWeekStart = '2026-11-17';
    expect(problemsOf(seed)).toContain('anchorWeekStart: 2026-11-17 is not a Monday');
  });

  it('rejects a recurrence Exchange would reject', () => {
    const seed = defaultSeedCopy();
    const pattern = seed.events[0]?.recurrence?.pattern;
    if (pattern) pattern.daysOfWeek = [];
    expect(problemsOf(seed)).toContain('events[0].recurrence: pattern.daysOfWeek is required for weekly');
  });
});
