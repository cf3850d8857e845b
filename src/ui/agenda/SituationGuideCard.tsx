import { Button, Field, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { editTemplateGuide } from '../../domain/space/agendaTemplate';
import type { GuideId } from '../../domain/space/situationGuides';
import { usePerformanceStrings } from '../i18n/usePerformanceStrings';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  guide: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  prompts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  input: { minWidth: 0, width: '100%' },
});

interface SituationGuideCardProps {
  guide: GuideId;
  title: string;
  prompts: readonly string[];
  /** New prompts for the guide; null returns it to the suggested ones. */
  onSave: (prompts: string[] | null) => void;
}

/** One situation guide: its prompts, and an editor for the leader's own wording. */
export function SituationGuideCard({ guide, title, prompts, onSave }: SituationGuideCardProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const perf = usePerformanceStrings();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState(false);
  const headingId = `guide-${guide}`;
  const save = () => {
    const lines = (draft ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (!editTemplateGuide(null, guide, lines, new Date()).ok) {
      setProblem(true);
      return;
    }
    onSave(lines.length > 0 ? lines : null);
    setDraft(null);
    setProblem(false);
  };
  return (
    <section className={styles.guide} aria-labelledby={headingId} data-testid="situation-guide">
      <Subtitle2 as="h4" id={headingId}>
        {title}
      </Subtitle2>
      {draft === null ? (
        <>
          <ul className={styles.prompts}>
            {prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              size="small"
              aria-label={perf.editGuide(title)}
              onClick={() => setDraft(prompts.join('\n'))}
            >
              {perf.edit}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Field
            label={perf.guideField(title)}
            validationState={problem ? 'error' : 'none'}
            validationMessage={problem ? perf.guideProblem : undefined}
          >
            <Textarea
              className={styles.input}
              value={draft}
              resize="vertical"
              onChange={(_, data) => setDraft(data.value)}
            />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" size="small" onClick={save}>
              {strings.save}
            </Button>
            <Button
              size="small"
              onClick={() => {
                onSave(null);
                setDraft(null);
              }}
            >
              {perf.guideSuggested}
            </Button>
            <Button size="small" onClick={() => setDraft(null)}>
              {strings.cancel}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
