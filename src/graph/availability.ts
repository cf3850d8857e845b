import type { PersonAvailability, WorkingHours } from '../domain/scheduling/availability';
import { resolveIanaTimeZone } from '../domain/time/resolveTimeZone';
import type { WeekdayNumber } from '../domain/time/zonedCalendar';
import { instantFromGraphDateTime } from './calendarEventFromGraph';
import type { GraphConnection } from './createGraphClient';

interface ScheduleItem {
  status?: string;
  start?: { dateTime?: string; timeZone?: string };
  end?: { dateTime?: string; timeZone?: string };
}

interface ScheduleInformation {
  scheduleId?: string;
  scheduleItems?: ScheduleItem[];
  workingHours?: {
    daysOfWeek?: string[];
    startTime?: string;
    endTime?: string;
    timeZone?: { name?: string };
  } | null;
  error?: { message?: string } | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function minutes(time: string | undefined): number | null {
  const match = /^(\d{2}):(\d{2})/.exec(time ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Graph's working hours, with the zone resolved; null when any part is unusable (a custom zone, say). */
function workingHoursOf(info: ScheduleInformation): WorkingHours | null {
  const hours = info.workingHours;
  const timeZone = resolveIanaTimeZone(hours?.timeZone?.name);
  const startMinute = minutes(hours?.startTime);
  const endMinute = minutes(hours?.endTime);
  const days = (hours?.daysOfWeek ?? [])
    .map((day) => WEEKDAYS.indexOf(day.toLowerCase()))
    .filter((day): day is WeekdayNumber => day >= 0);
  if (!timeZone || startMinute === null || endMinute === null || days.length === 0) return null;
  return { days, startMinute, endMinute, timeZone };
}

function busyOf(info: ScheduleInformation): PersonAvailability['busy'] {
  return (info.scheduleItems ?? []).flatMap((item) => {
    if (item.status === 'free' || item.status === 'workingElsewhere') return [];
    try {
      return [{ start: instantFromGraphDateTime(item.start), end: instantFromGraphDateTime(item.end) }];
    } catch {
      return [];
    }
  });
}

/**
 * Free/busy and working hours of people, by address, from `POST /me/calendar/getSchedule` (delegated
 * Calendars.ReadBasic or more; the app's Calendars.ReadWrite covers it). Times are asked for in UTC. A person
 * Graph cannot answer for comes back with no busy time and unknown hours.
 */
export async function getAvailability(
  graph: GraphConnection,
  addresses: readonly string[],
  window: { start: Date; end: Date },
): Promise<Map<string, PersonAvailability>> {
  const utc = (date: Date) => ({ dateTime: date.toISOString().slice(0, 19), timeZone: 'UTC' });
  const answer = await graph.run<{ value?: ScheduleInformation[] }>((client) =>
    client
      .api('/me/calendar/getSchedule')
      .header('Prefer', 'outlook.timezone="UTC"')
      .post({
        schedules: addresses,
        startTime: utc(window.start),
        endTime: utc(window.end),
        availabilityViewInterval: 30,
      }),
  );
  const byAddress = new Map<string, PersonAvailability>();
  for (const info of answer.value ?? []) {
    if (!info.scheduleId || info.error) continue;
    byAddress.set(info.scheduleId.toLowerCase(), { busy: busyOf(info), workingHours: workingHoursOf(info) });
  }
  return byAddress;
}
