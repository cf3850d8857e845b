import { useCallback, useEffect, useRef, useState } from 'react';
import type { TodoSyncResult } from '../../services/todo/syncActionItemTasks';
import type { TodoSyncStatus } from './TodoSyncSwitch';

/**
 * Runs a To Do sync while the setting is on: at once, and again whenever `run` is called (a change in the
 * app, a timer). Runs never overlap; a request during a run makes one more run after it.
 */
export function useTodoSync(
  enabled: boolean,
  sync: (() => Promise<TodoSyncResult>) | null,
): { status: TodoSyncStatus; run: () => void } {
  const [status, setStatus] = useState<TodoSyncStatus>({ state: 'off' });
  const running = useRef(false);
  const again = useRef(false);
  const current = useRef({ enabled, sync });
  current.current = { enabled, sync };

  const run = useCallback(() => {
    const { enabled: on, sync: doSync } = current.current;
    if (!on || !doSync) return;
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    setStatus({ state: 'syncing' });
    doSync()
      .then(
        (result) => setStatus({ state: 'synced', created: result.created, closed: result.closed }),
        () => setStatus({ state: 'failed' }),
      )
      .finally(() => {
        running.current = false;
        if (again.current) {
          again.current = false;
          run();
        }
      });
  }, []);

  useEffect(() => {
    if (enabled && sync) run();
    else setStatus({ state: 'off' });
  }, [enabled, sync, run]);
  return { status, run };
}
