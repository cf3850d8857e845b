import { describe, expect, it } from 'vitest';
import { editTemplatePrompts, resetTemplate } from '../../src/domain/space/agendaTemplate';
import { DEFAULT_PROMPTS } from '../../src/domain/space/defaultPrompts';
import { agendaPrompts, templatePromptsToShare } from '../../src/domain/space/pairPrompts';
import { applySpaceEdits } from '../../src/domain/space/spaceEdits';
import { emptySpace, spaceEdit } from '../support/spaceBuilders';

function templateWith(section: 'checkIn' | 'direction', prompts: string[]) {
  const result = editTemplatePrompts(resetTemplate(null, new Date(0)), section, prompts, new Date(0));
  if (!result.ok) throw new Error('template refused');
  return result.template;
}

describe('the prompts of the pair’s agenda', () => {
  it('shows the space’s prompts to both people, whatever the leader’s template says', () => {
    const space = applySpaceEdits(emptySpace(), [
      spaceEdit('setSectionPrompts', {
        section: 'checkIn',
        prompts: ['What went well this week?'],
        at: '2026-11-01T10:00:00.000Z',
        by: 'leader',
      }),
    ]);
    const employeeView = agendaPrompts(space, null, 'fr-CA');
    const leaderView = agendaPrompts(space, templateWith('checkIn', ['Old prompt']), 'en');
    expect(employeeView.checkIn).toEqual(['What went well this week?']);
    expect(leaderView.checkIn).toEqual(['What went well this week?']);
    expect(employeeView.direction).toEqual(DEFAULT_PROMPTS['fr-CA'].direction);
  });

  it('ignores the employee’s attempt to set them', () => {
    const space = applySpaceEdits(emptySpace(), [
      spaceEdit('setSectionPrompts', {
        section: 'checkIn',
        prompts: ['Employee prompt'],
        at: '2026-11-01T10:00:00.000Z',
        by: 'employee',
      }),
    ]);
    expect(agendaPrompts(space, null, 'en').checkIn).toEqual(DEFAULT_PROMPTS.en.checkIn);
  });

  it('falls back to the leader’s template, and offers to share the sections the space lacks', () => {
    const template = templateWith('direction', ['What would make this quarter a win?']);
    const space = emptySpace();
    expect(agendaPrompts(space, template, 'en').direction).toEqual(['What would make this quarter a win?']);
    expect(templatePromptsToShare(space, template)).toEqual([
      { section: 'direction', prompts: ['What would make this quarter a win?'] },
    ]);
    const shared = applySpaceEdits(space, [
      spaceEdit('setSectionPrompts', {
        section: 'direction',
        prompts: ['What would make this quarter a win?'],
        at: '2026-11-01T10:00:00.000Z',
        by: 'leader',
      }),
    ]);
    expect(templatePromptsToShare(shared, template)).toEqual([]);
    expect(agendaPrompts(shared, null, 'en').direction).toEqual(['What would make this quarter a win?']);
  });
});
