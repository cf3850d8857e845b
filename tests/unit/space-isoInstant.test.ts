import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoInstant, toIsoInstant } from '../../src/domain/space/isoInstant';

const digits = (count: number, max = 9) =>
  fc.array(fc.integer({ min: 0, max }), { minLength: count, maxLength: count }).map((d) => d.join(''));

/** Text shaped like an instant, with any digits: real ones, 30 February, hour 24, second 60… */
const instantShaped = fc
  .tuple(digits(4), digits(2, 3), digits(2, 3), digits(2, 2), digits(2, 6), digits(2, 6), digits(3))
  .map(([y, mo, d, h, mi, s, ms]) => `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);

describe('isIsoInstant', () => {
  it('accepts exactly the text that is its own canonical spelling (as Date says)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          instantShaped,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (value) => {
          expect(isIsoInstant(value)).toBe(toIsoInstant(value) === value);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['2024-02-29T00:00:00.000Z', true],
    ['2023-02-29T00:00:00.000Z', false],
    ['1900-02-29T00:00:00.000Z', false],
    ['2000-02-29T00:00:00.000Z', true],
    ['2026-04-31T00:00:00.000Z', false],
    ['2026-11-02T24:00:00.000Z', false],
    ['2026-11-02T23:59:60.000Z', false],
    ['2026-13-02T09:00:00.000Z', false],
  ])('%s: %s', (value, expected) => {
    expect(isIsoInstant(value)).toBe(expected);
  });
});
