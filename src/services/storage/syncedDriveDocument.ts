import type { DocumentParseFailure, DocumentParseResult } from '../../domain/space/parseVersionedDocument';
import type { GraphConnection } from '../../graph/createGraphClient';
import {
  type DriveFileId,
  type DriveFileLocation,
  type DriveFileVersion,
  readDriveFile,
  writeDriveFile,
} from '../../graph/driveFiles';
import { GraphRequestError, isTransientFailure } from '../../graph/graphRequestError';
import type { KeyValueStore } from '../../host/keyValueStore';

/** How a document and its edits are read, merged and written; the rules live in the domain. */
export interface DocumentCodec<Doc, Edit> {
  parse(raw: string): DocumentParseResult<Doc>;
  serialize(document: Doc): string;
  merge(a: Doc, b: Doc): Doc;
  apply(document: Doc, edits: readonly Edit[]): Doc;
  editId(edit: Edit): string;
  /** Validates an edit read back from the outbox; null drops it (it cannot be replayed). */
  parseEdit(value: unknown): Edit | null;
  /**
   * A file that a newer version of the app wrote, read as far as this version can, to show it read-only
   * (null: nothing to show). Never written, merged or edited.
   */
  readNewer?(raw: string): Doc | null;
}

export type SyncStatus =
  | { state: 'loading' }
  | { state: 'saved' }
  | { state: 'saving' }
  /** Graph is unreachable, throttling or down: edits wait in the outbox and are retried. */
  | { state: 'offline' }
  /**
   * The stored file is not a document we can edit: it is never overwritten. `newer-version`: a newer release
   * of the app wrote it (update the app); `unreadable`: it is damaged or not ours.
   */
  | { state: 'unreadable'; reason: DocumentParseFailure['reason']; problems: string[] }
  | { state: 'error'; error: GraphRequestError };

export interface SyncSnapshot<Doc> {
  document: Doc | null;
  /** With status `unreadable` / `newer-version`: what the file says, read-only (`DocumentCodec.readNewer`). */
  readOnlyDocument: Doc | null;
  status: SyncStatus;
  pendingEdits: number;
  file: DriveFileId | null;
}

/**
 * Where the file is. A function is asked on each read or write until the file is known (its failure is the
 * document's failure): the organisation's library must be looked up first, and a lookup that was refused
 * (403/404) must show as this document's error, with its retry, not stop the agenda from opening.
 */
export type DocumentLocation = DriveFileLocation | (() => Promise<DriveFileLocation>);

export interface SyncedDriveDocumentOptions<Doc, Edit> {
  graph: GraphConnection;
  location: DocumentLocation;
  codec: DocumentCodec<Doc, Edit>;
  store: KeyValueStore;
  /** The outbox key: unique per signed-in user and file. */
  storeKey: string;
  /**
   * When the file does not exist yet: the document to start from. `eager` writes it on load (the space must
   * exist to be shared); otherwise it is written with the first edit.
   */
  create?: { initial: () => Doc; eager?: boolean };
  /** Retry back-off after a transient failure; false in tests that drive `flush` themselves. */
  autoRetry?: false | { firstDelayMs: number; maxDelayMs: number };
}

interface OutboxRecord {
  edits: unknown[];
  /** Our latest merged copy, kept so acknowledged edits are re-sent if a racing write dropped them. */
  local: string | null;
}

const MAX_CONFLICT_ROUNDS = 8;

/**
 * One JSON document in OneDrive, edited locally and written with optimistic concurrency:
 * every write carries If-Match; a 412 re-reads, merges and tries again. Edits wait in a persistent outbox
 * until a write that contains them succeeds, so an edit survives a dropped network and a reload.
 */
export class SyncedDriveDocument<Doc, Edit> {
  private remote: DriveFileVersion | null = null;
  private remoteDocument: Doc | null = null;
  private local: Doc | null = null;
  private readOnly: Doc | null = null;
  private pending: Edit[] = [];
  private status: SyncStatus = { state: 'loading' };
  private listeners = new Set<(snapshot: SyncSnapshot<Doc>) => void>();
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelayMs = 0;

  constructor(private readonly options: SyncedDriveDocumentOptions<Doc, Edit>) {
    this.restoreOutbox();
  }

  snapshot(): SyncSnapshot<Doc> {
    const document = this.local ? this.options.codec.apply(this.local, this.pending) : null;
    return {
      document,
      readOnlyDocument: this.readOnly,
      status: this.status,
      pendingEdits: this.pending.length,
      file: this.remote
        ? { driveId: this.remote.driveId, itemId: this.remote.itemId, eTag: this.remote.eTag }
        : null,
    };
  }

