import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AgendaTemplate } from '../../domain/space/agendaTemplate';
import {
  effectiveGuidePrompts,
  GUIDE_IDS,
  GUIDE_TITLES,
  type GuideId,
} from '../../domain/space/situationGuides';
import { usePerformanceStrings } from '../i18n/usePerformanceStrings';
import { useStrings } from '../i18n/useStrings';
import { SituationGuideCard } from './SituationGuideCard';

const useStyles = makeStyles({
  guides: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface SituationGuidesViewProps {
  template: AgendaTemplate | null;
  onSave: (guide: GuideId, prompts: string[] | null) => void;
}

/** The leader's situation guides, from the leader's own template; the employee never sees them. */
export function SituationGuidesView({ template, onSave }: SituationGuidesViewProps) {
  const styles = useStyles();
  const { locale } = useStrings();
  const perf = usePerformanceStrings();
  const prompts = effectiveGuidePrompts(template, locale);
  return (
    <div className={styles.guides} data-testid="situation-guides">
      <Text>{perf.guidesHelp}</Text>
      {GUIDE_IDS.map((guide) => (
        <SituationGuideCard
          key={guide}
          guide={guide}
          title={GUIDE_TITLES[locale][guide]}
          prompts={prompts[guide]}
          onSave={(list) => onSave(guide, list)}
        />
      ))}
    </div>
  );
}
