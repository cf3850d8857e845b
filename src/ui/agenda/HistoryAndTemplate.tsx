import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import { occurrenceHistory, type SectionPrompts } from '../../domain/space/agendaForOccurrence';
import { SECTION_IDS } from '../../domain/space/agendaSections';
import type { AgendaTemplate } from '../../domain/space/agendaTemplate';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import type { PairOccurrence } from '../../services/agenda/loadPairOccurrences';
import { usePerformanceStrings } from '../i18n/usePerformanceStrings';
import { useStrings } from '../i18n/useStrings';
import { editStamp } from './editStamp';
import { HistoryView } from './HistoryView';
import { SituationGuidesView } from './SituationGuidesView';
import { TemplateEditor } from './TemplateEditor';

interface HistoryAndTemplateProps {
  session: AgendaSession;
  document: SpaceDocument;
  occurrences: readonly PairOccurrence[];
  /** The leader's template as last synced; null before it loads and for the employee. */
  template: AgendaTemplate | null;
  prompts: SectionPrompts;
}

/** Collapsed at the end of the agenda: past 1:1s, and the leader's template of prompts. */
export function HistoryAndTemplate({
  session,
  document,
  occurrences,
  template,
  prompts,
}: HistoryAndTemplateProps) {
  const perf = usePerformanceStrings();
  const { strings } = useStrings();
  return (
    <Accordion collapsible>
      <AccordionItem value="history">
        <AccordionHeader>{strings.history}</AccordionHeader>
        <AccordionPanel>
          <HistoryView records={occurrenceHistory(document, occurrences, new Date())} />
        </AccordionPanel>
      </AccordionItem>
      {session.template ? (
        <AccordionItem value="template">
          <AccordionHeader>{strings.templateTitle}</AccordionHeader>
          <AccordionPanel>
            <TemplateEditor
              template={template}
              prompts={prompts}
              onEdit={(edit) => {
                session.template?.submit({
                  ...edit,
                  id: crypto.randomUUID(),
                  at: new Date().toISOString(),
                });
                // The pair's agenda shows the prompts kept in the space, so the employee sees them too.
                for (const section of edit.section === null ? SECTION_IDS : [edit.section]) {
                  session.space?.submit({
                    ...editStamp(document, 'leader'),
                    type: 'setSectionPrompts',
                    section,
                    prompts: edit.prompts && edit.prompts.length > 0 ? edit.prompts : null,
                  });
                }
              }}
            />
          </AccordionPanel>
        </AccordionItem>
      ) : null}
      {session.template ? (
        <AccordionItem value="guides">
          <AccordionHeader>{perf.guidesTitle}</AccordionHeader>
          <AccordionPanel>
            <SituationGuidesView
              template={template}
              onSave={(guide, prompts) =>
                session.template?.submit({
                  id: crypto.randomUUID(),
                  at: new Date().toISOString(),
                  section: null,
                  prompts,
                  guide,
                })
              }
            />
          </AccordionPanel>
        </AccordionItem>
      ) : null}
    </Accordion>
  );
}
