/**
 * Answers one Graph request: authenticate, resolve `/me`, route, check the token's scopes for the route, and
 * turn failures into Graph's error JSON. `$batch` sub-requests come through here too, so they get the same
 * auth, scope checks and routes.
 */
import type { StateStore } from '../state/stateStore';
import { authenticate } from './authenticate';
import { authorizeScopes } from './authorizeScopes';
import { GraphErrorResponse, graphErrors } from './graphErrorResponse';
import { graphErrorResponse, responseMetaFor } from './graphResponses';
import { routingSegments } from './pathAddressing';
import { createRouter } from './router';
import type { RouteDefinition } from './routeTypes';

export interface GraphDispatcher {
  dispatch(request: Request): Promise<Response>;
}

function pathSegments(url: URL): string[] {
  const segments = url.pathname.split('/').filter(Boolean).slice(1); // drop "v1.0"
  try {
    return routingSegments(segments, (segment) => decodeURIComponent(segment));
  } catch {
    throw graphErrors.badRequest(`The request URL '${url.pathname}' is not correctly encoded.`);
  }
}

export function createGraphDispatcher(options: {
  routes: readonly RouteDefinition[];
  store: StateStore;
  now: () => Date;
}): GraphDispatcher {
  const router = createRouter(options.routes);
  const { store } = options;

  return {
    async dispatch(request) {
      const meta = responseMetaFor(request, options.now());
      try {
        const url = new URL(request.url);
        const state = store.read();
        const token = authenticate(request, state.users);
        const caller = token.user;
        let segments = pathSegments(url);
        if (segments[0]?.toLowerCase() === 'me') segments = ['users', caller.id, ...segments.slice(1)];
        if (segments.length === 0) throw graphErrors.badRequest('Invalid request: no resource was named.');
        const match = router.match(request.method.toUpperCase(), segments);
        if (match.kind === 'notFound') throw graphErrors.segmentNotFound(match.segment);
        if (match.kind === 'methodNotAllowed') throw graphErrors.methodNotAllowed();
        authorizeScopes(match.route, match.params, token);
        return await match.route.handle({ request, url, params: match.params, caller, state, store, meta });
      } catch (error) {
        if (error instanceof GraphErrorResponse) return graphErrorResponse(error, meta);
        // A bug in the emulator: answer like Graph's 500 but keep the cause visible to the developer.
        console.error('[demo tenant] emulator failure', error);
        const message = error instanceof Error ? error.message : String(error);
        return graphErrorResponse(new GraphErrorResponse(500, 'InternalServerError', message), meta);
      }
    },
  };
}
