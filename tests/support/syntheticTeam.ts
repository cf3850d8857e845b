import { seededRandom } from '../../src/demo/faults/seededRandom';
import type { ActionItemFact } from '../../src/domain/cadence/cadenceTypes';
import type { CalendarEvent, DirectoryPerson } from '../../src/domain/calendarEvent';
import type { OneOnOnePeople } from '../../src/domain/detectOneOnOnes';
import { attendee, calendarEvent, directoryPerson } from './calendarEventBuilder';

export interface SyntheticTeam {
  events: CalendarEvent[];
  people: OneOnOnePeople & { directReports: DirectoryPerson[] };
  /** The organizer's cancelled dates per series master (what `cancelledOccurrences` gives). */
  cancelledDatesByMaster: Map<string, string[]>;
  actionItemsByReport: Map<string, ActionItemFact[]>;
  now: Date;
}

const DAY_MS = 86_400_000;

/**
 * A leader with `reports` direct reports and a year of 1:1s with each (weekly, or every two weeks for one in
 * three), a third of them organized by the report; some occurrences moved, declined or cancelled; a weekly
 * team meeting and other group meetings as noise; 25 action items per report. Same seed, same team.
 */
export function generateSyntheticTeam(reports: number, seed: number): SyntheticTeam {
  const random = seededRandom(seed);
  const now = new Date('2026-11-18T15:00:00.000Z');
  const me = directoryPerson('lead', 'Lee Leader');
  const directReports = Array.from({ length: reports }, (_, i) =>
    directoryPerson(`report${i}`, `Report ${i}`),
  );
  const events: CalendarEvent[] = [];
  const cancelledDatesByMaster = new Map<string, string[]>();
  const actionItemsByReport = new Map<string, ActionItemFact[]>();
  const yearStart = now.getTime() - 335 * DAY_MS;

  directReports.forEach((report, index) => {
    const masterId = `master-${report.id}`;
    const weeks = index % 3 === 2 ? 2 : 1;
    const reportOrganizes = index % 3 === 1;
    const firstMs = yearStart + (index % 5) * DAY_MS + (13 + (index % 6)) * 3_600_000;
    const cancelled: string[] = [];
    for (let ms = firstMs; ms < now.getTime() + 30 * DAY_MS; ms += weeks * 7 * DAY_MS) {
      const roll = random();
      const moved = roll < 0.05 ? ms + DAY_MS : ms;
      if (roll > 0.95 && !reportOrganizes) {
        cancelled.push(new Date(ms).toISOString().slice(0, 10));
        continue;
      }
      events.push(
        calendarEvent({
          id: `${masterId}-${ms}`,
          seriesMasterId: masterId,
          kind: moved === ms ? 'occurrence' : 'exception',
          subject: `${report.displayName} / Lee 1:1`,
          start: new Date(moved).toISOString(),
          end: new Date(moved + 30 * 60_000).toISOString(),
          originalStart: new Date(ms).toISOString(),
          isCancelled: roll > 0.95 && reportOrganizes,
          organizer: reportOrganizes
            ? { name: report.displayName, email: report.email }
            : { name: me.displayName, email: me.email },
          isOrganizer: !reportOrganizes,
          attendees: [
            attendee(reportOrganizes ? me : report, {
              response: roll > 0.92 && roll <= 0.95 ? 'declined' : 'accepted',
            }),
          ],
          myResponse: reportOrganizes ? 'accepted' : 'organizer',
        }),
      );
    }
    cancelledDatesByMaster.set(masterId, cancelled);
    actionItemsByReport.set(
      report.email,
      Array.from({ length: 25 }, (_, item) => {
        const due = new Date(yearStart + random() * 365 * DAY_MS);
        const status = random() < 0.7 ? 'done' : random() < 0.9 ? 'open' : 'dropped';
        return {
          status,
          dueDate: item % 5 === 0 ? null : due.toISOString().slice(0, 10),
          closedAt:
            status === 'open' ? null : new Date(due.getTime() + (random() - 0.6) * 10 * DAY_MS).toISOString(),
        };
      }),
    );
  });

  // Group meetings: a weekly team meeting with everyone, and three other meetings a week with a few people.
  for (let ms = yearStart; ms < now.getTime() + 30 * DAY_MS; ms += 7 * DAY_MS) {
    events.push(
      calendarEvent({
        id: `team-${ms}`,
        seriesMasterId: 'team-master',
        kind: 'occurrence',
        subject: 'Team meeting',
        start: new Date(ms).toISOString(),
        end: new Date(ms + 3_600_000).toISOString(),
        attendees: directReports.map((report) => attendee(report)),
      }),
    );
    for (let extra = 0; extra < 3; extra++) {
      const start = ms + (extra + 1) * DAY_MS;
      events.push(
        calendarEvent({
          id: `group-${ms}-${extra}`,
          subject: `Working session ${extra}`,
          start: new Date(start).toISOString(),
          end: new Date(start + 3_600_000).toISOString(),
          attendees: directReports.slice(extra, extra + 3).map((report) => attendee(report)),
        }),
      );
    }
  }
  return {
    events,
    people: { me, manager: null, directReports },
    cancelledDatesByMaster,
    actionItemsByReport,
    now,
  };
}
