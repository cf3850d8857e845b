/**
 * Validates a seed (or a persisted emulator state, which has the same shape) and reports the
 * first problems by path, e.g. `events[3].start.timeZone: unknown time zone "Estern Standard Time"`.
 */
import { z } from 'zod';
import { RECURRENCE_KINDS } from '../../domain/calendarEvent';
import { describeRecurrenceProblem } from '../recurrence/expandRecurrence';
import { teamsStateSchema } from '../teams/teamsStateSchema';
import { parseCivilDate, parseCivilDateTime } from '../time/civilDate';
import { resolveIanaTimeZone } from '../time/timeZoneNames';
import type { DemoSeed } from './demoSeed.types';
import { seedCrossReferenceIssues } from './seedCrossReferences';

const timeZoneName = z.string().superRefine((value, ctx) => {
  if (!resolveIanaTimeZone(value)) ctx.addIssue({ code: 'custom', message: `unknown time zone "${value}"` });
});

const civilDate = z.string().superRefine((value, ctx) => {
  if (!parseCivilDate(value))
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a YYYY-MM-DD date` });
});

const dateTimeTimeZone = z.object({
  dateTime: z.string().superRefine((value, ctx) => {
    if (!parseCivilDateTime(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a wall-clock time like 2026-11-23T09:00:00.0000000`,
      });
    }
  }),
  timeZone: timeZoneName,
});

