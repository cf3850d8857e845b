import { RequestHandler, type ResponseResolver } from 'msw';

interface EmulatedHostInfo {
  header: string;
}

/**
 * An MSW request handler that matches on the request's method and URL alone. MSW's `http` handlers also look up
 * the request's cookies for every request (their cookie jar checks each host against the public suffix list),
 * which on the page's thread cost about 5 ms a request; Graph is called with a bearer token and the emulator
 * reads no cookie.
 */
export class EmulatedHostHandler extends RequestHandler<EmulatedHostInfo, undefined> {
  readonly #matches: (request: Request) => boolean;

  constructor(
    description: string,
    matches: (request: Request) => boolean,
    resolver: ResponseResolver<Record<string, never>>,
  ) {
    super({ info: { header: description }, resolver });
    this.#matches = matches;
  }

  predicate({ request }: { request: Request }): boolean {
    return this.#matches(request);
  }

  // The demo tenant starts MSW quietly: there is no request log to write.
  log(): void {}
}
