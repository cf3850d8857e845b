import { seededRandom } from '../../src/demo/faults/seededRandom';
import type {
  CalendarEvent,
  DirectoryPerson,
  EventAttendee,
  ResponseKind,
  Sensitivity,
} from '../../src/domain/calendarEvent';
import type { OneOnOnePeople } from '../../src/domain/detectOneOnOnes';

export interface SyntheticCalendar {
  events: CalendarEvent[];
  people: OneOnOnePeople;
}

/**
 * A deterministic, realistic-looking calendar of `count` events for benchmarks and sanity tests:
 * recurring 1:1s with reports and the manager (with exceptions, declines, cancellations, rooms and
 * private occurrences), single 1:1s, group meetings, 1:1s with an extra optional person, all-day
 * events, free holds, personal appointments and a few seriesMaster entries. Same `seed`, same
 * calendar.
 */
export function generateSyntheticEvents(count: number, seed: number): SyntheticCalendar {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const chance = (probability: number): boolean => random() < probability;

  const me = person('dana.leader', 'Dana Leader', 'Director');
  const manager = person('morgan.boss', 'Morgan Boss', 'VP');
  const directReports = ['sam', 'riley', 'alex', 'jordan', 'casey', 'taylor'].map((alias) =>
    person(`${alias}.report`, `${capitalize(alias)} Report`, 'Engineer'),
  );
  const colleagues = Array.from({ length: 30 }, (_, i) => person(`colleague${i}`, `Colleague ${i}`, null));
  const rooms = Array.from({ length: 4 }, (_, i) => ({
    name: `Room ${i + 1}`,
    email: `room${i + 1}@contoso.test`,
  }));

  // Recurring 1:1s: weekly with each report, biweekly with the manager (who organizes it), a few
  // peers, and one report whose series was recreated (two master ids, same person).
  const recurring: RecurringOneOnOne[] = [
    ...directReports.map((report) => ({
      masterId: `master-${report.id}`,
      counterpart: report,
      iOrganize: true,
    })),
    { masterId: 'master-manager', counterpart: manager, iOrganize: false },
    ...colleagues
      .slice(0, 3)
      .map((peer) => ({ masterId: `master-${peer.id}`, counterpart: peer, iOrganize: chance(0.5) })),
  ];
  const recreatedReport = directReports[0];
  if (recreatedReport !== undefined) {
    recurring.push({
      masterId: `master-${recreatedReport.id}-recreated`,
      counterpart: recreatedReport,
      iOrganize: true,
    });
  }

  const days = Math.max(14, Math.ceil(count / 8));
  const baseMs = Date.UTC(2026, 10, 2); // Monday 2 November 2026
  const timeZones = ['Europe/Berlin', 'America/New_York', 'UTC', 'W. Europe Standard Time'];
  const events: CalendarEvent[] = [];

  for (let i = 0; i < count; i++) {
    const day = Math.floor(random() * days);
    const halfHour = 16 + Math.floor(random() * 18); // 08:00 to 16:30 UTC
    const startMs = baseMs + day * 86_400_000 + halfHour * 1_800_000;
    const durationMs = pick([30, 30, 45, 60]) * 60_000;
    const base: CalendarEvent = {
      id: `syn-${seed}-${i}`,
      iCalUId: `ical-${seed}-${i}`,
      seriesMasterId: null,
      kind: 'singleInstance',
      subject: '',
      start: new Date(startMs).toISOString(),
      end: new Date(startMs + durationMs).toISOString(),
      timeZone: pick(timeZones),
      isAllDay: false,
      isCancelled: false,
      showAs: 'busy',
      sensitivity: 'normal',
      organizer: asEmailPerson(me),
      isOrganizer: true,
      attendees: [],
      myResponse: 'organizer',
      isOnlineMeeting: chance(0.8),
      joinUrl: null,
      webLink: `https://outlook.office365.com/owa/?itemid=syn-${seed}-${i}`,
    };
    const roll = random();
    let event: CalendarEvent;

    if (roll < 0.35) {
      // An occurrence (sometimes an exception) of a recurring 1:1.
      const series = pick(recurring);
      event = oneOnOne(base, me, series.counterpart, series.iOrganize, {
        kind: chance(0.1) ? 'exception' : 'occurrence',
        seriesMasterId: series.masterId,
        subject: `${series.counterpart.displayName} / Dana 1:1`,
        isCancelled: chance(0.03),
        sensitivity: !series.iOrganize && chance(0.1) ? 'private' : 'normal',
      });
      decorate(event);
    } else if (roll < 0.45) {
      // A 1:1 scheduled on its own, with a report or a colleague.
      const counterpart = chance(0.3) ? pick(directReports) : pick(colleagues);
      const iOrganize = chance(0.5);
      event = oneOnOne(base, me, counterpart, iOrganize, {
        subject: pick(['Catch-up', 'Career chat', 'RE: Catch-up', 'Project handover', 'Coffee']),
        sensitivity: !iOrganize && chance(0.15) ? 'private' : 'normal',
      });
      decorate(event);
    } else if (roll < 0.72) {
      // A group meeting, sometimes recurring.
      const size = 2 + Math.floor(random() * 7);
      const invited = new Set<DirectoryPerson>();
      while (invited.size < size) invited.add(chance(0.3) ? pick(directReports) : pick(colleagues));
      const recurringGroup = chance(0.5);
      event = {
        ...base,
        kind: recurringGroup ? 'occurrence' : 'singleInstance',
        seriesMasterId: recurringGroup ? `master-group-${Math.floor(random() * 10)}` : null,
        subject: pick(['Team sync', 'Planning', 'Design review', 'Retro', 'All hands']),
        attendees: [...invited].map((invitee) =>
          attendeeOf(invitee, pick(['accepted', 'tentativelyAccepted', 'none'])),
        ),
      };
    } else if (roll < 0.77) {
      // A 1:1 that became a three-person meeting through an optional attendee.
      const counterpart = pick(directReports);
      event = oneOnOne(base, me, counterpart, true, {
        subject: `${counterpart.displayName} / Dana 1:1 + mentor`,
      });
      event.attendees.push(attendeeOf(pick(colleagues), 'none', 'optional'));
    } else if (roll < 0.82) {
      // All-day: out of office, a conference, a holiday.
      const dayStartMs = baseMs + day * 86_400_000;
      event = {
        ...base,
        subject: pick(['Out of office', 'Conference', 'Public holiday']),
        start: new Date(dayStartMs).toISOString(),
        end: new Date(dayStartMs + 86_400_000).toISOString(),
        isAllDay: true,
        showAs: pick(['oof', 'free', 'workingElsewhere'] as const),
      };
    } else if (roll < 0.88) {
      // A hold or focus time: free, sometimes "with" a report as a reminder to prepare.
      event = {
        ...base,
        subject: pick(['Focus time', 'Hold: prep 1:1', 'Lunch']),
        showAs: 'free',
        attendees: chance(0.3) ? [attendeeOf(pick(directReports), 'none')] : [],
      };
    } else if (roll < 0.93) {
      // A personal appointment: no attendees at all.
      event = {
        ...base,
        subject: pick(['Dentist', 'School run', 'Gym']),
        sensitivity: pick(privateOrNormal),
      };
    } else if (roll < 0.98) {
      // A 1:1 with an external person whose address came back in mixed case.
      const alias = `guest${Math.floor(random() * 8)}`;
      const external = person(alias, `Guest ${alias}`, null);
      const shouting = { ...external, email: `${alias.toUpperCase()}@Fabrikam.Example` };
      event = oneOnOne(base, me, shouting, chance(0.5), { subject: 'Vendor check-in' });
    } else {
      // A seriesMaster entry (calendarView normally returns occurrences, /events returns masters).
      const series = pick(recurring);
      event = oneOnOne(base, me, series.counterpart, series.iOrganize, {
        id: `${series.masterId}-entry-${i}`,
        kind: 'seriesMaster',
        subject: `${series.counterpart.displayName} / Dana 1:1`,
      });
    }
    event.joinUrl = event.isOnlineMeeting ? `https://teams.microsoft.com/meet/${event.id}?p=x` : null;
    events.push(event);
  }

  return { events, people: { me, manager, directReports } };

  /** Rooms, declines and free/busy variations that real 1:1s carry. */
  function decorate(event: CalendarEvent): void {
    if (chance(0.15)) event.attendees.push({ ...pick(rooms), type: 'resource', response: 'accepted' });
    if (!event.isOrganizer && chance(0.04)) {
      event.myResponse = 'declined';
      event.showAs = 'free';
      const mine = event.attendees.find((entry) => entry.email === me.email);
      if (mine !== undefined) mine.response = 'declined';
    } else if (chance(0.04)) {
      const theirs = event.attendees.find((entry) => entry.email !== me.email && entry.type !== 'resource');
      if (theirs !== undefined) theirs.response = 'declined';
    }
    if (chance(0.1)) event.showAs = 'tentative';
  }
}

