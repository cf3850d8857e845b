/**
 * Checks the token's delegated scopes against REQUIRED_SCOPES before a route runs, as Graph does: a token
 * without a scope the route needs gets 403 in the words of the workload behind the route.
 */
import { driveIdFor } from '../drive/driveIds';
import type { DemoSeedUser } from '../seed/demoSeed.types';
import type { AuthenticatedCaller } from './authenticate';
import { GraphErrorResponse, graphErrors } from './graphErrorResponse';
import {
  REQUIRED_SCOPES,
  type ScopeAlternatives,
  type ScopeRule,
  type ScopeWorkload,
  type TokenOnlyRule,
} from './requiredScopes';
import type { RouteDefinition } from './routeTypes';

const SUBTREE = '/**';

function covers(rulePath: string, routePath: string): boolean {
  const rule = rulePath.toLowerCase();
  const route = routePath.toLowerCase();
  if (!rule.endsWith(SUBTREE)) return rule === route;
  const base = rule.slice(0, -SUBTREE.length);
  return route === base || route.startsWith(`${base}/`);
}

/** The row for a declared route, or undefined when REQUIRED_SCOPES has none (the route then answers 403). */
export function scopeRuleFor(
  route: Pick<RouteDefinition, 'method' | 'path'>,
): ScopeRule | TokenOnlyRule | undefined {
  return REQUIRED_SCOPES.find((rule) => rule.methods.includes(route.method) && covers(rule.path, route.path));
}

/** Whether the path names another user's resource: `{user}` (after `/me` is resolved) or `{driveId}`. */
function namesAnotherUser(params: Readonly<Record<string, string>>, caller: DemoSeedUser): boolean {
  if (params.user !== undefined) {
    const user = params.user.toLowerCase();
    return user !== caller.id.toLowerCase() && user !== caller.userPrincipalName.toLowerCase();
  }
  if (params.driveId !== undefined) return params.driveId !== driveIdFor(caller.id);
  return false;
}

/** Scope names are case-insensitive; `granted` holds them lowercased. */
function allows(alternatives: ScopeAlternatives, granted: ReadonlySet<string>): boolean {
  return alternatives.some((alternative) =>
    alternative.split(' ').every((scope) => granted.has(scope.toLowerCase())),
  );
}

function insufficientScopes(
  workload: ScopeWorkload,
  needed: ScopeAlternatives,
  scp: string,
): GraphErrorResponse {
  switch (workload) {
    case 'directory':
      return new GraphErrorResponse(
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
      );
    case 'exchange':
      return graphErrors.accessDenied();
    case 'onedrive':
      return graphErrors.driveAccessDenied();
    case 'teams':
      // Teams names what it wanted and what it got (telstrapurple/MSTeamsChatExporter#9 quotes one).
      return new GraphErrorResponse(
        403,
        'Forbidden',
        `Missing scope permissions on the request. API requires one of '${needed.join(', ')}'. Scopes on the request '${scp}'`,
      );
  }
}

/** Throws the route's 403 unless the caller's token carries one of the scope sets the route accepts. */
export function authorizeScopes(
  route: Pick<RouteDefinition, 'method' | 'path'>,
  params: Readonly<Record<string, string>>,
  caller: AuthenticatedCaller,
): void {
  const rule = scopeRuleFor(route);
  if (!rule) {
    throw new GraphErrorResponse(
      403,
      'Forbidden',
      `The demo tenant lists no permission for ${route.method} ${route.path}: add its row to src/demo/http/requiredScopes.ts.`,
    );
  }
  if ('tokenOnly' in rule) return;
  const needed = namesAnotherUser(params, caller.user) ? (rule.otherUserScopes ?? rule.scopes) : rule.scopes;
  if (!allows(needed, caller.scopes)) throw insufficientScopes(rule.workload, needed, caller.scp);
}
