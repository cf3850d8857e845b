import { describe, expect, it } from 'vitest';
import {
  composeInviteLinks,
  spaceInviteLinks,
  teamsAppDeepLink,
  teamsTabDeepLink,
} from '../../src/domain/invite/inviteLinks';
import { safeLinkUrl } from '../../src/domain/invite/safeLinkUrl';
import { decodeSpaceReference, encodeSpaceReference } from '../../src/domain/space/spaceReference';

const space = { driveId: 'b!AbC-123_xyz', itemId: '01ABCDEF2GHIJKLMNOP' };
const reference = encodeSpaceReference(space);

describe('invite links', () => {
  it('puts the space reference in the Teams deep link subEntityId', () => {
    const links = spaceInviteLinks(
      { teamsAppId: '11111111-2222-3333-4444-555555555555', appOrigin: 'https://agenda.contoso.example/' },
      space,
    );
    expect(links.teamsDeepLink).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/entity\/11111111-2222-3333-4444-555555555555\/myOneOnOnes\?context=/,
    );
    const context = new URL(links.teamsDeepLink).searchParams.get('context');
    const subEntityId = (JSON.parse(context ?? '{}') as { subEntityId?: string }).subEntityId ?? '';
    expect(decodeSpaceReference(subEntityId)).toEqual({
      driveId: 'b!AbC-123_xyz',
      itemId: '01ABCDEF2GHIJKLMNOP',
    });
    expect(links.webUrl).toBe(`https://agenda.contoso.example/?space=${reference}`);
    expect(safeLinkUrl(links.teamsDeepLink)).toBe(links.teamsDeepLink);
    expect(safeLinkUrl(links.webUrl)).toBe(links.webUrl);
  });

  it('has no Teams link without a Teams app id', () => {
    const links = spaceInviteLinks({ teamsAppId: null, appOrigin: 'https://a.example' }, space);
    expect(links.teamsDeepLink).toBe('');
    expect(composeInviteLinks({ teamsAppId: ' ', appOrigin: 'https://a.example' }).teamsDeepLink).toBe('');
  });

  it('opens the app to create the space from a 1:1 being composed', () => {
    const links = composeInviteLinks({ teamsAppId: 'app-id', appOrigin: 'https://a.example//' });
    expect(links).toEqual({
      teamsDeepLink: 'https://teams.microsoft.com/l/app/app-id',
      webUrl: 'https://a.example/?compose=1',
    });
  });

  it('encodes ids in deep links', () => {
    expect(teamsTabDeepLink('a/b', 'c d')).toBe('https://teams.microsoft.com/l/entity/a%2Fb/c%20d');
    expect(teamsAppDeepLink('x?y')).toBe('https://teams.microsoft.com/l/app/x%3Fy');
  });
});
