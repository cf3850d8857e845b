import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES } from '../../src/auth/authConfig';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import { decodeDemoToken } from '../../src/auth/demoToken';

describe('DemoTokenProvider', () => {
  const provider = new DemoTokenProvider({ id: 'user-42', userPrincipalName: 'dana@contoso.test' });

  it("issues a token that names the chosen user and carries exactly the app's scopes, whatever is asked for", async () => {
    const expected = { oid: 'user-42', upn: 'dana@contoso.test', scp: GRAPH_SCOPES.join(' ') };
    expect(decodeDemoToken(await provider.getAccessToken(['User.Read', 'Calendars.Read']))).toEqual(expected);
    expect(decodeDemoToken(await provider.getAccessToken(GRAPH_SCOPES))).toEqual(expected);
  });

  it('carries the consented scopes it is given instead, to show what a narrower consent can do', async () => {
    const narrow = new DemoTokenProvider({ id: 'user-42', userPrincipalName: 'dana@contoso.test' }, [
      'User.Read',
    ]);
    expect(decodeDemoToken(await narrow.getAccessToken(GRAPH_SCOPES))?.scp).toBe('User.Read');
  });

  it('gives each person their own token', async () => {
    const other = new DemoTokenProvider({ id: 'user-7', userPrincipalName: 'sam@contoso.test' });
    const [mine, theirs] = await Promise.all([provider.getAccessToken([]), other.getAccessToken([])]);
    expect(decodeDemoToken(theirs)?.oid).toBe('user-7');
    expect(mine).not.toBe(theirs);
  });

  it('is a demo provider and signs in without any interaction', async () => {
    expect(provider.kind).toBe('demo');
    await expect(provider.signIn(['User.Read'])).resolves.toBeUndefined();
  });
});
