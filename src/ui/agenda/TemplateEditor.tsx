import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SectionPrompts } from '../../domain/space/agendaForOccurrence';
import { SECTION_IDS, type SectionId } from '../../domain/space/agendaSections';
import { type AgendaTemplate, editTemplatePrompts } from '../../domain/space/agendaTemplate';
import { DEFAULT_PROMPTS } from '../../domain/space/defaultPrompts';
import { SECTION_TITLES } from '../../domain/space/sectionTitles';
import type { TemplateEdit } from '../../services/agenda/agendaDocumentCodecs';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface TemplateEditorProps {
  template: AgendaTemplate | null;
  prompts: SectionPrompts;
  onEdit: (edit: Omit<TemplateEdit, 'id' | 'at'>) => void;
}

/** The leader's own prompts, one per line per section; reset returns every section to the defaults. */
export function TemplateEditor({ template, prompts, onEdit }: TemplateEditorProps) {
  const styles = useStyles();
  const { strings, locale } = useStrings();
  const [drafts, setDrafts] = useState<Record<SectionId, string>>(() => draftsOf(prompts));
  // Sections the leader typed in since the last save: prompts that change underneath (the template loading
  // late, a save from another device) update the other sections but never overwrite what is being typed.
  const [typedIn, setTypedIn] = useState<ReadonlySet<SectionId>>(new Set());
  const [shownPrompts, setShownPrompts] = useState(prompts);
  if (shownPrompts !== prompts) {
    setShownPrompts(prompts);
    const latest = draftsOf(prompts);
    setDrafts((current) => {
      const next = { ...current };
      for (const section of SECTION_IDS) if (!typedIn.has(section)) next[section] = latest[section];
      return next;
    });
  }
  const [problems, setProblems] = useState<Partial<Record<SectionId, string>>>({});
  const [saved, setSaved] = useState(false);

  const save = () => {
    const found: Partial<Record<SectionId, string>> = {};
    const changes: Omit<TemplateEdit, 'id' | 'at'>[] = [];
    for (const section of SECTION_IDS) {
      const lines = drafts[section]
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      if (lines.join('\n') === prompts[section].join('\n')) continue;
      const result = editTemplatePrompts(template, section, lines, new Date());
      if (result.ok) changes.push({ section, prompts: lines });
      else
        found[section] = result.problems
          .map((p) => ('index' in p ? `${p.index + 1}: ${p.reason}` : p.reason))
          .join(', ');
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    for (const change of changes) onEdit(change);
    setTypedIn(new Set());
    setSaved(true);
  };

  return (
    <div className={styles.editor}>
      <Text>{strings.templateHelp}</Text>
      {SECTION_IDS.map((section) => (
        <Field
          key={section}
          label={SECTION_TITLES[locale][section]}
          validationState={problems[section] ? 'error' : 'none'}
          validationMessage={problems[section]}
        >
          <Textarea
            value={drafts[section]}
            resize="vertical"
            onChange={(_, data) => {
              setSaved(false);
              setTypedIn((current) => new Set(current).add(section));
              setDrafts((current) => ({ ...current, [section]: data.value }));
            }}
          />
        </Field>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          {strings.save}
        </Button>
        <Button
          onClick={() => {
            onEdit({ section: null, prompts: null });
            // Shown at once, also before the template and the space have loaded.
            setDrafts(draftsOf(DEFAULT_PROMPTS[locale]));
            setTypedIn(new Set());
            setProblems({});
            setSaved(true);
          }}
        >
          {strings.templateReset}
        </Button>
        {saved ? <Text role="status">{strings.templateSaved}</Text> : null}
      </div>
    </div>
  );
}

function draftsOf(prompts: SectionPrompts): Record<SectionId, string> {
  return {
    checkIn: prompts.checkIn.join('\n'),
    direction: prompts.direction.join('\n'),
    capability: prompts.capability.join('\n'),
    accountability: prompts.accountability.join('\n'),
  };
}
