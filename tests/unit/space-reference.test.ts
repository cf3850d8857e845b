import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../src/domain/base64Url';
import {
  decodeSpaceReference,
  encodeSpaceReference,
  MAX_SPACE_REFERENCE_ID_LENGTH,
} from '../../src/domain/space/spaceReference';

const businessDrive = {
  driveId: 'b!AbC-12_xYzQ9kLmNoPqRsTuVwXyZ0123456789abcdefGHIJKLmnopqrstuvWX-_yz01',
  itemId: '01ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
};

describe('space reference', () => {
  it('encodes OneDrive ids into a short, URL-safe string and back', () => {
    const encoded = encodeSpaceReference(businessDrive);
    expect(encoded).toMatch(/^s1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(encoded)).toBe(encoded);
    expect(encoded.length).toBeLessThan(150);
    expect(decodeSpaceReference(encoded)).toEqual(businessDrive);
  });

  it('round-trips any plausible ids, odd characters included', () => {
    const idCharacter = fc.constantFrom(...Array.from('abcXYZ019!-_.~=+$@é漢😀 '));
    const id = fc
      .array(idCharacter, { minLength: 1, maxLength: 80 })
      .map((chars) => chars.join(''))
      .filter((text) => text.trim() === text);
    fc.assert(
      fc.property(id, id, (driveId, itemId) => {
        const encoded = encodeSpaceReference({ driveId, itemId });
        expect(encoded).toMatch(/^s1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
        expect(decodeSpaceReference(encoded)).toEqual({ driveId, itemId });
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['empty', ''],
    ['no prefix', `${encodeBase64Url('b!x')}.${encodeBase64Url('01A')}`],
    ['another version', `s2.${encodeBase64Url('b!x')}.${encodeBase64Url('01A')}`],
    ['one part', `s1.${encodeBase64Url('b!x')}`],
    ['three parts', `s1.${encodeBase64Url('b!x')}.${encodeBase64Url('01A')}.${encodeBase64Url('z')}`],
    ['padding', `s1.${encodeBase64Url('b!x')}==.${encodeBase64Url('01A')}`],
    ['standard base64 characters', 's1.Yi+x.MDFB'],
    ['an impossible length', 's1.Y.MDFB'],
    ['non-zero padding bits (not canonical)', 's1.Yj.MDFB'],
    ['invalid UTF-8', `s1.${'_w'}.MDFB`],
    ['surrounding spaces', ` s1.${encodeBase64Url('b!x')}.${encodeBase64Url('01A')}`],
    ['a path separator in an id', `s1.${encodeBase64Url('b!x/../me')}.${encodeBase64Url('01A')}`],
    ['a control character in an id', `s1.${encodeBase64Url('b!x\n')}.${encodeBase64Url('01A')}`],
    [
      'an over-long id',
      `s1.${encodeBase64Url('x'.repeat(MAX_SPACE_REFERENCE_ID_LENGTH + 1))}.${encodeBase64Url('01A')}`,
    ],
    ['a huge input', `s1.${'A'.repeat(100_000)}.MDFB`],
    ['a URL', 'https://example.com/?ref=s1.YiF4.MDFB'],
  ])('rejects %s', (_name, text) => {
    expect(decodeSpaceReference(text)).toBeNull();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `s1.${s}`),
          fc.string({ unit: 'binary' }),
        ),
        (text) => {
          const decoded = decodeSpaceReference(text);
          if (decoded !== null) expect(encodeSpaceReference(decoded)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses to encode ids that could not be valid', () => {
    expect(() => encodeSpaceReference({ driveId: '', itemId: '01A' })).toThrow(RangeError);
    expect(() => encodeSpaceReference({ driveId: 'b!x', itemId: '01A?x=1' })).toThrow(RangeError);
    expect(() => encodeSpaceReference({ driveId: 'b!x\uD83D', itemId: '01A' })).toThrow(RangeError);
  });
});

describe('base64url', () => {
  it('matches the standard encoding for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const expected = Buffer.from(text, 'utf8').toString('base64url');
        expect(encodeBase64Url(text)).toBe(expected);
        expect(decodeBase64Url(expected)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
