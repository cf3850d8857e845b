import type { DirectoryPerson } from '../../domain/calendarEvent';
import { normalizeEmail } from '../../domain/normalizeEmail';
import { type AgendaTemplate, resetTemplate } from '../../domain/space/agendaTemplate';
import { createSpaceDocument } from '../../domain/space/createSpaceDocument';
import {
  absorbPendingTopics,
  createPendingTopics,
  type PendingTopics,
} from '../../domain/space/pendingTopics';
import { createPrivateNotes, type PrivateNotes } from '../../domain/space/privateNotes';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import {
  decodeSpaceReference,
  encodeSpaceReference,
  type SpaceReference,
} from '../../domain/space/spaceReference';
import { findSpaceReferenceInText } from '../../domain/space/spaceReferenceInText';
import type { SpaceRole } from '../../domain/space/spaceStamp';
import type { GraphConnection } from '../../graph/createGraphClient';
import { shareDriveFileWith } from '../../graph/driveFiles';
import { getEventBodies } from '../../graph/eventBody';
import type { KeyValueStore } from '../../host/keyValueStore';
import {
  type DocumentCodec,
  SyncedDriveDocument,
  type SyncedDriveDocumentOptions,
} from '../storage/syncedDriveDocument';
import {
  agendaTemplateCodec,
  type PendingTopicsEdit,
  type PrivateNoteEdit,
  pendingTopicsCodec,
  privateNotesCodec,
  spaceDocumentCodec,
  type TemplateEdit,
} from './agendaDocumentCodecs';
import { librarySpaceDocument } from './librarySpaceDocument';
import { LEADER_ONEDRIVE, type PairSpaceStore } from './pairSpaceStore';
import { SpaceSharing } from './spaceSharing';

/** Where each document lives in the signed-in user's app folder. */
export const AGENDA_PATHS = {
  space: (employeeEmail: string) => `spaces/${normalizeEmail(employeeEmail)}.json`,
  privateNotes: (counterpartEmail: string) => `private-notes/${normalizeEmail(counterpartEmail)}.json`,
  pendingTopics: (leaderEmail: string) => `pending-topics/${normalizeEmail(leaderEmail)}.json`,
  template: 'template.json',
} as const;

export interface AgendaParticipants {
  me: DirectoryPerson;
  counterpart: { email: string; name: string };
  myRole: SpaceRole;
}

export interface AgendaSession {
  participants: AgendaParticipants;
  /** The shared space; null for an employee whose leader has not published it yet. */
  space: SyncedDriveDocument<SpaceDocument, SpaceEdit> | null;
  /** The employee's topics typed before the space exists (employee only). */
  pending: SyncedDriveDocument<PendingTopics, PendingTopicsEdit> | null;
  privateNotes: SyncedDriveDocument<PrivateNotes, PrivateNoteEdit>;
  /** The leader's own template (leader only; the employee sees the default prompts). */
  template: SyncedDriveDocument<AgendaTemplate, TemplateEdit> | null;
  /**
   * Whether the space is shared with the employee (leader only, leader's OneDrive only: in the organisation's
   * library its permissions decide): a failure is shown with a retry.
   */
  sharing: SpaceSharing | null;
  /**
   * Where the space lives, for links and invites. The leader's is null until the space file is known, and is
   * set (before the space's other listeners hear of it) as soon as a later retry reads or writes the file.
   */
  readonly reference: SpaceReference | null;
  dispose(): void;
}

export interface OpenAgendaSessionOptions {
  graph: GraphConnection;
  store: KeyValueStore;
  participants: AgendaParticipants;
  /** Event ids of the pair's upcoming occurrences, where the leader's invite carries the space reference. */
  upcomingEventIds: () => Promise<readonly string[]>;
  /** A reference from a link or a meeting tab, when the app was opened through one. */
  reference?: SpaceReference | null;
  /**
   * The reference the agenda tab of the pair's meeting chat carries (the leader's Teams setup adds it), for an
   * invite without the agenda. Resolves null when there is none or it cannot be read; never rejects.
   */
  referenceInMeetingChats?: (() => Promise<SpaceReference | null>) | undefined;
  now: () => Date;
  /** Where the deployment keeps the spaces; the leader's OneDrive unless the build names a library. */
  spaces?: PairSpaceStore;
}

