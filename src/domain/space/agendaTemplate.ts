import { z } from 'zod';
import type { Locale } from '../locale';
import { SECTION_IDS, type SectionId } from './agendaSections';
import { DEFAULT_PROMPTS } from './defaultPrompts';
import { formatDocumentJson } from './formatDocumentJson';
import { type IsoInstant, toIsoInstant } from './isoInstant';
import { type DocumentParseResult, parseVersionedDocument } from './parseVersionedDocument';
import { isoInstantSchema, textSchema } from './schemaParts';
import { GUIDE_IDS, type GuideId, MAX_PROMPTS_PER_GUIDE } from './situationGuides';
import { checkPromptText, PROMPT_TEXT_MAX } from './textLimits';

/**
 * The leader's own agenda template, stored in the leader's drive (not in any shared space): the
 * guiding prompts they prefer per section. A section without custom prompts shows the defaults in
 * the viewer's language; custom prompts are shown as written, whatever the language.
 */

export const AGENDA_TEMPLATE_SCHEMA = 'one-on-one-agenda-template';
export const AGENDA_TEMPLATE_VERSION = 1;
export const MAX_PROMPTS_PER_SECTION = 8;

export interface AgendaTemplate {
  schema: typeof AGENDA_TEMPLATE_SCHEMA;
  version: typeof AGENDA_TEMPLATE_VERSION;
  /** Only sections the leader customized; never an empty list. */
  prompts: Partial<Record<SectionId, string[]>>;
  /** The leader's rewritten situation guides (`situationGuides.ts`); absent: all suggested. Never an empty list. */
  guides?: Partial<Record<GuideId, string[]>>;
  updatedAt: IsoInstant;
}

const promptListSchema = z.array(textSchema(PROMPT_TEXT_MAX)).min(1).max(MAX_PROMPTS_PER_SECTION);
const guideListSchema = z.array(textSchema(PROMPT_TEXT_MAX)).min(1).max(MAX_PROMPTS_PER_GUIDE);

export const agendaTemplateSchema: z.ZodType<AgendaTemplate> = z.strictObject({
  schema: z.literal(AGENDA_TEMPLATE_SCHEMA),
  version: z.literal(AGENDA_TEMPLATE_VERSION),
  prompts: z.strictObject({
    checkIn: promptListSchema.optional(),
    direction: promptListSchema.optional(),
    capability: promptListSchema.optional(),
    accountability: promptListSchema.optional(),
  }),
  guides: z
    .strictObject({
      settingExpectations: guideListSchema.optional(),
      difficultMessage: guideListSchema.optional(),
      stretchHighPerformer: guideListSchema.optional(),
      earlyUnderperformance: guideListSchema.optional(),
    })
    .optional(),
  updatedAt: isoInstantSchema,
});

/** The prompts to show per section: the leader's where they wrote some, else the defaults. */
export function effectivePrompts(
  template: AgendaTemplate | null,
  locale: Locale,
): Readonly<Record<SectionId, readonly string[]>> {
  const defaults = DEFAULT_PROMPTS[locale];
  const pick = (id: SectionId): readonly string[] => {
    const custom = template?.prompts[id];
    return custom !== undefined && custom.length > 0 ? custom : defaults[id];
  };
  return {
    checkIn: pick('checkIn'),
    direction: pick('direction'),
    capability: pick('capability'),
    accountability: pick('accountability'),
  };
}

export type PromptProblem =
  | { index: number; reason: 'empty' }
  | { index: number; reason: 'too-long'; length: number; maxLength: number }
  | { reason: 'too-many'; count: number; max: number };

export type TemplateEditResult =
  | { ok: true; template: AgendaTemplate }
  | { ok: false; problems: PromptProblem[] };

/**
 * Replaces one section's prompts. Each is cleaned (`textLimits`); an empty one or one over 500
 * characters is reported by index, as is a list longer than 8, so the editor can point at it.
 * An empty list returns the section to the defaults.
 */
