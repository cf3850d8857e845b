import { describe, expect, it } from 'vitest';
import {
  AUTOMATIC_INVITE_UPDATE_INTERVAL_MS,
  mayUpdateInviteAutomatically,
} from '../../src/domain/invite/automaticInviteUpdate';

const NOW = new Date('2026-11-18T15:00:00.000Z');
const hoursBefore = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

describe('mayUpdateInviteAutomatically', () => {
  it('lets the app update an invite it never updated', () => {
    expect(mayUpdateInviteAutomatically(null, NOW)).toBe(true);
  });

  it('refuses a second automatic update within 24 hours, even across midnight', () => {
    expect(AUTOMATIC_INVITE_UPDATE_INTERVAL_MS).toBe(86_400_000);
    expect(mayUpdateInviteAutomatically(hoursBefore(0), NOW)).toBe(false);
    expect(mayUpdateInviteAutomatically(hoursBefore(1), NOW)).toBe(false);
    // Updated at 23:00 yesterday: a new calendar day, but not a new day of mails.
    expect(mayUpdateInviteAutomatically(hoursBefore(16), NOW)).toBe(false);
    expect(mayUpdateInviteAutomatically(hoursBefore(23.9), NOW)).toBe(false);
  });

  it('allows the next one once 24 hours have passed', () => {
    expect(mayUpdateInviteAutomatically(hoursBefore(24), NOW)).toBe(true);
    expect(mayUpdateInviteAutomatically(hoursBefore(24 * 30), NOW)).toBe(true);
  });

  it('is not blocked forever by a record from a device whose clock ran far ahead, nor by an unreadable one', () => {
    expect(mayUpdateInviteAutomatically(hoursBefore(-1), NOW)).toBe(false);
    expect(mayUpdateInviteAutomatically(hoursBefore(-24 * 365), NOW)).toBe(true);
    expect(mayUpdateInviteAutomatically('not a date', NOW)).toBe(true);
  });
});
