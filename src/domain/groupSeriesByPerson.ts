import { compareOrdinal } from './compareOrdinal';
import type { OneOnOneSeries, PersonOneOnOnes } from './oneOnOne';

/**
 * Groups 1:1 series by the person they are with, for the "My 1:1s" list. One person can have
 * several series: a recurring series that was recreated (new master id), or singles scheduled one
 * at a time next to a recurring series. They are the same relationship, so they belong together.
 *
 * Rules:
 * - A person is identified by the counterpart's email (already normalized by detection).
 * - A series's next occurrence is its first one (detection sorts them). Series without
 *   occurrences have nothing upcoming and are left out.
 * - A person's series are sorted by next occurrence (ties by key); their counterpart (name,
 *   relation) is taken from the series with the earliest occurrence.
 * - People are sorted by their next 1:1 (ties by name, then email), so the result does not depend
 *   on the input order.
 */
export function groupSeriesByPerson(series: readonly OneOnOneSeries[]): PersonOneOnOnes[] {
  const byEmail = new Map<string, SeriesWithStart[]>();
  for (const one of series) {
    const first = one.occurrences[0];
    if (first === undefined) continue;
    const entry = { series: one, startMs: Date.parse(first.start), start: first.start };
    const list = byEmail.get(one.counterpart.email);
    if (list === undefined) byEmail.set(one.counterpart.email, [entry]);
    else list.push(entry);
  }

  const people: PersonWithStart[] = [];
  for (const list of byEmail.values()) {
    list.sort((a, b) => compareStartMs(a.startMs, b.startMs) || compareOrdinal(a.series.key, b.series.key));
    const [next] = list;
    if (next === undefined) continue;
    people.push({
      person: {
        counterpart: next.series.counterpart,
        series: list.map((entry) => entry.series),
        nextStart: next.start,
      },
      startMs: next.startMs,
    });
  }

  people.sort(
    (a, b) =>
      compareStartMs(a.startMs, b.startMs) ||
      compareOrdinal(a.person.counterpart.name, b.person.counterpart.name) ||
      compareOrdinal(a.person.counterpart.email, b.person.counterpart.email),
  );
  return people.map((entry) => entry.person);
}

interface SeriesWithStart {
  series: OneOnOneSeries;
  startMs: number;
  start: string;
}

interface PersonWithStart {
  person: PersonOneOnOnes;
  startMs: number;
}

/** Unparseable starts (not produced by detection, but the type allows them) sort last instead of poisoning the sort. */
function compareStartMs(a: number, b: number): number {
  const left = Number.isNaN(a) ? Number.POSITIVE_INFINITY : a;
  const right = Number.isNaN(b) ? Number.POSITIVE_INFINITY : b;
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
