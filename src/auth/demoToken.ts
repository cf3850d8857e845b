/**
 * The demo tenant's access tokens: unsigned JWT-shaped strings that name the user.
 * The Graph emulator reads the user from them exactly as Graph reads `oid` from a real token.
 */
export interface DemoTokenClaims {
  oid: string;
  upn: string;
  scp: string;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeDemoToken(claims: DemoTokenClaims): string {
  const header = toBase64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  return `${header}.${toBase64Url(JSON.stringify(claims))}.`;
}

/** Returns the claims, or null when the string is not a demo token. */
export function decodeDemoToken(token: string): DemoTokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const claims = JSON.parse(fromBase64Url(parts[1])) as Partial<DemoTokenClaims>;
    if (typeof claims.oid !== 'string' || typeof claims.upn !== 'string') return null;
    return { oid: claims.oid, upn: claims.upn, scp: typeof claims.scp === 'string' ? claims.scp : '' };
  } catch {
    return null;
  }
}
