import { useEffect, useRef } from 'react';
import type { AgendaTemplate } from '../../domain/space/agendaTemplate';
import { templatePromptsToShare } from '../../domain/space/pairPrompts';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import { editStamp } from './editStamp';

/**
 * The leader's side: prompts of the leader's own template that the shared space does not hold yet (a
 * template written before spaces kept prompts) are put into the space, so the employee sees them too.
 */
export function useSharedPrompts(
  session: AgendaSession,
  document: SpaceDocument | null,
  template: AgendaTemplate | null,
): void {
  // Each section's prompts are offered once: an edit the space refuses must not be sent on every change.
  const offered = useRef(new Set<string>());
  useEffect(() => {
    if (session.participants.myRole !== 'leader' || !session.space || !document || !template) return;
    for (const { section, prompts } of templatePromptsToShare(document, template)) {
      const key = `${section}|${JSON.stringify(prompts)}`;
      if (offered.current.has(key)) continue;
      offered.current.add(key);
      session.space.submit({ ...editStamp(document, 'leader'), type: 'setSectionPrompts', section, prompts });
    }
  }, [session, document, template]);
}
