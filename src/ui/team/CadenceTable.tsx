import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { WeekCount } from '../../domain/cadence/cadenceTypes';
import { useStrings } from '../i18n/useStrings';
import { formatWeekStart } from './formatWeekStart';

const useStyles = makeStyles({ table: { maxWidth: '320px' } });

/** The chart's data as a table: the accessible alternative, and the view for people who prefer numbers. */
export function CadenceTable({ weeks, name }: { weeks: readonly WeekCount[]; name: string }) {
  const styles = useStyles();
  const { strings, locale } = useStrings();
  return (
    <Table
      size="extra-small"
      className={styles.table}
      aria-label={strings.chartTitle(name)}
      data-testid="cadence-table"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.weekOf}</TableHeaderCell>
          <TableHeaderCell>{strings.heldColumn}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {weeks.map((week) => (
          <TableRow key={week.weekStart}>
            <TableCell>{formatWeekStart(week.weekStart, locale)}</TableCell>
            <TableCell>{week.held}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