  subscribe(listener: (snapshot: SyncSnapshot<Doc>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the file (creating it when allowed), merges what the outbox holds, and sends pending edits. */
  async load(): Promise<void> {
    try {
      if (await this.pull()) await this.writeIfNeeded();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Re-reads the file to pick up the other person's changes. Never writes unless edits are waiting. */
  async refresh(): Promise<void> {
    if (this.status.state === 'unreadable') return;
    try {
      if (await this.pull()) await this.writeIfNeeded();
    } catch (error) {
      this.fail(error);
    }
  }

  /** After a read: sends waiting edits, and creates an eager document that is still missing (a failed load). */
  private async writeIfNeeded(): Promise<void> {
    if (this.pending.length > 0 || (this.remote === null && this.options.create?.eager)) await this.flush();
    else this.setStatus({ state: 'saved' });
  }

  /** Applies an edit at once and queues it for writing. */
  submit(edit: Edit): void {
    this.pending.push(edit);
    this.saveOutbox();
    this.notify();
    void this.flush();
  }

  /** Writes pending edits; resolves when the outbox is empty or the write failed for now. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.flushAgain = false;
          await this.writeOnce();
        } while (this.flushAgain && this.status.state === 'saved');
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  dispose(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listeners.clear();
  }

  private async writeOnce(): Promise<void> {
    if (this.status.state === 'unreadable') return;
    if (!this.local) return;
    const { codec, graph } = this.options;
    this.setStatus({ state: 'saving' });
    try {
      for (let round = 0; round < MAX_CONFLICT_ROUNDS; round++) {
        const sending = [...this.pending];
        const base = this.remoteDocument ? codec.merge(this.remoteDocument, this.local) : this.local;
        const target = codec.apply(base, sending);
        const precondition = this.remote ? { ifMatch: this.remote.eTag } : ({ ifNoneMatch: '*' } as const);
        const writeTo = this.remote
          ? { driveId: this.remote.driveId, itemId: this.remote.itemId }
          : await this.location();
        try {
          const file = await writeDriveFile(graph, writeTo, codec.serialize(target), precondition);
          this.remote = { ...file, text: codec.serialize(target) };
          this.remoteDocument = target;
          this.local = target;
          const sent = new Set(sending.map((edit) => codec.editId(edit)));
          this.pending = this.pending.filter((edit) => !sent.has(codec.editId(edit)));
          this.saveOutbox();
          this.retryDelayMs = 0;
          this.setStatus({ state: 'saved' });
          return;
        } catch (error) {
          if (!(error instanceof GraphRequestError && error.kind === 'conflict')) throw error;
          // Someone wrote first (or created the file first): read their version and merge before trying again.
          if (!(await this.pull())) return;
        }
      }
      throw new GraphRequestError('conflict', 'The document kept changing while saving');
    } catch (error) {
      this.fail(error);
    }
  }

  /** Reads the remote file into `remote`; false when it is unreadable (and so must never be written). */
  private async pull(): Promise<boolean> {
    const { codec, graph, create } = this.options;
    const where = this.remote
      ? { driveId: this.remote.driveId, itemId: this.remote.itemId }
      : await this.location();
    const file = await readDriveFile(graph, where);
    if (!file) {
      if (!create) throw new GraphRequestError('not-found', 'The agenda document does not exist', 404);
      this.remote = null;
      this.remoteDocument = null;
      this.local = this.local ?? create.initial();
      return true;
    }
    const parsed = codec.parse(file.text);
    if (!parsed.ok) {
      this.readOnly = parsed.reason === 'newer-version' ? (codec.readNewer?.(file.text) ?? null) : null;
      this.setStatus({ state: 'unreadable', reason: parsed.reason, problems: parsed.problems });
      return false;
    }
    this.remote = file;
    this.remoteDocument = parsed.document;
    this.local = this.local ? codec.merge(parsed.document, this.local) : parsed.document;
    this.saveOutbox();
    this.notify();
    return true;
  }

  private location(): Promise<DriveFileLocation> {
    const { location } = this.options;
    return typeof location === 'function' ? location() : Promise.resolve(location);
  }

  private fail(error: unknown): void {
    const failure =
      error instanceof GraphRequestError ? error : new GraphRequestError('unknown', String(error));
    if (isTransientFailure(failure.kind)) {
      this.setStatus({ state: 'offline' });
      this.scheduleRetry();
    } else {
      this.setStatus({ state: 'error', error: failure });
    }
  }

  private scheduleRetry(): void {
    const policy = this.options.autoRetry ?? { firstDelayMs: 2_000, maxDelayMs: 30_000 };
    if (policy === false || this.retryTimer) return;
    this.retryDelayMs = Math.min(
      policy.maxDelayMs,
      this.retryDelayMs ? this.retryDelayMs * 2 : policy.firstDelayMs,
    );
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void (this.remote || this.local ? this.flush() : this.load());
    }, this.retryDelayMs);
  }

  private setStatus(status: SyncStatus): void {
    this.status = status;
    this.notify();
  }

  private notify(): void {
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }

  private restoreOutbox(): void {
    const raw = this.options.store.get(this.options.storeKey);
    if (!raw) return;
    try {
      const record = JSON.parse(raw) as OutboxRecord;
      const { codec } = this.options;
      this.pending = (Array.isArray(record.edits) ? record.edits : []).flatMap((value) => {
        const edit = codec.parseEdit(value);
        return edit ? [edit] : [];
      });
      if (typeof record.local === 'string') {
        const parsed = codec.parse(record.local);
        if (parsed.ok) this.local = parsed.document;
      }
    } catch {
      // An outbox we cannot read is ignored; it is replaced by the next save.
    }
  }

  private saveOutbox(): void {
    const record: OutboxRecord = {
      edits: this.pending,
      local: this.local ? this.options.codec.serialize(this.local) : null,
    };
    this.options.store.set(this.options.storeKey, JSON.stringify(record));
  }
}
