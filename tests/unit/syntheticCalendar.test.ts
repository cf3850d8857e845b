import { describe, expect, it } from 'vitest';
import { detectOneOnOnes } from '../../src/domain/detectOneOnOnes';
import { groupSeriesByPerson } from '../../src/domain/groupSeriesByPerson';
import { generateSyntheticEvents } from '../support/syntheticCalendar';

describe('generateSyntheticEvents', () => {
  it('is deterministic per seed and returns exactly count events', () => {
    const first = generateSyntheticEvents(500, 42);
    expect(first.events).toHaveLength(500);
    expect(generateSyntheticEvents(500, 42)).toEqual(first);
    expect(generateSyntheticEvents(500, 43).events).not.toEqual(first.events);
  });

  it('has unique event ids', () => {
    const { events } = generateSyntheticEvents(5_000, 1);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });
});

describe('detectOneOnOnes on a synthetic 5,000-event calendar', () => {
  const { events, people } = generateSyntheticEvents(5_000, 20261102);

  it('finds a plausible set of 1:1s', () => {
    const series = detectOneOnOnes(events, people);
    const occurrences = series.flatMap((s) => s.occurrences);
    // 11 recurring series (6 reports, one recreated, the manager, 3 peers) plus singles with
    // ~30 colleagues and 8 guests under a handful of subjects.
    expect(series.length).toBeGreaterThan(20);
    expect(series.length).toBeLessThan(400);
    // Speed is measured by `npm run bench`, never asserted here.
    // About half the events are 1:1s; exclusions (cancelled, groups, holds...) take the rest.
    expect(occurrences.length).toBeGreaterThan(1_000);
    expect(occurrences.length).toBeLessThan(3_000);

    const relations = new Set(series.map((s) => s.counterpart.relation));
    expect(relations).toEqual(new Set(['directReport', 'manager', 'other']));
    expect(occurrences.some((o) => o.declinedBy === 'me')).toBe(true);
    expect(occurrences.some((o) => o.declinedBy === 'counterpart')).toBe(true);
    expect(series.some((s) => s.subject === null)).toBe(true);

    const byPerson = groupSeriesByPerson(series);
    expect(byPerson.length).toBeGreaterThan(6);
    expect(byPerson.length).toBeLessThan(series.length);
  });
});
