import { useEffect, useState } from 'react';
import type { SyncedDriveDocument, SyncSnapshot } from '../../services/storage/syncedDriveDocument';

/** The latest snapshot of a synced document; re-renders on every local edit and status change. */
export function useSyncedDocument<Doc, Edit>(
  document: SyncedDriveDocument<Doc, Edit> | null,
): SyncSnapshot<Doc> | null {
  const [snapshot, setSnapshot] = useState(() => document?.snapshot() ?? null);
  useEffect(() => {
    if (!document) return;
    setSnapshot(document.snapshot());
    return document.subscribe(setSnapshot);
  }, [document]);
  return snapshot;
}
