import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Locale } from '../../domain/locale';
import {
  SUMMARY_SECTION_IDS,
  SUMMARY_SECTION_TEXT_MAX,
  type SummarySections,
} from '../../domain/record/periodSummary';
import { RECORD_LABELS, SUMMARY_PROMPT_SECTION } from '../../domain/record/recordLabels';
import type { SummaryRevision } from '../../domain/record/summaryRevisions';
import type { PairPrompts } from '../../domain/space/pairPrompts';
import { pairSectionPrompts } from '../../domain/space/pairPrompts';
import { codePointLength } from '../../domain/space/textLimits';
import { RECORD_UI_STRINGS } from './recordUiStrings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface SummaryEditorProps {
  locale: Locale;
  prompts: PairPrompts;
  revisions: readonly SummaryRevision[];
  onSave: (sections: SummarySections) => void;
}

/** The leader's summary of the period under the four headings, with the pair's prompts as hints. */
export function SummaryEditor({ locale, prompts, revisions, onSave }: SummaryEditorProps) {
  const styles = useStyles();
  const labels = RECORD_LABELS[locale];
  const strings = RECORD_UI_STRINGS[locale];
  const latest = revisions.at(-1);
  const [draft, setDraft] = useState<SummarySections>(() => ({
    direction: latest?.sections.direction ?? '',
    capability: latest?.sections.capability ?? '',
    accountability: latest?.sections.accountability ?? '',
    relationship: latest?.sections.relationship ?? '',
  }));
  const [saved, setSaved] = useState(false);
  // A new period (or a revision written elsewhere) starts from its latest text.
  const latestKey = latest ? `${latest.summaryId}|${latest.writtenAt}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `latestKey` names the revision.
  useEffect(() => {
    setDraft({
      direction: latest?.sections.direction ?? '',
      capability: latest?.sections.capability ?? '',
      accountability: latest?.sections.accountability ?? '',
      relationship: latest?.sections.relationship ?? '',
    });
  }, [latestKey]);
  const sectionPrompts = pairSectionPrompts(prompts, locale);
  const tooLong = SUMMARY_SECTION_IDS.some((id) => codePointLength(draft[id]) > SUMMARY_SECTION_TEXT_MAX);
  const startsRevision = latest !== undefined && latest.acknowledgement !== null;
  return (
    <form
      className={`${styles.form} record-screen-only`}
      aria-label={strings.editorHeading}
      onSubmit={(event) => {
        event.preventDefault();
        if (tooLong) return;
        onSave(draft);
        setSaved(true);
      }}
    >
      <Title3 as="h2">{strings.editorHeading}</Title3>
      <p>{strings.editorHelp}</p>
      {startsRevision ? (
        <MessageBar intent="info">
          <MessageBarBody>{strings.newRevisionNote(revisions.length + 1)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {SUMMARY_SECTION_IDS.map((id) => {
        const over = codePointLength(draft[id]) > SUMMARY_SECTION_TEXT_MAX;
        return (
          <Field
            key={id}
            label={labels.summarySections[id]}
            hint={sectionPrompts[SUMMARY_PROMPT_SECTION[id]].join(' ')}
            validationState={over ? 'error' : 'none'}
            validationMessage={over ? strings.tooLong(SUMMARY_SECTION_TEXT_MAX) : undefined}
          >
            <Textarea
              value={draft[id]}
              resize="vertical"
              data-testid={`summary-${id}`}
              onChange={(_, data) => {
                setSaved(false);
                setDraft((current) => ({ ...current, [id]: data.value }));
              }}
            />
          </Field>
        );
      })}
      <div>
        <Button appearance="primary" type="submit" disabled={tooLong}>
          {strings.saveSummary}
        </Button>
      </div>
      {saved ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{strings.summarySaved}</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
