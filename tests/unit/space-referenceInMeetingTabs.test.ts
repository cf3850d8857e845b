import { describe, expect, it } from 'vitest';
import { encodeSpaceReference } from '../../src/domain/space/spaceReference';
import { spaceReferenceInMeetingTabs } from '../../src/domain/space/spaceReferenceInMeetingTabs';

const MANIFEST = '7d0c6a52-0f1e-4c1b-9a53-3e1f0d2b4c6a';
const SPACE = { driveId: 'b!leaderDrive0123', itemId: '01ABCDEFGHIJKLMNOP' };
const ENTITY = encodeSpaceReference(SPACE);

describe('spaceReferenceInMeetingTabs', () => {
  it('reads the space from our app’s tab, known by its manifest id as externalId', () => {
    expect(
      spaceReferenceInMeetingTabs(
        [{ catalogAppId: 'catalog-1', manifestId: MANIFEST, entityId: ENTITY }],
        MANIFEST,
      ),
    ).toEqual(SPACE);
  });

  it('accepts an app whose catalog id is the manifest id (sideloaded)', () => {
    expect(
      spaceReferenceInMeetingTabs([{ catalogAppId: MANIFEST, manifestId: null, entityId: ENTITY }], MANIFEST),
    ).toEqual(SPACE);
  });

  it('ignores other apps’ tabs and our tabs without a space reference', () => {
    expect(
      spaceReferenceInMeetingTabs(
        [
          { catalogAppId: 'web', manifestId: 'another-app', entityId: ENTITY },
          { catalogAppId: 'catalog-1', manifestId: MANIFEST, entityId: 'one-on-one-agenda' },
          { catalogAppId: 'catalog-1', manifestId: MANIFEST, entityId: null },
        ],
        MANIFEST,
      ),
    ).toBeNull();
  });

  it('takes the first of our tabs that names a space', () => {
    const other = encodeSpaceReference({ driveId: 'b!otherDrive0123', itemId: '01QRSTUVWXYZ0123' });
    expect(
      spaceReferenceInMeetingTabs(
        [
          { catalogAppId: 'catalog-1', manifestId: MANIFEST, entityId: 'not-a-reference' },
          { catalogAppId: 'catalog-1', manifestId: MANIFEST, entityId: ENTITY },
          { catalogAppId: 'catalog-1', manifestId: MANIFEST, entityId: other },
        ],
        MANIFEST,
      ),
    ).toEqual(SPACE);
  });
});
