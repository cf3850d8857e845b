import { isSectionId, type SectionId } from './agendaSections';
import { mergePairPrompts } from './mergePerformanceEntities';
import { MAX_PAIR_PROMPTS_PER_SECTION } from './spaceCountLimits';
import type { SpaceDocument } from './spaceDocument';
import type { SpaceEditBase } from './spaceEdits';
import type { Stamp } from './spaceStamp';
import { checkPromptText } from './textLimits';

/** The pair's prompts of one section; null returns it to the defaults. Leader only. */
export interface SetSectionPromptsEdit extends SpaceEditBase {
  type: 'setSectionPrompts';
  section: SectionId;
  prompts: string[] | null;
}

export function applySectionPromptsEdit(
  document: SpaceDocument,
  edit: SetSectionPromptsEdit,
  stamp: Stamp,
): SpaceDocument {
  if (edit.by !== 'leader' || !isSectionId(edit.section)) return document;
  let prompts: string[] | null = null;
  if (edit.prompts !== null && edit.prompts.length > 0) {
    if (edit.prompts.length > MAX_PAIR_PROMPTS_PER_SECTION) return document;
    prompts = [];
    for (const raw of edit.prompts) {
      const check = checkPromptText(raw);
      if (!check.ok) return document;
      prompts.push(check.value);
    }
  }
  const sectionPrompts = mergePairPrompts(document.sectionPrompts, {
    ...document.sectionPrompts,
    [edit.section]: { prompts, stamps: { prompts: stamp } },
  });
  return sectionPrompts === document.sectionPrompts ? document : { ...document, sectionPrompts };
}
