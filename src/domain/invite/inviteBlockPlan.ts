import type { InviteAgenda } from './inviteAgenda';

/** How much of the agenda a rendering shows. */
export interface InviteBlockPlan {
  /** At most this many topics per section and action items; the rest become "…and N more". */
  itemCap: number;
  showPrompts: boolean;
  /** Only the heading, the links and one "…and N more" for everything. */
  headerOnly: boolean;
}

export const FULL_PLAN: InviteBlockPlan = {
  itemCap: Number.POSITIVE_INFINITY,
  showPrompts: true,
  headerOnly: false,
};

/** The longest list: the largest cap worth trying. */
export function longestList(agenda: InviteAgenda): number {
  let longest = agenda.actionItems.length;
  for (const section of agenda.sections) longest = Math.max(longest, section.topics.length);
  return longest;
}

export function totalItems(agenda: InviteAgenda): number {
  let total = agenda.actionItems.length;
  for (const section of agenda.sections) total += section.topics.length;
  return total;
}

/**
 * The fullest rendering that fits in `maxChars`, trying in order: everything; the same number of
 * items from the start of every list (the largest that fits); no items and no prompts; then only
 * the heading and links, which is returned even if it does not fit (the caller's floor makes room
 * for it). Deterministic: the same agenda and limit always give the same block.
 */
export function renderWithinLimit(
  agenda: InviteAgenda,
  maxChars: number,
  render: (plan: InviteBlockPlan) => string,
): string {
  const full = render(FULL_PLAN);
  if (full.length <= maxChars) return full;

  const none = render({ itemCap: 0, showPrompts: true, headerOnly: false });
  if (none.length <= maxChars) {
    // Longer lists render longer, so bisect for the largest cap that fits.
    let best = none;
    let low = 1;
    let high = longestList(agenda) - 1;
    while (low <= high) {
      const cap = Math.floor((low + high) / 2);
      const candidate = render({ itemCap: cap, showPrompts: true, headerOnly: false });
      if (candidate.length <= maxChars) {
        best = candidate;
        low = cap + 1;
      } else {
        high = cap - 1;
      }
    }
    return best;
  }

  const withoutPrompts = render({ itemCap: 0, showPrompts: false, headerOnly: false });
  if (withoutPrompts.length <= maxChars) return withoutPrompts;
  return render({ itemCap: 0, showPrompts: false, headerOnly: true });
}

/** The first `cap` items and how many were left out. */
export function capItems<T>(items: readonly T[], cap: number): { shown: readonly T[]; hidden: number } {
  if (items.length <= cap) return { shown: items, hidden: 0 };
  return { shown: items.slice(0, cap), hidden: items.length - cap };
}
