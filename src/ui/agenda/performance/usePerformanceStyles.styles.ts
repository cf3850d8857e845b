import { makeStyles, tokens } from '@fluentui/react-components';

/** The priorities, growth plan, feedback and brief blocks: stacked, wrapping, narrow enough for 280 px. */
export const usePerformanceStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  title: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', fontWeight: tokens.fontWeightSemibold },
  text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Fluent's inputs have a minimum width wider than a 280 px side panel.
  input: { minWidth: 0, width: '100%' },
  select: { minWidth: 0, maxWidth: '100%' },
});
