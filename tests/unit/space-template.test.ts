import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/domain/locale';
import { SECTION_IDS } from '../../src/domain/space/agendaSections';
import {
  editTemplatePrompts,
  effectivePrompts,
  MAX_PROMPTS_PER_SECTION,
  parseAgendaTemplate,
  resetTemplate,
  serializeAgendaTemplate,
} from '../../src/domain/space/agendaTemplate';
import { DEFAULT_PROMPTS } from '../../src/domain/space/defaultPrompts';
import { SECTION_TITLES } from '../../src/domain/space/sectionTitles';

const NOW = '2026-11-01T10:00:00.000Z';

function edited(
  section: (typeof SECTION_IDS)[number],
  prompts: string[],
  base = null as Parameters<typeof editTemplatePrompts>[0],
) {
  const result = editTemplatePrompts(base, section, prompts, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.template;
}

describe('default prompts', () => {
  it.each(LOCALES)('has 2 to 3 short prompts and a title per section in %s', (locale) => {
    for (const id of SECTION_IDS) {
      const prompts = DEFAULT_PROMPTS[locale][id];
      expect(prompts.length).toBeGreaterThanOrEqual(2);
      expect(prompts.length).toBeLessThanOrEqual(3);
      for (const prompt of prompts) expect(prompt.length).toBeLessThan(140);
      expect(SECTION_TITLES[locale][id]).not.toBe('');
    }
  });

  it('is actually translated', () => {
    for (const id of SECTION_IDS) {
      expect(DEFAULT_PROMPTS['fr-CA'][id]).not.toEqual(DEFAULT_PROMPTS.en[id]);
    }
  });
});

describe('agenda template', () => {
  it('without a template, shows the defaults in the viewer’s language', () => {
    expect(effectivePrompts(null, 'fr-CA')).toEqual(DEFAULT_PROMPTS['fr-CA']);
    expect(effectivePrompts(null, 'en')).toEqual(DEFAULT_PROMPTS.en);
  });

  it('uses the leader’s prompts where they wrote some, the localized defaults elsewhere', () => {
    const template = edited('direction', ['  What matters most this month?  ', 'Any surprises?']);
    const prompts = effectivePrompts(template, 'fr-CA');
    expect(prompts.direction).toEqual(['What matters most this month?', 'Any surprises?']);
    expect(prompts.checkIn).toEqual(DEFAULT_PROMPTS['fr-CA'].checkIn);
  });

  it('an empty list, or a reset of one section, returns that section to the defaults', () => {
    const both = edited('capability', ['Coach, don’t rescue'], edited('checkIn', ['How was the week?']));
    expect(effectivePrompts(edited('capability', [], both), 'en').capability).toEqual(
      DEFAULT_PROMPTS.en.capability,
    );
    const reset = resetTemplate(both, NOW, 'checkIn');
    expect(effectivePrompts(reset, 'en').checkIn).toEqual(DEFAULT_PROMPTS.en.checkIn);
    expect(effectivePrompts(reset, 'en').capability).toEqual(['Coach, don’t rescue']);
  });

  it('a full reset returns every section to the defaults', () => {
    const template = edited('accountability', ['Who does what by when?']);
    expect(effectivePrompts(resetTemplate(template, NOW), 'en')).toEqual(DEFAULT_PROMPTS.en);
  });

  it('points at each prompt it cannot keep, rather than dropping it', () => {
    const result = editTemplatePrompts(null, 'checkIn', ['Fine', '   ', 'x'.repeat(501)], NOW);
    expect(result).toEqual({
      ok: false,
      problems: [
        { index: 1, reason: 'empty' },
        { index: 2, reason: 'too-long', length: 501, maxLength: 500 },
      ],
    });
    const tooMany = editTemplatePrompts(
      null,
      'checkIn',
      Array(MAX_PROMPTS_PER_SECTION + 1).fill('Prompt'),
      NOW,
    );
    expect(tooMany).toEqual({ ok: false, problems: [{ reason: 'too-many', count: 9, max: 8 }] });
  });

  it('round-trips through its file in the leader’s drive, and explains a broken one', () => {
    const template = edited('direction', ['Priorities?'], edited('checkIn', ['How are you?']));
    expect(parseAgendaTemplate(serializeAgendaTemplate(template))).toEqual({ ok: true, document: template });
    const broken = JSON.parse(serializeAgendaTemplate(template));
    broken.prompts.direction = [];
    broken.prompts.mood = ['?'];
    expect(parseAgendaTemplate(JSON.stringify(broken))).toEqual({
      ok: false,
      reason: 'unreadable',
      problems: ['prompts.direction: must not be empty', 'prompts: unexpected field mood'],
    });
  });
});
