/**
 * Shapes shared by several fixtures, each as Microsoft documents it (resource pages under
 * api-reference/v1.0/resources/ and concepts/errors.md). Only what the documentation marks as there, with
 * its type; values are never compared.
 */
import { z } from 'zod';

const GRAPH_V1 = 'https://graph.microsoft.com/v1.0/';

/** `@odata.context`: the metadata URL of what was returned (every example answer carries one). */
export const odataContext = z.string().startsWith(`${GRAPH_V1}$metadata#`);

/** `@odata.nextLink`: an absolute URL to the next page, to be followed as is (concepts/paging.md). */
export const odataNextLink = z.string().startsWith(GRAPH_V1);

/** Outlook items' `@odata.etag`: a weak entity tag, `W/"…"` (event-get.md, todotask examples). */
export const odataWeakETag = z.string().regex(/^W\/".+"$/);

/** A driveItem's `eTag` and `cTag`: quoted strings (driveitem.md: `"{GUID},N"`, `"c:{GUID},N"`). */
export const quotedTag = z.string().regex(/^".+"$/);

/** Graph's error body (concepts/errors.md): `error.code` and `error.message`, an optional `innerError`. */
export const odataError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    innerError: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** The codes concepts/errors.md lists for `error.code` of OneDrive (drive) errors. */
export const ONEDRIVE_ERROR_CODES = [
  'accessDenied',
  'activityLimitReached',
  'extensionError',
  'generalException',
  'invalidRange',
  'invalidRequest',
  'itemNotFound',
  'malwareDetected',
  'nameAlreadyExists',
  'notAllowed',
  'notSupported',
  'resourceModified',
  'resyncRequired',
  'serviceNotAvailable',
  'syncStateNotFound',
  'quotaLimitReached',
  'unauthenticated',
] as const;

/** A OneDrive error: the general error body with `code` from the documented list. */
export const oneDriveError = (code: (typeof ONEDRIVE_ERROR_CODES)[number]) =>
  z.object({
    error: odataError.shape.error.extend({ code: z.literal(code) }),
  });

/** dateTimeTimeZone: a wall-clock `dateTime` and the `timeZone` it is in. */
export const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string() });

export const emailAddress = z.object({ name: z.string().optional(), address: z.string() });
export const recipient = z.object({ emailAddress });

/** attendee: `type` required/optional/resource, `status` (responseStatus), `emailAddress`. */
export const attendee = z.object({
  type: z.enum(['required', 'optional', 'resource']),
  status: z.object({ response: z.string(), time: z.string() }),
  emailAddress,
});

/** itemBody: `contentType` text or html, and the `content`. */
export const itemBody = z.object({ contentType: z.enum(['text', 'html']), content: z.string() });

/** patternedRecurrence: a `pattern` (type, interval) and a `range` (type, startDate). */
export const patternedRecurrence = z.object({
  pattern: z.object({
    type: z.enum([
      'daily',
      'weekly',
      'absoluteMonthly',
      'relativeMonthly',
      'absoluteYearly',
      'relativeYearly',
    ]),
    interval: z.number().int().positive(),
  }),
  range: z.object({ type: z.enum(['endDate', 'noEnd', 'numbered']), startDate: z.string() }),
});

/** identitySet as drive items carry it (`createdBy`, `lastModifiedBy`): a `user` with id and displayName. */
export const identitySet = z.object({ user: z.object({ id: z.string(), displayName: z.string() }) });

/** A directory user as `$select=id,displayName,mail,userPrincipalName,jobTitle` returns it (user.md). */
export const selectedUser = z.object({
  id: z.string(),
  displayName: z.string(),
  mail: z.string().nullable(),
  userPrincipalName: z.string(),
  jobTitle: z.string().nullable(),
});
