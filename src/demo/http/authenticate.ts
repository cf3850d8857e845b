/**
 * Who is calling and what the token lets them do: Graph reads the user from the bearer token's `oid` and the
 * delegated scopes from `scp` (space-separated); the demo's tokens carry both, unsigned.
 */
import { decodeDemoToken } from '../../auth/demoToken';
import { findUserByIdOrPrincipalName } from '../mailbox/directory';
import type { DemoSeedUser } from '../seed/demoSeed.types';
import { GraphErrorResponse, graphErrors } from './graphErrorResponse';

export interface AuthenticatedCaller {
  user: DemoSeedUser;
  /** The token's `scp` as sent. */
  scp: string;
  /** Its scopes, lowercased. */
  scopes: ReadonlySet<string>;
}

const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

function withChallenge(error: GraphErrorResponse): GraphErrorResponse {
  return new GraphErrorResponse(error.status, error.code, error.message, {
    'WWW-Authenticate': WWW_AUTHENTICATE,
  });
}

/** The signed-in user and the token's scopes, or throws 401 InvalidAuthenticationToken. */
export function authenticate(request: Request, users: readonly DemoSeedUser[]): AuthenticatedCaller {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw withChallenge(graphErrors.emptyToken());
  const claims = decodeDemoToken(match[1]);
  if (!claims) throw withChallenge(graphErrors.invalidToken('The token is not a demo tenant token.'));
  const user =
    findUserByIdOrPrincipalName(users, claims.oid) ?? findUserByIdOrPrincipalName(users, claims.upn);
  if (!user) throw withChallenge(graphErrors.invalidToken(`No user '${claims.oid}' in the demo tenant.`));
  const scopes = new Set(
    claims.scp
      .split(/\s+/)
      .filter(Boolean)
      .map((scope) => scope.toLowerCase()),
  );
  return { user, scp: claims.scp, scopes };
}
