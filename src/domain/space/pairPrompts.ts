import type { Locale } from '../locale';
import { SECTION_IDS, type SectionId } from './agendaSections';
import { type AgendaTemplate, effectivePrompts } from './agendaTemplate';
import { DEFAULT_PROMPTS } from './defaultPrompts';
import type { Stamp } from './spaceStamp';

/**
 * The guiding prompts the pair's agenda shows per section, kept in the shared space so the employee
 * sees the same agenda as the leader (the leader's personal template lives in the leader's own drive,
 * which the employee cannot read). One register per section; only the leader writes it.
 * `prompts: null` means "the defaults", shown in each viewer's own language.
 */
export interface SectionPromptsRegister {
  prompts: string[] | null;
  stamps: { prompts: Stamp };
}

export type PairPrompts = Record<SectionId, SectionPromptsRegister>;

/** Every section on the defaults, as a new (or upgraded version 1) space starts. */
export function defaultPairPrompts(stamp: Stamp): PairPrompts {
  const register = (): SectionPromptsRegister => ({ prompts: null, stamps: { prompts: stamp } });
  return {
    checkIn: register(),
    direction: register(),
    capability: register(),
    accountability: register(),
  };
}

/** What each section shows: the pair's prompts where the leader wrote some, else the defaults in `locale`. */
export function pairSectionPrompts(
  prompts: PairPrompts,
  locale: Locale,
): Readonly<Record<SectionId, readonly string[]>> {
  const defaults = DEFAULT_PROMPTS[locale];
  const entries = SECTION_IDS.map((id) => [id, prompts[id].prompts ?? defaults[id]] as const);
  return Object.fromEntries(entries) as Record<SectionId, readonly string[]>;
}

/**
 * The prompts of the pair's agenda per section, the same for both people: the pair's (in the space) where
 * the leader set some; else the leader's own template (the leader's view of a space whose prompts were not
 * shared yet); else the defaults in `locale`.
 */
export function agendaPrompts(
  space: { sectionPrompts: PairPrompts } | null,
  template: AgendaTemplate | null,
  locale: Locale,
): Readonly<Record<SectionId, readonly string[]>> {
  const fallback = effectivePrompts(template, locale);
  const entries = SECTION_IDS.map((id) => [id, space?.sectionPrompts[id].prompts ?? fallback[id]] as const);
  return Object.fromEntries(entries) as Record<SectionId, readonly string[]>;
}

/** The sections whose prompts the leader's template sets but the space does not have yet, to share them. */
export function templatePromptsToShare(
  space: { sectionPrompts: PairPrompts },
  template: AgendaTemplate | null,
): { section: SectionId; prompts: string[] }[] {
  return SECTION_IDS.flatMap((section) => {
    const custom = template?.prompts[section];
    if (custom === undefined || custom.length === 0 || space.sectionPrompts[section].prompts !== null)
      return [];
    return [{ section, prompts: [...custom] }];
  });
}
