import type { RecordLabels } from '../../domain/record/recordLabels';
import {
  last12Months,
  midYearPeriod,
  quarterOf,
  quarterPeriod,
  type RecordPeriod,
  yearPeriod,
} from '../../domain/record/recordPeriod';
import type { RecordUiStrings } from './recordUiStrings';

export interface PeriodOption {
  value: string;
  label: string;
  period: RecordPeriod | null;
}

/** The picker's presets around `today`: last 12 months, this and last year's quarters, mid-years, years. */
export function periodOptions(today: string, labels: RecordLabels, strings: RecordUiStrings): PeriodOption[] {
  const year = Number(today.slice(0, 4));
  const options: PeriodOption[] = [
    { value: 'last12Months', label: labels.periodKind.last12Months, period: last12Months(today) },
  ];
  for (const y of [year, year - 1]) {
    options.push({ value: `midYear-${y}`, label: strings.midYearOption(y), period: midYearPeriod(y) });
    options.push({ value: `year-${y}`, label: strings.yearOption(y), period: yearPeriod(y) });
    const lastQuarter = y === year ? quarterOf(today) : 4;
    for (let q = lastQuarter; q >= 1; q--) {
      const quarter = q as 1 | 2 | 3 | 4;
      options.push({
        value: `quarter-${y}-${q}`,
        label: strings.quarterOption(q, y),
        period: quarterPeriod(y, quarter),
      });
    }
  }
  options.push({ value: 'custom', label: strings.customOption, period: null });
  return options;
}
