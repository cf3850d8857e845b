/** Reads To Do request bodies and query options the way Graph accepts them, with 400 for what it refuses. */
import type { DateTimeTimeZone, TaskStatus } from '@microsoft/microsoft-graph-types';
import {
  isJsonObject,
  type JsonObject,
  readDateTimeTimeZone,
  readItemBody,
  unsupportedKeys,
} from '../calendar/eventInput';
import { graphErrors } from '../http/graphErrorResponse';
import { type ODataQuery, parseODataQuery, queryParam } from '../odata/queryOptions';
import type { DemoSeedLinkedResource, DemoSeedTodoTask } from '../seed/demoSeed.types';
import { graphDateTimeToInstant } from '../time/zonedTime';
import { stableGuid } from '../util/stableHash';

const STATUSES: readonly TaskStatus[] = [
  'notStarted',
  'inProgress',
  'completed',
  'waitingOnOthers',
  'deferred',
];
const TASK_KEYS = new Set([
  'title',
  'body',
  'importance',
  'status',
  'dueDateTime',
  'startDateTime',
  'completedDateTime',
  'reminderDateTime',
  'isReminderOn',
  'categories',
]);
const LINKED_RESOURCE_KEYS = new Set(['webUrl', 'applicationName', 'displayName', 'externalId']);

/** `$expand=linkedResources` is the one expansion emulated; the rest of the options as everywhere else. */
export function readTodoQuery(url: URL): { query: ODataQuery; expandLinkedResources: boolean } {
  const expand = queryParam(url, '$expand');
  if (expand !== null && expand.trim().toLowerCase() !== 'linkedresources') {
    throw graphErrors.unsupportedByDemo(`$expand=${expand}`);
  }
  const rest = new URL(url);
  for (const key of [...rest.searchParams.keys()]) {
    if (key.toLowerCase() === '$expand') rest.searchParams.delete(key);
  }
  return { query: parseODataQuery(rest), expandLinkedResources: expand !== null };
}

export function readDisplayName(body: JsonObject): string {
  const name = body.displayName;
  if (typeof name !== 'string' || name.trim() === '') {
    throw graphErrors.invalidRequest("'displayName' must be a non-empty string.");
  }
  return name;
}

/**
 * To Do keeps a date-time as an instant and answers in UTC whatever zone it was written in (and whatever
 * `Prefer: outlook.timezone` asks): midnight in Toronto comes back as 05:00 UTC.
 */
function utcOrNull(value: unknown, name: string): DateTimeTimeZone | null {
  if (value === null) return null;
  const written = readDateTimeTimeZone(value, name);
  const instant = graphDateTimeToInstant(written);
  if (instant === null) throw graphErrors.invalidRequest(`'${name}' is not a valid date and time zone.`);
  return { dateTime: new Date(instant).toISOString().replace(/\.(\d{3})Z$/, '.$10000'), timeZone: 'UTC' };
}

const completedAt = (now: Date): DateTimeTimeZone => ({
  dateTime: now.toISOString().replace(/\.(\d{3})Z$/, '.$10000'),
  timeZone: 'UTC',
});

/** The task after a POST or PATCH body: completing sets `completedDateTime` (now), reopening clears it. */
export function applyTaskInput(
  task: DemoSeedTodoTask,
  body: JsonObject,
  now: Date,
  creating: boolean,
): DemoSeedTodoTask {
  const allowed = creating ? new Set([...TASK_KEYS, 'linkedResources']) : TASK_KEYS;
  const unsupported = unsupportedKeys(body, allowed);
  if (unsupported.length > 0)
    throw graphErrors.unsupportedByDemo(`writing ${unsupported.join(', ')} of a task`);
  const next: DemoSeedTodoTask = { ...task };
  if ('title' in body) {
    if (typeof body.title !== 'string') throw graphErrors.invalidRequest("'title' must be a string.");
    next.title = body.title;
  }
  if ('body' in body) next.body = readItemBody(body.body);
  if ('importance' in body) {
    if (body.importance !== 'low' && body.importance !== 'normal' && body.importance !== 'high') {
      throw graphErrors.invalidRequest("'importance' must be low, normal or high.");
    }
    next.importance = body.importance;
  }
  if ('isReminderOn' in body) next.isReminderOn = body.isReminderOn === true;
  if ('categories' in body) {
    if (!Array.isArray(body.categories)) throw graphErrors.invalidRequest("'categories' must be an array.");
    next.categories = body.categories.filter((value): value is string => typeof value === 'string');
  }
  for (const key of ['dueDateTime', 'startDateTime', 'reminderDateTime', 'completedDateTime'] as const) {
    if (key in body) next[key] = utcOrNull(body[key], key);
  }
  if ('status' in body) {
    if (!STATUSES.includes(body.status as TaskStatus)) {
      throw graphErrors.invalidRequest(`'status' must be one of ${STATUSES.join(', ')}.`);
    }
    const wasCompleted = task.status === 'completed';
    next.status = body.status as TaskStatus;
    if (next.status === 'completed' && !('completedDateTime' in body) && !wasCompleted) {
      next.completedDateTime = completedAt(now);
    }
    if (next.status !== 'completed') next.completedDateTime = null;
  }
  if (creating && 'linkedResources' in body) {
    if (!Array.isArray(body.linkedResources))
      throw graphErrors.invalidRequest("'linkedResources' must be an array.");
    next.linkedResources = body.linkedResources.map(readLinkedResource);
  }
  return next;
}

export function readLinkedResource(value: unknown): DemoSeedLinkedResource {
  if (!isJsonObject(value)) throw graphErrors.invalidRequest('A linked resource must be an object.');
  const unsupported = unsupportedKeys(value, LINKED_RESOURCE_KEYS);
  if (unsupported.length > 0)
    throw graphErrors.unsupportedByDemo(`linked resource ${unsupported.join(', ')}`);
  const text = (key: string) => {
    const field = value[key];
    if (field !== undefined && field !== null && typeof field !== 'string') {
      throw graphErrors.invalidRequest(`'${key}' of a linked resource must be a string.`);
    }
    return typeof field === 'string' ? field : null;
  };
  return {
    id: stableGuid(crypto.randomUUID()),
    webUrl: text('webUrl'),
    applicationName: text('applicationName'),
    displayName: text('displayName'),
    externalId: text('externalId'),
  };
}
