/**
 * How many entries of each version 2 list an edit may add. An add beyond it is a no-op (the UI says
 * so before), so a runaway client cannot grow the shared file without bound; tombstones count, since
 * they stay in the file. The schema's caps (`spaceDocumentSchema.ts`) are far above these, so two
 * copies that each reached a limit still merge into a valid document.
 */
export const MAX_EXPECTATIONS = 200;
export const MAX_GROWTH_GOALS = 200;
export const MAX_COACHING_NOTES = 5_000;
export const MAX_FEEDBACK_ENTRIES = 5_000;
/** Per section of the pair's prompts (the same as the leader's template). */
export const MAX_PAIR_PROMPTS_PER_SECTION = 8;
