import { useEffect } from 'react';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import type { SyncedDriveDocument } from '../../services/storage/syncedDriveDocument';

/** How often an open agenda looks for the other person's changes while it stays on screen. */
export const SPACE_REFRESH_INTERVAL_MS = 30_000;

/**
 * The other person may be editing too: re-reads the shared space every 30 s while the app is visible, and
 * whenever the app gets the focus back.
 */
export function useSpaceRefresh(space: SyncedDriveDocument<SpaceDocument, SpaceEdit> | null): void {
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') void space?.refresh();
    };
    const timer = window.setInterval(refresh, SPACE_REFRESH_INTERVAL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [space]);
}
