import { describe, expect, it } from 'vitest';
import {
  editTemplateGuide,
  editTemplatePrompts,
  parseAgendaTemplate,
  resetTemplate,
  serializeAgendaTemplate,
} from '../../src/domain/space/agendaTemplate';
import {
  DEFAULT_GUIDE_PROMPTS,
  effectiveGuidePrompts,
  GUIDE_IDS,
} from '../../src/domain/space/situationGuides';

const NOW = '2026-12-03T10:00:00.000Z';

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error('refused');
  return result as Extract<T, { ok: true }>;
}

describe('situation guides in the leader’s template', () => {
  it('offers the four suggested guides in English and French (Canada)', () => {
    for (const locale of ['en', 'fr-CA'] as const) {
      const guides = effectiveGuidePrompts(null, locale);
      expect(Object.keys(guides)).toEqual([...GUIDE_IDS]);
      for (const id of GUIDE_IDS) expect(guides[id].length).toBeGreaterThan(0);
    }
    expect(effectiveGuidePrompts(null, 'fr-CA').difficultMessage).toEqual(
      DEFAULT_GUIDE_PROMPTS['fr-CA'].difficultMessage,
    );
  });

  it('keeps the leader’s wording through a save, a prompt edit and a prompts reset; null returns to the suggested', () => {
    const edited = ok(
      editTemplateGuide(null, 'difficultMessage', ['  Start with the facts  '], NOW),
    ).template;
    const reread = parseAgendaTemplate(serializeAgendaTemplate(edited));
    expect(reread.ok && reread.document.guides).toEqual({ difficultMessage: ['Start with the facts'] });
    const withPrompts = ok(editTemplatePrompts(edited, 'checkIn', ['How are you?'], NOW)).template;
    expect(withPrompts.guides?.difficultMessage).toEqual(['Start with the facts']);
    expect(resetTemplate(withPrompts, NOW).guides?.difficultMessage).toEqual(['Start with the facts']);
    expect(effectiveGuidePrompts(withPrompts, 'en').difficultMessage).toEqual(['Start with the facts']);
    const back = ok(editTemplateGuide(withPrompts, 'difficultMessage', null, NOW)).template;
    expect(back.guides).toBeUndefined();
    expect(effectiveGuidePrompts(back, 'en').difficultMessage).toEqual(
      DEFAULT_GUIDE_PROMPTS.en.difficultMessage,
    );
  });

  it('refuses hostile or oversized lists, and writes a template without guides as before', () => {
    expect(editTemplateGuide(null, 'settingExpectations', ['x'.repeat(501)], NOW).ok).toBe(false);
    expect(
      editTemplateGuide(
        null,
        'settingExpectations',
        Array.from({ length: 9 }, () => 'a'),
        NOW,
      ).ok,
    ).toBe(false);
    const plain = resetTemplate(null, NOW);
    expect(serializeAgendaTemplate(plain)).not.toContain('guides');
  });
});
