/** Matches a request's path segments against the declared routes, telling "no such path" from "wrong method". */
import type { HttpMethod, RouteDefinition } from './routeTypes';

export type RouteMatch =
  | { kind: 'matched'; route: RouteDefinition; params: Record<string, string> }
  | { kind: 'methodNotAllowed' }
  /** `segment`: the first segment no route knows, which Graph names in its 400. */
  | { kind: 'notFound'; segment: string };

interface CompiledRoute {
  route: RouteDefinition;
  segments: { literal: string | null; param: string | null }[];
}

function compile(route: RouteDefinition): CompiledRoute {
  const segments = route.path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1] ?? null;
      return { literal: param ? null : segment.toLowerCase(), param };
    });
  return { route, segments };
}

/** How many leading segments the route accepts, and its params if it accepts all of them. */
function matchSegments(
  compiled: CompiledRoute,
  segments: readonly string[],
): { prefix: number; params: Record<string, string> | null } {
  const params: Record<string, string> = {};
  let prefix = 0;
  for (const [index, segment] of segments.entries()) {
    const pattern = compiled.segments[index];
    if (!pattern) break;
    if (pattern.param) params[pattern.param] = segment;
    else if (pattern.literal !== segment.toLowerCase()) break;
    prefix++;
  }
  const complete = prefix === segments.length && prefix === compiled.segments.length;
  return { prefix, params: complete ? params : null };
}

export function createRouter(routes: readonly RouteDefinition[]) {
  const compiled = routes.map(compile);
  return {
    match(method: HttpMethod | string, segments: readonly string[]): RouteMatch {
      let longestPrefix = 0;
      let pathExists = false;
      for (const candidate of compiled) {
        const { prefix, params } = matchSegments(candidate, segments);
        longestPrefix = Math.max(longestPrefix, prefix);
        if (!params) continue;
        if (candidate.route.method === method) return { kind: 'matched', route: candidate.route, params };
        pathExists = true;
      }
      if (pathExists) return { kind: 'methodNotAllowed' };
      return { kind: 'notFound', segment: segments[longestPrefix] ?? segments[segments.length - 1] ?? '' };
    },
  };
}
