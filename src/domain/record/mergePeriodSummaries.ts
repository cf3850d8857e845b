import { compareOrdinal } from '../compareOrdinal';
import { mergeByRegisters, type Registers } from '../space/mergePerformanceEntities';
import type { PeriodSummary } from './periodSummary';

const PERIOD_SUMMARY_REGISTERS: Registers<PeriodSummary> = {
  sections: ['sections'],
  acknowledgement: ['acknowledgement'],
  deleted: ['deleted'],
};

/** Per register, the later stamp wins (`mergePerformanceEntities.ts`); creation fields come whole from one side. */
export function mergePeriodSummary(a: PeriodSummary, b: PeriodSummary): PeriodSummary {
  return mergeByRegisters(a, b, PERIOD_SUMMARY_REGISTERS, [
    'createdAt',
    'periodStart',
    'periodEnd',
    'previousRevisionId',
  ]);
}

/**
 * Both copies' revisions, matched by id, sorted by id. Undefined when neither copy has any (an empty list
 * counts as none), so a space without summaries keeps its version 2 shape exactly (`periodSummaries` is an optional field).
 */
export function mergePeriodSummaryLists(
  a: readonly PeriodSummary[] | undefined,
  b: readonly PeriodSummary[] | undefined,
): PeriodSummary[] | undefined {
  if (a === b) return a === undefined || a.length === 0 ? undefined : (a as PeriodSummary[]);
  if ((a?.length ?? 0) + (b?.length ?? 0) === 0) return undefined;
  const byId = new Map<string, PeriodSummary>();
  for (const summary of [...(a ?? []), ...(b ?? [])]) {
    const seen = byId.get(summary.id);
    byId.set(summary.id, seen === undefined ? summary : mergePeriodSummary(seen, summary));
  }
  return [...byId.values()].sort((x, y) => compareOrdinal(x.id, y.id));
}