const referenceKey = (me: DirectoryPerson, counterpartEmail: string) =>
  `oneOnOne.spaceReference.${me.id}.${normalizeEmail(counterpartEmail)}`;
const outboxKey = (me: DirectoryPerson, path: string) => `oneOnOne.outbox.${me.id}.${path}`;
const sharedKey = (me: DirectoryPerson, reference: string) => `oneOnOne.shared.${me.id}.${reference}`;

/**
 * The employee finds the space through a link, a remembered reference, the leader's invite body, or the agenda
 * tab of the pair's meeting chat. The last two are read at the same time (no extra round trip); the invite wins
 * when both have one, and its answer is not held up by the tab read.
 */
async function findSpaceReference(options: OpenAgendaSessionOptions): Promise<SpaceReference | null> {
  const { store, participants } = options;
  if (options.reference) return options.reference;
  const remembered = store.get(referenceKey(participants.me, participants.counterpart.email));
  const decoded = remembered ? decodeSpaceReference(remembered) : null;
  if (decoded) return decoded;
  const inMeetingChats = (options.referenceInMeetingChats?.() ?? Promise.resolve(null)).catch(() => null);
  const inInvites = await referenceInInviteBodies(options);
  return inInvites ?? (await inMeetingChats);
}

async function referenceInInviteBodies(options: OpenAgendaSessionOptions): Promise<SpaceReference | null> {
  const eventIds = await options.upcomingEventIds();
  const bodies = eventIds.length > 0 ? await getEventBodies(options.graph, eventIds.slice(0, 5)) : [];
  for (const body of bodies) {
    const reference = findSpaceReferenceInText(body.content);
    if (reference) return reference;
  }
  return null;
}

/**
 * Opens the documents of one 1:1 pair. The leader's side creates the space in the leader's app folder and
 * shares it with the employee (write access, no e-mail). The employee opens it by reference; until there is
 * one, their topics go to a pending document in their own drive and join the space once it is found.
 */
export async function openAgendaSession(options: OpenAgendaSessionOptions): Promise<AgendaSession> {
  const { graph, store, participants } = options;
  const { me, counterpart, myRole } = participants;
  const privateNotes = appFolderDocument(
    options,
    AGENDA_PATHS.privateNotes(counterpart.email),
    privateNotesCodec,
    {
      initial: () => createPrivateNotes(counterpart.email),
    },
  );

  if (options.spaces?.kind === 'sharepoint-library') {
    return openLibraryAgendaSession(options, privateNotes);
  }

  if (myRole === 'leader') {
    const space = leaderSpaceDocument(options);
    const template = templateDocument(options);
    const sharing = new SpaceSharing((reference) => ensureSharedWithEmployee(options, reference));
    // Subscribed before anyone else, so a reference learnt later is in place when the view hears of the file.
    const published = referenceOnceKnown(space, (reference) => sharing.share(reference));
    await Promise.all([space.load(), privateNotes.load(), template.load()]);
    await published.sharing();
    return session(
      participants,
      { space, pending: null, privateNotes, template, sharing },
      published.current,
    );
  }

  const pending = appFolderDocument(
    options,
    AGENDA_PATHS.pendingTopics(counterpart.email),
    pendingTopicsCodec,
    {
      initial: () => createPendingTopics(counterpart.email),
    },
  );
  const [reference] = await Promise.all([findSpaceReference(options), privateNotes.load(), pending.load()]);
  let space: SyncedDriveDocument<SpaceDocument, SpaceEdit> | null = null;
  if (reference) {
    const encoded = encodeSpaceReference(reference);
    space = new SyncedDriveDocument({
      graph,
      store,
      location: reference,
      storeKey: outboxKey(me, `space.${encoded}`),
      codec: spaceDocumentCodec,
    });
    await space.load();
    if (space.snapshot().status.state === 'saved') {
      store.set(referenceKey(me, counterpart.email), encoded);
      await absorbPending(space, pending);
    }
  }
  return session(
    participants,
    { space, pending, privateNotes, template: null, sharing: null },
    () => reference,
  );
}

