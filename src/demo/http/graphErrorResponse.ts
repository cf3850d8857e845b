/** A failure to answer with Graph's error JSON. Route handlers throw it; the dispatcher renders it. */
export class GraphErrorResponse extends Error {
  override name = 'GraphErrorResponse';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** A more specific code Graph nests in `innerError.code` (OneDrive does, e.g. `entityTagDoesNotMatch`). */
    readonly innerCode: string | null = null,
  ) {
    super(message);
  }
}

/** OneDrive's errors: camelCase codes from its fixed list, a specific one in `innerError.code`. */
const driveError = (status: number, code: string, message: string, innerCode: string | null = null) =>
  new GraphErrorResponse(status, code, message, {}, innerCode);

/** The errors Graph v1.0 gives for the cases the emulator reproduces, with Graph's codes and wording. */
export const graphErrors = {
  emptyToken: () => new GraphErrorResponse(401, 'InvalidAuthenticationToken', 'Access token is empty.'),
  invalidToken: (detail: string) =>
    new GraphErrorResponse(401, 'InvalidAuthenticationToken', `Access token validation failure. ${detail}`),
  accessDenied: () =>
    new GraphErrorResponse(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  userNotFound: (key: string) =>
    new GraphErrorResponse(
      404,
      'Request_ResourceNotFound',
      `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  mailboxUserNotFound: (key: string) =>
    new GraphErrorResponse(404, 'ErrorInvalidUser', `The requested user '${key}' is invalid.`),
  itemNotFound: () =>
    new GraphErrorResponse(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
  segmentNotFound: (segment: string) =>
    new GraphErrorResponse(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  methodNotAllowed: () =>
    new GraphErrorResponse(
      405,
      'Request_BadRequest',
      'Specified HTTP method is not allowed for the request target.',
    ),
  invalidParameter: (message: string) => new GraphErrorResponse(400, 'ErrorInvalidParameter', message),
  badRequest: (message: string) => new GraphErrorResponse(400, 'BadRequest', message),
  /** A request body Outlook cannot use (bad JSON, a missing or malformed property). */
  invalidRequest: (message: string) => new GraphErrorResponse(400, 'ErrorInvalidRequest', message),
  /** 412 on an event whose changeKey moved on since the caller read it (If-Match). */
  eventChangeKeyMismatch: () =>
    new GraphErrorResponse(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    ),
  driveItemNotFound: () => driveError(404, 'itemNotFound', 'The resource could not be found.'),
  driveAccessDenied: (detail = 'Access denied') => driveError(403, 'accessDenied', detail),
  driveNotAllowed: (message: string) => driveError(403, 'notAllowed', message),
  /** OneDrive's documented answer to a failed If-Match / If-None-Match (code `resourceModified`). */
  drivePreconditionFailed: (message = "ETag does not match current item's value") =>
    driveError(412, 'resourceModified', message, 'entityTagDoesNotMatch'),
  driveNameAlreadyExists: (name: string) =>
    driveError(409, 'nameAlreadyExists', `The specified item name already exists. Name: ${name}`),
  driveInvalidRequest: (message: string, innerCode: string | null = null) =>
    driveError(400, 'invalidRequest', message, innerCode),
  driveFileTooLarge: (limitBytes: number) =>
    driveError(
      413,
      'invalidRequest',
      `The request body exceeds the demo tenant's simple upload limit of ${limitBytes} bytes (Graph allows 250 MB; larger files need an upload session, which the demo does not emulate).`,
      'maxFileSizeExceeded',
    ),
  chatNotFound: () => new GraphErrorResponse(404, 'NotFound', 'The requested chat was not found.'),
  chatForbidden: () =>
    new GraphErrorResponse(403, 'Forbidden', 'Forbidden: the signed-in user is not a member of this chat.'),
  unsupportedByDemo: (what: string) =>
    new GraphErrorResponse(
      400,
      'BadRequest',
      `The demo tenant does not emulate ${what}. Extend src/demo to use it.`,
    ),
} as const;
