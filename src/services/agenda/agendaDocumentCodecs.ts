import type { SectionId } from '../../domain/space/agendaSections';
import {
  type AgendaTemplate,
  editTemplateGuide,
  editTemplatePrompts,
  parseAgendaTemplate,
  resetTemplate,
  serializeAgendaTemplate,
} from '../../domain/space/agendaTemplate';
import { mergeSpaceDocuments } from '../../domain/space/mergeSpaceDocuments';
import type { OccurrenceKey } from '../../domain/space/occurrenceKey';
import { parseSpaceDocument, serializeSpaceDocument } from '../../domain/space/parseSpaceDocument';
import {
  addPendingEdit,
  type PendingTopics,
  parsePendingTopics,
  removePendingEdits,
  serializePendingTopics,
} from '../../domain/space/pendingTopics';
import {
  mergePrivateNotes,
  type PrivateNotes,
  parsePrivateNotes,
  serializePrivateNotes,
  setPrivateNote,
} from '../../domain/space/privateNotes';
import { readNewerSpaceDocument } from '../../domain/space/readNewerSpaceDocument';
import type { GuideId } from '../../domain/space/situationGuides';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import { spaceEditSchema } from '../../domain/space/spaceEditSchema';
import { applySpaceEdits, type SpaceEdit } from '../../domain/space/spaceEdits';
import type { DocumentCodec } from '../storage/syncedDriveDocument';

export const spaceDocumentCodec: DocumentCodec<SpaceDocument, SpaceEdit> = {
  parse: parseSpaceDocument,
  serialize: serializeSpaceDocument,
  // Two devices may create the same pair's space at once: the one whose write won is the space; the other's
  // edits are still in its outbox and are applied on top.
  merge: (remote, local) => (remote.spaceId === local.spaceId ? mergeSpaceDocuments(remote, local) : remote),
  apply: applySpaceEdits,
  editId: (edit) => edit.id,
  parseEdit: (value) => {
    const parsed = spaceEditSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  readNewer: readNewerSpaceDocument,
};

export interface PrivateNoteEdit {
  id: string;
  occurrence: OccurrenceKey;
  text: string;
  at: string;
}

export const privateNotesCodec: DocumentCodec<PrivateNotes, PrivateNoteEdit> = {
  parse: parsePrivateNotes,
  serialize: serializePrivateNotes,
  merge: mergePrivateNotes,
  apply: (notes, edits) =>
    edits.reduce((current, edit) => {
      const result = setPrivateNote(current, edit.occurrence, edit.text, edit.at);
      return result.ok ? result.notes : current;
    }, notes),
  editId: (edit) => edit.id,
  parseEdit: (value) => {
    const edit = value as Partial<PrivateNoteEdit> | null;
    return edit &&
      typeof edit.id === 'string' &&
      typeof edit.occurrence === 'string' &&
      typeof edit.text === 'string' &&
      typeof edit.at === 'string'
      ? (edit as PrivateNoteEdit)
      : null;
  },
};

/** The employee's topics typed before the space exists: adds, and removal once the space holds them. */
export type PendingTopicsEdit = { id: string; add: SpaceEdit } | { id: string; remove: string[] };

export const pendingTopicsCodec: DocumentCodec<PendingTopics, PendingTopicsEdit> = {
  parse: parsePendingTopics,
  serialize: serializePendingTopics,
  // A union by edit id: an edit removed on one side and kept on the other comes back, which is harmless
  // because absorbing an edit twice changes nothing.
  merge: (a, b) => b.edits.reduce(addPendingEdit, a),
  apply: (pending, edits) =>
    edits.reduce(
      (current, edit) =>
        'add' in edit ? addPendingEdit(current, edit.add) : removePendingEdits(current, edit.remove),
      pending,
    ),
  editId: (edit) => edit.id,
  parseEdit: (value) => {
    const edit = value as { id?: unknown; add?: unknown; remove?: unknown } | null;
    if (!edit || typeof edit.id !== 'string') return null;
    if (Array.isArray(edit.remove))
      return { id: edit.id, remove: edit.remove.filter((id): id is string => typeof id === 'string') };
    const add = spaceEditSchema.safeParse(edit.add);
    return add.success ? { id: edit.id, add: add.data } : null;
  },
};

/** A template edit: new prompts for a section, an empty list or null resets it to the defaults. */
export interface TemplateEdit {
  id: string;
  at: string;
  section: SectionId | null;
  prompts: string[] | null;
  /** When present the edit rewrites this situation guide (null prompts: back to the suggested ones). */
  guide?: GuideId;
}

export const agendaTemplateCodec: DocumentCodec<AgendaTemplate, TemplateEdit> = {
  parse: parseAgendaTemplate,
  serialize: serializeAgendaTemplate,
  // The template belongs to one person: the copy edited last wins.
  merge: (a, b) => (b.updatedAt > a.updatedAt ? b : a),
  apply: (template, edits) =>
    edits.reduce((current, edit) => {
      if (edit.guide !== undefined) {
        const guide = editTemplateGuide(current, edit.guide, edit.prompts, edit.at);
        return guide.ok ? guide.template : current;
      }
      if (edit.section === null) return resetTemplate(current, edit.at);
      if (!edit.prompts || edit.prompts.length === 0) return resetTemplate(current, edit.at, edit.section);
      const result = editTemplatePrompts(current, edit.section, edit.prompts, edit.at);
      return result.ok ? result.template : current;
    }, template),
  editId: (edit) => edit.id,
  parseEdit: (value) => {
    const edit = value as Partial<TemplateEdit> | null;
    return edit && typeof edit.id === 'string' && typeof edit.at === 'string' ? (edit as TemplateEdit) : null;
  },
};