/**
 * The same session with the space in the organisation's library: both people open it at the pair's path (no
 * reference to find, no sharing step). The employee's topics wait in their pending document until the leader
 * has created the space, as in the leader's OneDrive; a library that is missing or refused stays the space's
 * error, so the agenda says so.
 */
async function openLibraryAgendaSession(
  options: OpenAgendaSessionOptions,
  privateNotes: SyncedDriveDocument<PrivateNotes, PrivateNoteEdit>,
): Promise<AgendaSession> {
  const { participants } = options;
  const isLeader = participants.myRole === 'leader';
  const space = leaderSpaceDocument(options);
  const template = isLeader ? templateDocument(options) : null;
  const pending = isLeader
    ? null
    : appFolderDocument(
        options,
        AGENDA_PATHS.pendingTopics(participants.counterpart.email),
        pendingTopicsCodec,
        { initial: () => createPendingTopics(participants.counterpart.email) },
      );
  const known = referenceOnceKnown(space, async () => undefined);
  await Promise.all([space.load(), privateNotes.load(), template?.load(), pending?.load()]);
  const status = space.snapshot().status;
  if (pending && status.state === 'saved') await absorbPending(space, pending);
  // The leader has not opened it yet: the employee sees the pending topics, as before a first share.
  const notThereYet =
    !isLeader && status.state === 'error' && status.error.kind === 'not-found' && !status.error.code;
  if (notThereYet) space.dispose();
  return session(
    participants,
    { space: notThereYet ? null : space, pending, privateNotes, template, sharing: null },
    known.current,
  );
}

/**
 * The leader's space file may become known only after the first load failed (offline, throttled) and a retry
 * succeeded; without this the session would stay without a reference (no "Update invite") until reopened.
 */
function referenceOnceKnown(
  space: SyncedDriveDocument<SpaceDocument, SpaceEdit>,
  share: (reference: SpaceReference) => Promise<void>,
): { current(): SpaceReference | null; sharing(): Promise<void> } {
  let reference: SpaceReference | null = null;
  let sharing: Promise<void> = Promise.resolve();
  const stop = space.subscribe(({ file }) => {
    if (reference || !file) return;
    reference = { driveId: file.driveId, itemId: file.itemId };
    stop();
    sharing = share(reference);
  });
  return { current: () => reference, sharing: () => sharing };
}

type DocumentOptions = Pick<OpenAgendaSessionOptions, 'graph' | 'store' | 'participants' | 'now' | 'spaces'>;

/**
 * The pair's shared space as the leader's side opens it: in the leader's app folder, created on first load so
 * it can be shared at once, or in the organisation's library when the deployment names one (the employee's
 * side opens that one the same way; only the leader's creates it). With `createIfMissing: false` (the team
 * view only reads) a missing space stays missing: load() ends not-found.
 */
export function leaderSpaceDocument(
  options: DocumentOptions,
  { createIfMissing = true }: { createIfMissing?: boolean } = {},
): SyncedDriveDocument<SpaceDocument, SpaceEdit> {
  const spaces = options.spaces ?? LEADER_ONEDRIVE;
  if (spaces.kind === 'sharepoint-library') {
    return librarySpaceDocument(
      { ...options, locator: spaces.locator, initial: () => newLeaderSpace(options) },
      { createIfMissing },
    );
  }
  return appFolderDocument(
    options,
    AGENDA_PATHS.space(options.participants.counterpart.email),
    spaceDocumentCodec,
    createIfMissing ? { initial: () => newLeaderSpace(options), eager: true } : undefined,
  );
}

