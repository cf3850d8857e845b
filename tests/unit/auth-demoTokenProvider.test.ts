import { describe, expect, it } from 'vitest';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import { decodeDemoToken } from '../../src/auth/demoToken';

describe('DemoTokenProvider', () => {
  const provider = new DemoTokenProvider({ id: 'user-42', userPrincipalName: 'dana@contoso.test' });

  it('issues a token that names the chosen user and the requested scopes', async () => {
    const token = await provider.getAccessToken(['User.Read', 'Calendars.Read']);
    expect(decodeDemoToken(token)).toEqual({
      oid: 'user-42',
      upn: 'dana@contoso.test',
      scp: 'User.Read Calendars.Read',
    });
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
