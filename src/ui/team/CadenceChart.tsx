import { VerticalBarChart, type VerticalBarChartDataPoint } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { WeekCount } from '../../domain/cadence/cadenceTypes';
import { useStrings } from '../i18n/useStrings';
import { formatWeekStart } from './formatWeekStart';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '300px',
  },
  // The chart fills its container: the container fixes its size.
  plot: { height: '120px', width: '300px' },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * 1:1s held per week over the last 12 weeks, as a small bar chart. Screen readers get the summary as the
 * figure's caption and each bar's value (the chart labels its bars); the table view shows the same numbers.
 */
export function CadenceChart({ weeks, name }: { weeks: readonly WeekCount[]; name: string }) {
  const styles = useStyles();
  const { strings, locale } = useStrings();
  const total = weeks.reduce((sum, week) => sum + week.held, 0);
  const without = weeks.filter((week) => week.held === 0).length;
  const data: VerticalBarChartDataPoint[] = weeks.map((week) => {
    const label = formatWeekStart(week.weekStart, locale);
    return {
      x: label,
      y: week.held,
      legend: strings.heldColumn,
      xAxisCalloutData: `${strings.weekOf} ${label}`,
      yAxisCalloutData: String(week.held),
      color: tokens.colorBrandBackground,
    };
  });
  return (
    <figure className={styles.figure} data-testid="cadence-chart">
      <div className={styles.plot}>
        <VerticalBarChart
          data={data}
          chartTitle={strings.chartTitle(name)}
          height={120}
          width={300}
          hideLegend
          useSingleColor
          yMaxValue={Math.max(2, ...weeks.map((week) => week.held))}
          yAxisTickCount={2}
          maxBarWidth={14}
          hideLabels
          culture={locale}
        />
      </div>
      <figcaption className={styles.caption}>{strings.chartSummary(total, without)}</figcaption>
    </figure>
  );
}
