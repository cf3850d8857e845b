/** A failure to answer with Graph's error JSON. Route handlers throw it; the dispatcher renders it. */
export class GraphRequestError extends Error {
  override name = 'GraphRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** The errors Graph v1.0 gives for the cases the emulator reproduces, with Graph's codes and wording. */
export const graphErrors = {
  emptyToken: () => new GraphRequestError(401, 'InvalidAuthenticationToken', 'Access token is empty.'),
  invalidToken: (detail: string) =>
    new GraphRequestError(401, 'InvalidAuthenticationToken', `Access token validation failure. ${detail}`),
  accessDenied: () =>
    new GraphRequestError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  userNotFound: (key: string) =>
    new GraphRequestError(
      404,
      'Request_ResourceNotFound',
      `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  mailboxUserNotFound: (key: string) =>
    new GraphRequestError(404, 'ErrorInvalidUser', `The requested user '${key}' is invalid.`),
  itemNotFound: () =>
    new GraphRequestError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
  segmentNotFound: (segment: string) =>
    new GraphRequestError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  methodNotAllowed: () =>
    new GraphRequestError(
      405,
      'Request_BadRequest',
      'Specified HTTP method is not allowed for the request target.',
    ),
  invalidParameter: (message: string) => new GraphRequestError(400, 'ErrorInvalidParameter', message),
  badRequest: (message: string) => new GraphRequestError(400, 'BadRequest', message),
  unsupportedByDemo: (what: string) =>
    new GraphRequestError(
      400,
      'BadRequest',
      `The demo tenant does not emulate ${what}. Extend src/demo to use it.`,
    ),
} as const;
