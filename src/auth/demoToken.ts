import { decodeBase64Url, encodeBase64Url } from '../domain/base64Url';

/**
 * The demo tenant's access tokens: unsigned JWT-shaped strings that name the user and the delegated scopes.
 * The Graph emulator reads them exactly as Graph reads `oid` and `scp` from a real token.
 */
export interface DemoTokenClaims {
  oid: string;
  upn: string;
  /** The delegated scopes, space-separated, as in an Entra ID access token. */
  scp: string;
}

export function encodeDemoToken(claims: DemoTokenClaims): string {
  const header = encodeBase64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  return `${header}.${encodeBase64Url(JSON.stringify(claims))}.`;
}

/** Returns the claims, or null when the string is not a demo token. */
export function decodeDemoToken(token: string): DemoTokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const claims = JSON.parse(decodeBase64Url(parts[1]) ?? '') as Partial<DemoTokenClaims>;
    if (typeof claims.oid !== 'string' || typeof claims.upn !== 'string') return null;
    return { oid: claims.oid, upn: claims.upn, scp: typeof claims.scp === 'string' ? claims.scp : '' };
  } catch {
    return null;
  }
}
