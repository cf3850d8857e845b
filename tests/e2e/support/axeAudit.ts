import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (injected from node_modules) in the page and returns its serious and critical violations, one
 * line each. Fluent's tabster focus sentinels are excluded: they are a documented false positive.
 */
export async function seriousAxeViolations(target: Page | Frame, selector?: string): Promise<string[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.addScriptTag({ content: AXE_SOURCE });
  const violations = await target.evaluate(async (include) => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => null)));
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const context = { ...(include ? { include: [[include]] } : {}), exclude: [['[data-tabster-dummy]']] };
    const result = (await axe.run(context, { resultTypes: ['violations'] })) as {
      violations: AxeViolation[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary ?? '' })),
    }));
  }, selector ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .slice(0, 5)
          .map((n) => JSON.stringify(n.target))
          .join('; ')}`,
    );
}
