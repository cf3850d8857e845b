/**
 * What the space accepts as text, checked before an edit is made so the UI can tell the user
 * ("too long: 2,345 of 2,000 characters") instead of dropping their input.
 *
 * - Text is plain text. Markup such as `<b>` or `<script>` is kept exactly as typed: escaping is
 *   the renderer's job (React, the invite-body writer), and stripping here would lose what the
 *   person wrote.
 * - Control characters (Unicode Cc) are removed, except line feed and tab; CR LF and lone CR become
 *   LF. Format characters (Cf: right-to-left marks, zero-width joiners in emoji) are kept, as are
 *   combining marks, so every script and emoji survives.
 * - Lone UTF-16 surrogates, which no encoder can write, become U+FFFD.
 * - Lengths count Unicode code points, so an emoji counts as one character, not two.
 */

export const TOPIC_TEXT_MAX = 2_000;
export const ACTION_ITEM_TEXT_MAX = 2_000;
export const NOTE_TEXT_MAX = 20_000;
export const PROMPT_TEXT_MAX = 500;
/** An expectation's priority and a growth goal's capability are titles: short enough for the invite. */
export const PRIORITY_TEXT_MAX = 300;
export const CAPABILITY_TEXT_MAX = 300;
export const GOAL_LINK_TEXT_MAX = 500;
/** What good looks like, a next step, the leader's support, feedback: a paragraph or two. */
export const STANDARD_TEXT_MAX = 2_000;
export const GROWTH_STEP_TEXT_MAX = 2_000;
export const FEEDBACK_TEXT_MAX = 2_000;
export const COACHING_NOTE_TEXT_MAX = 5_000;

export type TextProblem = 'empty' | 'too-long';

export type TextCheck =
  | { ok: true; value: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too-long'; length: number; maxLength: number };

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL_EXCEPT_TAB_AND_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text as the space would store it: cleaned and trimmed. Applying it twice changes nothing. */
export function cleanText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_EXCEPT_TAB_AND_LF, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .trim();
}

/** Length in code points (an astral emoji is one, not two UTF-16 units). */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

export function checkText(raw: string, maxLength: number, allowEmpty = false): TextCheck {
  const value = cleanText(raw);
  if (value === '' && !allowEmpty) return { ok: false, reason: 'empty' };
  // Cheap bound first: code points never outnumber UTF-16 units.
  if (value.length > maxLength) {
    const length = codePointLength(value);
    if (length > maxLength) return { ok: false, reason: 'too-long', length, maxLength };
  }
  return { ok: true, value };
}

export function checkTopicText(raw: string): TextCheck {
  return checkText(raw, TOPIC_TEXT_MAX);
}

export function checkActionItemText(raw: string): TextCheck {
  return checkText(raw, ACTION_ITEM_TEXT_MAX);
}

/** A note may be emptied: that is how a note is cleared. */
export function checkNoteText(raw: string): TextCheck {
  return checkText(raw, NOTE_TEXT_MAX, true);
}

export function checkPromptText(raw: string): TextCheck {
  return checkText(raw, PROMPT_TEXT_MAX);
}
