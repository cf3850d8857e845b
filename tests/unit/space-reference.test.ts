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

const idCharacter = fc.constantFrom(...Array.from('abcXYZ019!-_.~=+$@é漢😀 '));
/** Ids as encodeSpaceReference accepts them: no surrounding spaces, odd characters included. */
const plausibleId = fc
  .array(idCharacter, { minLength: 1, maxLength: 80 })
  .map((chars) => chars.join(''))
  .filter((text) => text.trim() === text);
const validReference = fc
  .tuple(plausibleId, plausibleId)
  .map(([driveId, itemId]) => encodeSpaceReference({ driveId, itemId }));
/** A valid reference with one character replaced, inserted or deleted. */
const editedReference = fc
  .tuple(validReference, fc.nat(), fc.constantFrom(...Array.from('AQgwZz09-_.=+/ é')), fc.nat(2))
  .map(([reference, n, character, edit]) => {
    const at = n % reference.length;
    const keep = edit === 1 ? at : at + 1; // 0 replaces, 1 inserts, 2 deletes
    return reference.slice(0, at) + (edit === 2 ? '' : character) + reference.slice(keep);
  });
const REFERENCE_B_X = `s1.${encodeBase64Url('b!x')}.${encodeBase64Url('01A')}`;

describe('space reference', () => {
  it('encodes OneDrive ids into a short, URL-safe string and back', () => {
    const encoded = encodeSpaceReference(businessDrive);
    expect(encoded).toMatch(/^s1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(encoded)).toBe(encoded);
    expect(encoded.length).toBeLessThan(150);
    expect(decodeSpaceReference(encoded)).toEqual(businessDrive);
  });

  it('round-trips any plausible ids, odd characters included', () => {
    fc.assert(
      fc.property(plausibleId, plausibleId, (driveId, itemId) => {
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

  it('accepts only what it would have written itself, and never throws', () => {
    // Arbitrary text almost never decodes, which would leave the accepting branch untested: valid references
    // and one-character edits of them (some still decode, to other ids) are mixed in, and explicit examples
    // make sure both branches run in every run.
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `s1.${s}`),
          fc.string({ unit: 'binary' }),
          validReference,
          editedReference,
        ),
        (text) => {
          const decoded = decodeSpaceReference(text);
          if (decoded === null) {
            outcomes.rejected++;
            return;
          }
          outcomes.accepted++;
          expect(encodeSpaceReference(decoded)).toBe(text);
        },
      ),
      {
        numRuns: 1000,
        examples: [
          [REFERENCE_B_X], // "b!x", "01A"
          [`s1.${encodeBase64Url('b!x')}.MDFC`], // one character off: "01B", still a reference
          [`s1.${encodeBase64Url('b!x')}.MDF`], // one character short: non-zero padding bits
          [`${REFERENCE_B_X}.`],
        ],
      },
    );
    // A fifth of the inputs are valid references, so hundreds are accepted; 100 leaves a wide margin.
    expect(outcomes.accepted).toBeGreaterThanOrEqual(100);
    expect(outcomes.rejected).toBeGreaterThanOrEqual(100);
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
