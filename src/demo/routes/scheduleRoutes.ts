/**
 * `POST /me/calendar/getSchedule`: free/busy of people in the tenant (Calendars.ReadBasic or more, delegated).
 * Anyone's availability can be read, but only the caller's own items carry a subject and location; other
 * people's show their status and times only, as with an organization's default sharing ("can view when I'm
 * busy"). Times come in the `Prefer: outlook.timezone` zone (UTC by default).
 */
import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import { readDateTimeTimeZone, readJsonObject } from '../calendar/eventInput';
import { availabilityView, scheduleItemsFor, zonedDateTime } from '../calendar/freeBusy';
import { graphErrors } from '../http/graphErrorResponse';
import { graphJson } from '../http/graphResponses';
import type { RouteContext, RouteDefinition } from '../http/routeTypes';
import { findUserByEmail } from '../mailbox/directory';
import { parsePreferHeader, preferenceAppliedHeader, viewZoneFor } from '../odata/preferHeader';
import { graphDateTimeToInstant } from '../time/zonedTime';
import { ownMailboxOwner } from './mailboxOwner';
import { mailboxSettingsOf } from './mailboxSettingsRoutes';

const CONTEXT = 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)';

function readInterval(value: unknown): number {
  if (value === undefined || value === null) return 30;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 5 || value > 1440) {
    throw graphErrors.invalidParameter(
      'availabilityViewInterval must be a whole number of minutes from 5 to 1440.',
    );
  }
  return value;
}

function readSchedules(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((entry) => typeof entry === 'string')) {
    throw graphErrors.invalidRequest("'schedules' must be a non-empty array of SMTP addresses.");
  }
  return value as string[];
}

function workingHoursOf(settings: MailboxSettings) {
  return settings.workingHours ?? null;
}

async function getSchedule(context: RouteContext): Promise<Response> {
  const body = await readJsonObject(context.request);
  const state = context.store.read();
  const caller = ownMailboxOwner({ ...context, state });
  const schedules = readSchedules(body.schedules);
  const start = graphDateTimeToInstant(readDateTimeTimeZone(body.startTime, 'startTime'));
  const end = graphDateTimeToInstant(readDateTimeTimeZone(body.endTime, 'endTime'));
  if (start === null || end === null || end <= start) {
    throw graphErrors.invalidParameter('endTime must be later than startTime.');
  }
  const interval = readInterval(body.availabilityViewInterval);
  const preferences = parsePreferHeader(context.request.headers);
  const { zone, applied } = viewZoneFor(preferences);
  const window = { startMs: start, endMs: end };

  const value = schedules.map((address) => {
    const user = findUserByEmail(state.users, address);
    if (!user) {
      return {
        scheduleId: address,
        availabilityView: '',
        scheduleItems: [],
        error: {
          message: `The user '${address}' was not found.`,
          responseCode: 'ErrorMailRecipientNotFound',
        },
      };
    }
    const own = user.id === caller.id;
    const items = scheduleItemsFor(state, user, window);
    return {
      scheduleId: address,
      availabilityView: availabilityView(items, window, interval),
      scheduleItems: items.map((item) => ({
        isPrivate: item.isPrivate,
        status: item.status,
        ...(own && !item.isPrivate ? { subject: item.subject, location: item.location } : {}),
        start: zonedDateTime(item.startMs, zone),
        end: zonedDateTime(item.endMs, zone),
      })),
      workingHours: workingHoursOf(mailboxSettingsOf(user)),
    };
  });
  return graphJson(
    { '@odata.context': CONTEXT, value },
    context.meta,
    200,
    preferenceAppliedHeader(applied ? [`outlook.timezone="${zone.label}"`] : []),
  );
}

export const scheduleRoutes: readonly RouteDefinition[] = [
  { method: 'POST', path: '/users/{user}/calendar/getSchedule', handle: getSchedule },
];