/** A new, empty space for the pair, as the leader's side creates it (in their app folder or the library). */
export function newLeaderSpace({
  participants,
  now,
}: Pick<DocumentOptions, 'participants' | 'now'>): SpaceDocument {
  const { me, counterpart } = participants;
  return createSpaceDocument({
    spaceId: crypto.randomUUID(),
    leader: { id: me.id, email: me.email, name: me.displayName },
    // The directory id is not always known here; the email is the pair's identity anyway.
    employee: {
      id: counterpart.email,
      email: normalizeEmail(counterpart.email),
      name: counterpart.name,
    },
    now: now(),
  });
}

/** The leader's own prompts, in their app folder; written only when they edit it. */
export function templateDocument(options: DocumentOptions) {
  return appFolderDocument(options, AGENDA_PATHS.template, agendaTemplateCodec, {
    initial: () => resetTemplate(null, new Date(0)),
  });
}

/** A document at `path` in the signed-in user's app folder, with its outbox on this device. */
function appFolderDocument<Doc, Edit>(
  { graph, store, participants }: DocumentOptions,
  path: string,
  codec: DocumentCodec<Doc, Edit>,
  create: SyncedDriveDocumentOptions<Doc, Edit>['create'],
): SyncedDriveDocument<Doc, Edit> {
  return new SyncedDriveDocument({
    graph,
    store,
    location: { appFolderPath: path },
    storeKey: outboxKey(participants.me, path),
    codec,
    create,
  });
}

/**
 * The reference of a loaded leader space, once it is shared with the employee (in the organisation's library
 * there is nothing to share: its permissions decide).
 */
export async function publishedReference(
  options: DocumentOptions,
  space: SyncedDriveDocument<SpaceDocument, SpaceEdit>,
): Promise<SpaceReference | null> {
  const file = space.snapshot().file;
  if (!file) return null;
  const reference = { driveId: file.driveId, itemId: file.itemId };
  if (options.spaces?.kind === 'sharepoint-library') return reference;
  // These run in the background (invite sync, scheduling); the agenda the leader opens shares it again and
  // shows a failure with a retry, so the invite still gets its link.
  await ensureSharedWithEmployee(options, reference).catch(() => undefined);
  return reference;
}

/** Moves the employee's pending topics into the space, and clears them once the space write is acknowledged. */
async function absorbPending(
  space: SyncedDriveDocument<SpaceDocument, SpaceEdit>,
  pending: SyncedDriveDocument<PendingTopics, PendingTopicsEdit>,
): Promise<void> {
  const pendingDocument = pending.snapshot().document;
  const spaceDocument = space.snapshot().document;
  if (!pendingDocument || !spaceDocument || pendingDocument.edits.length === 0) return;
  const { absorbedEditIds } = absorbPendingTopics(spaceDocument, pendingDocument);
  if (absorbedEditIds.length === 0) return;
  for (const edit of pendingDocument.edits) space.submit(edit);
  await space.flush();
  if (space.snapshot().pendingEdits === 0) {
    pending.submit({ id: crypto.randomUUID(), remove: absorbedEditIds });
    await pending.flush();
  }
}

/**
 * Shares the space with the employee once per device; until it succeeds, it is tried again on each open (an
 * invite is idempotent in Graph). Throws the Graph failure.
 */
async function ensureSharedWithEmployee(options: DocumentOptions, reference: SpaceReference): Promise<void> {
  const { store, participants, graph } = options;
  const key = sharedKey(participants.me, encodeSpaceReference(reference));
  if (store.get(key)) return;
  await shareDriveFileWith(graph, reference, participants.counterpart.email, 'write');
  store.set(key, new Date().toISOString());
}

type SessionDocuments = Pick<AgendaSession, 'space' | 'pending' | 'privateNotes' | 'template' | 'sharing'>;

function session(
  participants: AgendaParticipants,
  documents: SessionDocuments,
  reference: () => SpaceReference | null,
): AgendaSession {
  const { space, pending, privateNotes, template } = documents;
  return {
    participants,
    ...documents,
    get reference() {
      return reference();
    },
    dispose() {
      for (const document of [space, pending, privateNotes, template]) document?.dispose();
    },
  };
}