const instant = z.string().superRefine((value, ctx) => {
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not an ISO 8601 instant like 2026-11-19T19:00:00Z`,
    });
  }
});

const emailAddress = z.looseObject({
  address: z.string().min(3),
  name: z.string().nullish(),
});

const responseType = z.enum([
  'none',
  'organizer',
  'tentativelyAccepted',
  'accepted',
  'declined',
  'notResponded',
]);

const attendee = z.looseObject({
  type: z.enum(['required', 'optional', 'resource']),
  emailAddress,
  status: z.looseObject({ response: responseType, time: instant.nullish() }).nullish(),
});

const dayOfWeek = z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);

const recurrence = z
  .looseObject({
    pattern: z.looseObject({
      type: z.enum(RECURRENCE_KINDS),
      interval: z.number().int().min(1),
      daysOfWeek: z.array(dayOfWeek).nullish(),
      firstDayOfWeek: dayOfWeek.nullish(),
      dayOfMonth: z.number().int().min(0).max(31).optional(),
      month: z.number().int().min(0).max(12).optional(),
      index: z.enum(['first', 'second', 'third', 'fourth', 'last']).nullish(),
    }),
    range: z.looseObject({
      type: z.enum(['endDate', 'noEnd', 'numbered']),
      startDate: civilDate,
      endDate: civilDate.nullish(),
      numberOfOccurrences: z.number().int().min(0).optional(),
      recurrenceTimeZone: z.string().nullish(),
    }),
  })
  .superRefine((value, ctx) => {
    const problem = describeRecurrenceProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const seedEvent = z.looseObject({
  mailbox: z.string().min(1),
  id: z.string().min(1),
  subject: z.string().nullish(),
  type: z
    .enum(['singleInstance', 'seriesMaster', 'exception', 'occurrence'])
    .nullish()
    .superRefine((value, ctx) => {
      if (value === 'occurrence') {
        ctx.addIssue({
          code: 'custom',
          message:
            'occurrences are generated from their series master; store only the seriesMaster and its exceptions',
        });
      }
    }),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  isAllDay: z.boolean().nullish(),
  organizer: z.looseObject({ emailAddress }),
  attendees: z.array(attendee).nullish(),
  recurrence: recurrence.nullish(),
  seriesMasterId: z.string().nullish(),
  originalStart: instant.nullish(),
  cancelledOccurrences: z.array(z.string()).optional(),
  isCancelled: z.boolean().nullish(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).nullish(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).nullish(),
});

const seedUser = z.looseObject({
  id: z.string().min(1),
  displayName: z.string().min(1),
  userPrincipalName: z.string().min(3),
  mail: z.string().nullish(),
  managerId: z.string().optional(),
  mailboxSettings: z.looseObject({ timeZone: timeZoneName }).optional(),
});

const ENTITY_TAG = /^"(?:c:)?\{[0-9A-Fa-f-]{36}\},\d+"$/;

const entityTag = z
  .string()
  .regex(ENTITY_TAG, 'expected an OneDrive tag like "{GUID},1" (or "c:{GUID},1" for cTag)');

const identityUser = z.looseObject({ id: z.string().nullish(), email: z.string().nullish() });

const permission = z.looseObject({
  id: z.string().min(1),
  roles: z.array(z.enum(['read', 'write', 'owner'])).min(1),
  grantedTo: z.looseObject({ user: identityUser.nullish() }).nullish(),
  grantedToV2: z.looseObject({ user: identityUser.nullish() }).nullish(),
  invitation: z.looseObject({ email: z.string().nullish() }).nullish(),
});

const driveItem = z.looseObject({
  drive: z.string().min(1),
  id: z.string().min(1),
  name: z.string().min(1),
  content: z.string().optional(),
  contentBase64: z.string().optional(),
  parentReference: z.looseObject({ id: z.string().nullish() }).nullish(),
  root: z.looseObject({}).nullish(),
  folder: z.looseObject({}).nullish(),
  file: z.looseObject({ mimeType: z.string().nullish() }).nullish(),
  specialFolder: z.looseObject({ name: z.string() }).nullish(),
  eTag: entityTag.nullish(),
  cTag: entityTag.nullish(),
  createdDateTime: instant.nullish(),
  lastModifiedDateTime: instant.nullish(),
  permissions: z.array(permission).nullish(),
});

const sentUpdate = z.looseObject({
  kind: z.enum(['request', 'update', 'cancellation']),
  eventId: z.string().min(1),
  iCalUId: z.string().min(1),
  occurrenceStart: instant.nullable(),
  from: z.string(),
  to: z.string().min(3),
  subject: z.string(),
  changed: z.array(z.string()),
  at: instant,
});

const dateTimeTimeZoneLoose = z.looseObject({ dateTime: z.string(), timeZone: z.string().nullish() });

const todoTask = z.looseObject({
  id: z.string().min(1),
  title: z.string().nullish(),
  status: z.enum(['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred']).optional(),
  createdDateTime: instant.optional(),
  lastModifiedDateTime: instant.optional(),
  dueDateTime: dateTimeTimeZoneLoose.nullish(),
  completedDateTime: dateTimeTimeZoneLoose.nullish(),
  linkedResources: z
    .array(
      z.looseObject({
        id: z.string().min(1),
        webUrl: z.string().nullish(),
        externalId: z.string().nullish(),
      }),
    )
    .optional(),
});

const todoList = z.looseObject({
  owner: z.string().min(1),
  id: z.string().min(1),
  displayName: z.string().min(1),
  wellknownListName: z.enum(['none', 'defaultList', 'flaggedEmails', 'unknownFutureValue']).optional(),
  tasks: z.array(todoTask).optional(),
});

const sharePointSite = z.looseObject({
  id: z.string().min(1),
  hostname: z.string().min(1),
  serverRelativePath: z.string(),
  displayName: z.string().min(1),
  memberIds: z.array(z.string().min(1)),
  libraries: z.array(z.looseObject({ id: z.string().min(1), name: z.string().min(1) })),
});

const demoSeedSchema = z.looseObject({
  anchorWeekStart: civilDate,
  users: z.array(seedUser).min(1),
  events: z.array(seedEvent),
  driveItems: z.array(driveItem).optional(),
  todoLists: z.array(todoList).optional(),
  sentUpdates: z.array(sentUpdate).optional(),
  teams: teamsStateSchema.optional(),
  sharePointSites: z.array(sharePointSite).optional(),
});

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path)
    text += typeof key === 'number' ? `[${key}]` : text ? `.${String(key)}` : String(key);
  return text || '(root)';
}

export class DemoSeedError extends Error {
  override name = 'DemoSeedError';
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    super(`Invalid demo seed (${source}): ${shown}${more}`);
  }
}

/** Returns the seed typed, or throws DemoSeedError naming each bad path. `source` names the file or URL. */
export function parseDemoSeed(json: unknown, source: string): DemoSeed {
  const result = demoSeedSchema.safeParse(json);
  if (!result.success) {
    throw new DemoSeedError(
      source,
      result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
    );
  }
  // zod checked the fields the emulator relies on; the rest is Graph JSON passed through as-is.
  const seed = result.data as unknown as DemoSeed;
  const issues = seedCrossReferenceIssues(seed);
  if (issues.length > 0) {
    throw new DemoSeedError(
      source,
      issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
    );
  }
  return seed;
}
