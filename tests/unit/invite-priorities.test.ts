import { describe, expect, it } from 'vitest';
import { inviteAgendaFromSpace } from '../../src/domain/invite/inviteAgendaFromSpace';
import { inviteBlockHtml } from '../../src/domain/invite/inviteBlockHtml';
import { inviteBlockText } from '../../src/domain/invite/inviteBlockText';
import { renderInviteBlockHtml, renderInviteBlockText } from '../../src/domain/invite/renderInviteBlock';
import { agendaForOccurrence } from '../../src/domain/space/agendaForOccurrence';
import { DEFAULT_PROMPTS } from '../../src/domain/space/defaultPrompts';
import { applySpaceEdits } from '../../src/domain/space/spaceEdits';
import { SAMPLE_LINKS, sampleAgenda } from '../fixtures/outlookBodies/inviteAgendas';
import { emptySpace, occurrence, spaceEdit } from '../support/spaceBuilders';

const W1 = '2026-11-17T14:00:00.000Z';

function propose(id: string, priority: string, at: string) {
  return spaceEdit('proposeExpectation', {
    expectationId: id,
    at,
    by: 'leader',
    priority,
    whatGoodLooksLike: '',
    goalLink: null,
    reviewDate: null,
  });
}

describe('the pair’s priorities in the invite block', () => {
  it('lists the active priorities only, oldest first, from the space', () => {
    const space = applySpaceEdits(emptySpace(), [
      propose('a1', 'Launch the permit portal', '2026-11-01T10:00:00.000Z'),
      propose('a2', 'Mentor the new developer', '2026-11-02T10:00:00.000Z'),
      propose('a3', 'Old goal', '2026-11-03T10:00:00.000Z'),
      spaceEdit('setExpectationStatus', {
        expectationId: 'a3',
        status: 'achieved',
        at: '2026-11-04T10:00:00.000Z',
        by: 'leader',
      }),
      propose('a4', 'Deleted one', '2026-11-03T11:00:00.000Z'),
      spaceEdit('deletePerformanceEntry', {
        list: 'expectations',
        entryId: 'a4',
        at: '2026-11-04T11:00:00.000Z',
        by: 'leader',
      }),
    ]);
    const agenda = agendaForOccurrence(space, [occurrence(W1)], W1, DEFAULT_PROMPTS.en);
    expect(agenda).not.toBeNull();
    if (!agenda) return;
    const invite = inviteAgendaFromSpace(
      agenda,
      space,
      { leader: 'Claire', employee: 'Ethan' },
      SAMPLE_LINKS,
      'en',
    );
    expect(invite.priorities).toEqual(['Launch the permit portal', 'Mentor the new developer']);
    const html = renderInviteBlockHtml(invite);
    expect(html).toContain('Priorities: Launch the permit portal · Mentor the new developer');
    expect(html.indexOf('Priorities:')).toBeGreaterThan(html.indexOf('<strong>Direction</strong>'));
    expect(html.indexOf('Priorities:')).toBeLessThan(html.indexOf('<strong>Capability</strong>'));
    expect(renderInviteBlockText(invite)).toContain(
      '  Priorities: Launch the permit portal · Mentor the new developer',
    );
  });

  it('escapes the titles and labels them in Canadian French', () => {
    const agenda = {
      ...sampleAgenda({ locale: 'fr-CA' }),
      priorities: ['<img src=x onerror=alert(1)> & co'],
    };
    const html = renderInviteBlockHtml(agenda);
    expect(html).toContain('Priorités\u00A0: &lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(html).not.toContain('<img');
  });

  it('gives way with the prompts when the body has no room', () => {
    const agenda = { ...sampleAgenda(), priorities: ['Launch the permit portal'] };
    expect(inviteBlockHtml(agenda, { itemCap: 0, showPrompts: false, headerOnly: false })).not.toContain(
      'Priorities:',
    );
    expect(inviteBlockText(agenda, { itemCap: 0, showPrompts: true, headerOnly: true })).not.toContain(
      'Priorities:',
    );
  });
});
