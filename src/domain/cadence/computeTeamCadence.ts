import { compareOrdinal } from '../compareOrdinal';
import type { CadenceClock, ReportCadence, ReportCadenceInput } from './cadenceTypes';
import { computeReportCadence } from './computeReportCadence';

export interface TeamMemberInput<Person> {
  person: Person;
  input: ReportCadenceInput;
}

export interface TeamMemberCadence<Person> {
  person: Person;
  cadence: ReportCadence;
}

/**
 * Every report's cadence, the ones needing attention first: most flags, then longest since the last 1:1
 * (never met counts as longest), then by name, so the order is the same in every browser.
 */
export function computeTeamCadence<Person extends { displayName: string; email: string }>(
  members: readonly TeamMemberInput<Person>[],
  clock: CadenceClock,
): TeamMemberCadence<Person>[] {
  const rows = members.map(({ person, input }) => ({ person, cadence: computeReportCadence(input, clock) }));
  const since = (cadence: ReportCadence) => cadence.daysSinceLast ?? Number.POSITIVE_INFINITY;
  return rows.sort(
    (a, b) =>
      b.cadence.flags.length - a.cadence.flags.length ||
      compareNumbers(since(b.cadence), since(a.cadence)) ||
      compareOrdinal(a.person.displayName, b.person.displayName) ||
      compareOrdinal(a.person.email, b.person.email),
  );
}

function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