interface RecurringOneOnOne {
  masterId: string;
  counterpart: DirectoryPerson;
  iOrganize: boolean;
}

const privateOrNormal: readonly Sensitivity[] = ['private', 'normal'];

function oneOnOne(
  base: CalendarEvent,
  me: DirectoryPerson,
  counterpart: DirectoryPerson,
  iOrganize: boolean,
  overrides: Partial<CalendarEvent>,
): CalendarEvent {
  const organizer = iOrganize ? me : counterpart;
  const invitee = iOrganize ? counterpart : me;
  return {
    ...base,
    organizer: asEmailPerson(organizer),
    isOrganizer: iOrganize,
    // Graph sometimes lists the organizer among the attendees too.
    attendees: [
      attendeeOf(invitee, 'accepted'),
      ...(base.id.endsWith('7') ? [attendeeOf(organizer, 'organizer')] : []),
    ],
    myResponse: iOrganize ? 'organizer' : 'accepted',
    ...overrides,
  };
}

function person(alias: string, displayName: string, jobTitle: string | null): DirectoryPerson {
  return { id: `id-${alias}`, displayName, email: `${alias}@contoso.test`, jobTitle };
}

function asEmailPerson(who: DirectoryPerson): { name: string; email: string } {
  return { name: who.displayName, email: who.email };
}

function attendeeOf(
  who: DirectoryPerson,
  response: ResponseKind,
  type: EventAttendee['type'] = 'required',
): EventAttendee {
  return { name: who.displayName, email: who.email, type, response };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
