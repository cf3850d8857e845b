/** What a route handler receives and how a route is declared. New resources add RouteDefinition lists. */
import type { DemoSeedUser } from '../seed/demoSeed.types';
import type { EmulatorState, StateStore } from '../state/stateStore';
import type { ResponseMeta } from './graphResponses';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RouteContext {
  request: Request;
  /** The request's absolute Graph URL as sent (with `/me`, not the resolved user). */
  url: URL;
  /** Values of the `{name}` segments of the route's path. `/me` arrives as `{user}` = the caller's id. */
  params: Readonly<Record<string, string>>;
  caller: DemoSeedUser;
  /** The state when the request arrived; write through `store.update`. */
  state: EmulatorState;
  store: StateStore;
  meta: ResponseMeta;
}

export interface RouteDefinition {
  method: HttpMethod;
  /** Path below `/v1.0`, e.g. `/users/{user}/calendarView`. Literal segments match case-insensitively, as in Graph. */
  path: string;
  handle(context: RouteContext): Response | Promise<Response>;
}
