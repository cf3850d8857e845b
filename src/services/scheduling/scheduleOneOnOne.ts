import type { AppDeployment } from '../../domain/appDeployment';
import type { DirectoryPerson } from '../../domain/calendarEvent';
import { bodyWithAgenda } from '../../domain/invite/agendaOnInvite';
import { pairInviteAgenda } from '../../domain/invite/inviteAgendaFromSpace';
import type { Locale } from '../../domain/locale';
import type { PersonAvailability, WorkingHours } from '../../domain/scheduling/availability';
import { findFirstCommonSlot, type Slot } from '../../domain/scheduling/findFirstCommonSlot';
import {
  type OneOnOneInterval,
  type WeeklySeries,
  weeklySeriesFromSlot,
} from '../../domain/scheduling/weeklySeriesFromSlot';
import { occurrenceKeyFromStart } from '../../domain/space/occurrenceKey';
import { getAvailability } from '../../graph/availability';
import type { GraphConnection } from '../../graph/createGraphClient';
import { GraphRequestError } from '../../graph/graphRequestError';
import type { KeyValueStore } from '../../host/keyValueStore';
import { leaderSpaceDocument, publishedReference, templateDocument } from '../agenda/agendaSession';
import type { PairSpaceStore } from '../agenda/pairSpaceStore';

const DAY_MS = 86_400_000;
/** How far ahead to look for the first slot, and how much notice the report gets at least. */
const SEARCH_DAYS = 14;
const NOTICE_MS = 60 * 60_000;
const DURATION_MINUTES = 30;

/** When Graph does not know anyone's working hours: a plain working week in the organizer's zone. */
const fallbackHours = (timeZone: string): WorkingHours => ({
  days: [1, 2, 3, 4, 5],
  startMinute: 9 * 60,
  endMinute: 17 * 60,
  timeZone,
});

const EMPTY_BODY =
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n</body>\r\n</html>\r\n';

export interface ScheduleOneOnOneOptions {
  graph: GraphConnection;
  store: KeyValueStore;
  deployment: AppDeployment;
  locale: Locale;
  me: DirectoryPerson;
  report: { email: string; name: string };
  interval: OneOnOneInterval;
  /** The organizer's IANA zone: the series keeps its wall-clock time there. */
  timeZone: string;
  now: Date;
  /** Where the deployment keeps the pairs' spaces (the leader's OneDrive unless a library is configured). */
  spaces?: PairSpaceStore;
}

export type ScheduleOutcome =
  | { kind: 'scheduled'; eventId: string; slot: Slot; series: WeeklySeries }
  | { kind: 'no-common-slot' };

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** The first 30 minutes in the next two weeks when both are free, within both people's working hours. */
async function firstCommonSlot(options: ScheduleOneOnOneOptions): Promise<Slot | null> {
  const { graph, me, report, now, timeZone } = options;
  const window = {
    start: new Date(now.getTime() + NOTICE_MS),
    end: new Date(now.getTime() + SEARCH_DAYS * DAY_MS),
  };
  const availability = await getAvailability(graph, [me.email, report.email], window);
  const mine = availability.get(me.email.toLowerCase());
  const theirs = availability.get(report.email.toLowerCase());
  const myHours = mine?.workingHours ?? fallbackHours(timeZone);
  const people: PersonAvailability[] = [
    { busy: mine?.busy ?? [], workingHours: myHours },
    // Their hours unknown: the organizer's hours stand in, so the slot is at least a working hour for one.
    { busy: theirs?.busy ?? [], workingHours: theirs?.workingHours ?? myHours },
  ];
  return findFirstCommonSlot({
    notBefore: window.start,
    until: window.end,
    durationMinutes: DURATION_MINUTES,
    stepMinutes: 30,
    people,
  });
}

/** The invite body with the pair's agenda block: the space is opened (created and shared when new). */
async function bodyWithPairAgenda(options: ScheduleOneOnOneOptions, slot: Slot): Promise<string> {
  const { graph, store, me, report, deployment, locale } = options;
  const documentOptions = {
    graph,
    store,
    participants: { me, counterpart: report, myRole: 'leader' as const },
    now: () => new Date(),
    spaces: options.spaces,
  };
  const space = leaderSpaceDocument(documentOptions);
  const template = templateDocument(documentOptions);
  try {
    await Promise.all([space.load(), template.load()]);
    const document = space.snapshot().document;
    const reference = await publishedReference(documentOptions, space);
    const key = occurrenceKeyFromStart(slot.start);
    if (!document || !reference || !key || space.snapshot().status.state !== 'saved') {
      throw new GraphRequestError('unavailable', 'The shared agenda could not be prepared for the invite');
    }
    const occurrence = { key, start: key, end: new Date(slot.end).toISOString(), isCancelled: false };
    const agenda = pairInviteAgenda({
      document,
      occurrences: [occurrence],
      key,
      template: template.snapshot().document ?? null,
      reference,
      deployment,
      locale,
    });
    return agenda ? bodyWithAgenda(EMPTY_BODY, 'html', agenda) : EMPTY_BODY;
  } finally {
    space.dispose();
    template.dispose();
  }
}

/**
 * Schedules a recurring Teams 1:1 with a report who has none: the first common free half hour in the next two
 * weeks (getSchedule), weekly or every two weeks at that weekday and time in the organizer's zone, with the
 * pair's agenda already in the invite. One POST /me/events, made idempotent by a transactionId (the client's
 * retries of a lost answer do not create a second series).
 */
export async function scheduleOneOnOne(options: ScheduleOneOnOneOptions): Promise<ScheduleOutcome> {
  const slot = await firstCommonSlot(options);
  if (!slot) return { kind: 'no-common-slot' };
  const body = await bodyWithPairAgenda(options, slot);
  const series = weeklySeriesFromSlot(slot, options.timeZone, options.interval);
  const { me, report } = options;
  const created = await options.graph.run<{ id?: string }>((client) =>
    client.api('/me/events').post({
      subject: `${firstName(report.name)} / ${firstName(me.displayName)} 1:1`,
      body: { contentType: 'html', content: body },
      start: { dateTime: series.startLocal, timeZone: series.timeZone },
      end: { dateTime: series.endLocal, timeZone: series.timeZone },
      recurrence: {
        pattern: {
          type: 'weekly',
          interval: series.interval,
          daysOfWeek: [series.weekday],
          firstDayOfWeek: 'monday',
        },
        range: { type: 'noEnd', startDate: series.startDate, recurrenceTimeZone: series.timeZone },
      },
      attendees: [{ type: 'required', emailAddress: { address: report.email, name: report.name } }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: true,
      transactionId: crypto.randomUUID(),
    }),
  );
  if (!created.id) throw new GraphRequestError('invalid-response', 'Outlook answered without the new series');
  return { kind: 'scheduled', eventId: created.id, slot, series };
}
