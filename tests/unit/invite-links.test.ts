import { describe, expect, it } from 'vitest';
import { buildInviteLinks, teamsAppDeepLink, teamsTabDeepLink } from '../../src/domain/invite/inviteLinks';
import { safeLinkUrl } from '../../src/domain/invite/safeLinkUrl';
import { decodeSpaceReference, encodeSpaceReference } from '../../src/domain/space/spaceReference';

const reference = encodeSpaceReference({ driveId: 'b!AbC-123_xyz', itemId: '01ABCDEF2GHIJKLMNOP' });

describe('invite links', () => {
  it('puts the space reference in the Teams deep link subEntityId', () => {
    const links = buildInviteLinks({
      teamsAppId: '11111111-2222-3333-4444-555555555555',
      tabEntityId: 'myOneOnOnes',
      webOrigin: 'https://agenda.contoso.example/',
      spaceReference: reference,
    });
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
    const links = buildInviteLinks({
      teamsAppId: null,
      tabEntityId: 'x',
      webOrigin: 'https://a.example',
      spaceReference: reference,
    });
    expect(links.teamsDeepLink).toBe('');
  });

  it('encodes ids in deep links', () => {
    expect(teamsTabDeepLink('a/b', 'c d')).toBe('https://teams.microsoft.com/l/entity/a%2Fb/c%20d');
    expect(teamsAppDeepLink('x?y')).toBe('https://teams.microsoft.com/l/app/x%3Fy');
  });
});