export function editTemplatePrompts(
  template: AgendaTemplate | null,
  section: SectionId,
  prompts: readonly string[],
  now: Date | string,
): TemplateEditResult {
  const problems: PromptProblem[] = [];
  if (prompts.length > MAX_PROMPTS_PER_SECTION) {
    problems.push({ reason: 'too-many', count: prompts.length, max: MAX_PROMPTS_PER_SECTION });
  }
  const cleaned: string[] = [];
  prompts.forEach((prompt, index) => {
    const check = checkPromptText(prompt);
    if (check.ok) cleaned.push(check.value);
    else if (check.reason === 'empty') problems.push({ index, reason: 'empty' });
    else problems.push({ index, reason: 'too-long', length: check.length, maxLength: check.maxLength });
  });
  if (problems.length > 0) return { ok: false, problems };
  const next: Partial<Record<SectionId, string[]>> = { ...template?.prompts };
  if (cleaned.length === 0) delete next[section];
  else next[section] = cleaned;
  return { ok: true, template: templateWith(next, now, template?.guides) };
}

/** Back to the defaults: one section, or every section when `section` is omitted. */
export function resetTemplate(
  template: AgendaTemplate | null,
  now: Date | string,
  section?: SectionId,
): AgendaTemplate {
  const next: Partial<Record<SectionId, string[]>> = section === undefined ? {} : { ...template?.prompts };
  if (section !== undefined) delete next[section];
  return templateWith(next, now, template?.guides);
}

/**
 * Rewrites one situation guide with the same checks as a section's prompts (at most
 * `MAX_PROMPTS_PER_GUIDE`); an empty list or null returns it to the suggested prompts.
 */
export function editTemplateGuide(
  template: AgendaTemplate | null,
  guide: GuideId,
  prompts: readonly string[] | null,
  now: Date | string,
): TemplateEditResult {
  const problems: PromptProblem[] = [];
  const list = prompts ?? [];
  if (list.length > MAX_PROMPTS_PER_GUIDE) {
    problems.push({ reason: 'too-many', count: list.length, max: MAX_PROMPTS_PER_GUIDE });
  }
  const cleaned: string[] = [];
  list.forEach((prompt, index) => {
    const check = checkPromptText(prompt);
    if (check.ok) cleaned.push(check.value);
    else if (check.reason === 'empty') problems.push({ index, reason: 'empty' });
    else problems.push({ index, reason: 'too-long', length: check.length, maxLength: check.maxLength });
  });
  if (problems.length > 0) return { ok: false, problems };
  const guides: Partial<Record<GuideId, string[]>> = { ...template?.guides };
  if (cleaned.length === 0) delete guides[guide];
  else guides[guide] = cleaned;
  return { ok: true, template: templateWith({ ...template?.prompts }, now, guides) };
}

function templateWith(
  prompts: Partial<Record<SectionId, string[]>>,
  now: Date | string,
  guides: Partial<Record<GuideId, string[]>> | undefined,
): AgendaTemplate {
  const updatedAt = toIsoInstant(now);
  if (updatedAt === null) throw new RangeError('now is not a valid instant');
  const ordered: Partial<Record<SectionId, string[]>> = {};
  for (const id of SECTION_IDS) {
    const list = prompts[id];
    if (list !== undefined) ordered[id] = list;
  }
  const template: AgendaTemplate = {
    schema: AGENDA_TEMPLATE_SCHEMA,
    version: AGENDA_TEMPLATE_VERSION,
    prompts: ordered,
    updatedAt,
  };
  const orderedGuides: Partial<Record<GuideId, string[]>> = {};
  for (const id of GUIDE_IDS) {
    const list = guides?.[id];
    if (list !== undefined && list.length > 0) orderedGuides[id] = list;
  }
  // A template without rewritten guides stays byte for byte what version 1 of the app wrote.
  if (Object.keys(orderedGuides).length > 0) template.guides = orderedGuides;
  return template;
}

export function parseAgendaTemplate(raw: string): DocumentParseResult<AgendaTemplate> {
  return parseVersionedDocument(raw, {
    schema: AGENDA_TEMPLATE_SCHEMA,
    version: AGENDA_TEMPLATE_VERSION,
    label: 'agenda template',
    zodSchema: agendaTemplateSchema,
  });
}

function canonicalPromptsAndGuides(template: AgendaTemplate): Pick<AgendaTemplate, 'prompts' | 'guides'> {
  const canonical = templateWith(template.prompts, template.updatedAt, template.guides);
  return canonical.guides
    ? { prompts: canonical.prompts, guides: canonical.guides }
    : { prompts: canonical.prompts };
}

export function serializeAgendaTemplate(template: AgendaTemplate): string {
  return formatDocumentJson({
    schema: template.schema,
    version: template.version,
    updatedAt: template.updatedAt,
    ...canonicalPromptsAndGuides(template),
  });
}
