import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Targets listed per violation; the rest are counted. */
const MAX_NODES = 8;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (injected from node_modules) in the page or frame, in all of it or in `selector`, and returns its
 * serious and critical violations, one line each: the rule, then each target with axe's failure summary.
 */
export async function seriousAxeViolations(target: Page | Frame, selector?: string): Promise<string[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.addScriptTag({ content: AXE_SOURCE });
  const violations = await target.evaluate(async (include) => {
    // Let opening animations (menu popovers fade in) end, or axe measures half-transparent text.
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => null)));
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    // Tabster's focus-trap sentinels (Fluent's <i data-tabster-dummy tabindex=0 aria-hidden>) are by design:
    // they only hand focus on, have no content, and Fluent's own docs list them as an axe false positive.
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
          .slice(0, MAX_NODES)
          .map(
            (n) =>
              `${JSON.stringify(n.target)}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`,
          )
          .join('; ')}${v.nodes.length > MAX_NODES ? `; …and ${v.nodes.length - MAX_NODES} more` : ''}`,
    );
}
