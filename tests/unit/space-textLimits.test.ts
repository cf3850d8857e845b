import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkActionItemText,
  checkNoteText,
  checkPromptText,
  checkTopicText,
  cleanText,
  codePointLength,
  TOPIC_TEXT_MAX,
} from '../../src/domain/space/textLimits';

describe('text limits', () => {
  it('rejects a 100 KB topic as too long, saying by how much, instead of cutting it', () => {
    const huge = 'a'.repeat(100 * 1024);
    expect(checkTopicText(huge)).toEqual({
      ok: false,
      reason: 'too-long',
      length: 102_400,
      maxLength: 2_000,
    });
  });

  it('accepts exactly the limit and refuses one more', () => {
    expect(checkTopicText('x'.repeat(TOPIC_TEXT_MAX)).ok).toBe(true);
    expect(checkTopicText('x'.repeat(TOPIC_TEXT_MAX + 1))).toMatchObject({ ok: false, reason: 'too-long' });
    expect(checkActionItemText('x'.repeat(2_001))).toMatchObject({ ok: false, reason: 'too-long' });
    expect(checkPromptText('x'.repeat(501))).toMatchObject({ ok: false, reason: 'too-long', maxLength: 500 });
    expect(checkNoteText('x'.repeat(20_000)).ok).toBe(true);
    expect(checkNoteText('x'.repeat(20_001))).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('counts an emoji as one character, so 2,000 emoji fit', () => {
    expect(checkTopicText('😀'.repeat(2_000)).ok).toBe(true);
    expect(checkTopicText('😀'.repeat(2_001))).toMatchObject({ ok: false, length: 2_001 });
  });

  it('rejects blank text as empty, but a note may be cleared', () => {
    expect(checkTopicText(' \n\t ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkTopicText('\u0000\u0007')).toEqual({ ok: false, reason: 'empty' });
    expect(checkNoteText('   ')).toEqual({ ok: true, value: '' });
  });

  it('keeps HTML and script as plain text: escaping is the renderer’s job', () => {
    const html = '<script>alert("x")</script> <b>bold</b> &amp; <img src=x onerror=alert(1)>';
    expect(checkTopicText(html)).toEqual({ ok: true, value: html });
  });

  it('keeps right-to-left text, emoji sequences and combining characters intact', () => {
    const samples = [
      'مرحبا بالعالم',
      'שלום \u200Fעולם',
      '👩🏽‍💻 👨‍👩‍👧‍👦 🇨🇦',
      'e\u0301te\u0301 — café Noe\u0308l',
      'ज़िन्दगी',
    ];
    for (const text of samples) expect(checkTopicText(text)).toEqual({ ok: true, value: text });
  });

  it('trims, normalizes line breaks and strips control characters except tab and line feed', () => {
    expect(cleanText('  a\r\nb\rc\td\u0000e\u001Bf\u007Fg\u0085h  ')).toBe('a\nb\nc\tdefgh');
  });

  it('replaces a lone surrogate, which no encoder can store', () => {
    expect(cleanText('a\uD83Db')).toBe('a\uFFFDb');
    expect(cleanText('\uDE00x')).toBe('\uFFFDx');
  });

  it('is idempotent and never grows the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const once = cleanText(raw);
        expect(cleanText(once)).toBe(once);
        expect(codePointLength(once)).toBeLessThanOrEqual(codePointLength(raw));
      }),
    );
  });
});
