import { useEffect, useMemo, useRef, useState } from 'react';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import type { TodoSyncApi } from './TodoSyncApi';
import { TodoSyncSwitch } from './TodoSyncSwitch';
import { useTodoSync } from './useTodoSync';

const RESYNC_MS = 60_000;
const AFTER_EDIT_MS = 1_500;

/** Fingerprint of the action items' owners and statuses: a change of these is worth a sync. */
function actionItemsFingerprint(session: AgendaSession): string {
  const document = session.space?.snapshot().document;
  return (document?.actionItems ?? [])
    .map((item) => `${item.id}:${item.owner}:${item.status}:${item.deleted}`)
    .join('|');
}

/**
 * The To Do switch of an open agenda, and its syncs: when the agenda opens, shortly after the person's action
 * items change, and every minute while the app is in view (so a task completed in To Do closes its item).
 */
export function AgendaTodoSync({ session, todo }: { session: AgendaSession; todo: TodoSyncApi }) {
  const userId = session.participants.me.id;
  const [on, setOn] = useState(() => todo.isOn(userId));
  const sync = useMemo(() => (session.space ? () => todo.syncSession(session) : null), [session, todo]);
  const { status, run } = useTodoSync(on, sync);
  const [fingerprint, setFingerprint] = useState(() => actionItemsFingerprint(session));
  useEffect(() => session.space?.subscribe(() => setFingerprint(actionItemsFingerprint(session))), [session]);
  const seen = useRef(fingerprint);
  useEffect(() => {
    // The first sync runs on open; later ones follow a change of the items, once typing has settled.
    if (seen.current === fingerprint) return;
    seen.current = fingerprint;
    const timer = window.setTimeout(run, AFTER_EDIT_MS);
    return () => window.clearTimeout(timer);
  }, [fingerprint, run]);
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (window.document.visibilityState === 'visible') run();
    }, RESYNC_MS);
    return () => window.clearInterval(timer);
  }, [run]);
  if (!session.space) return null;
  return (
    <TodoSyncSwitch
      on={on}
      status={status}
      onChange={(checked) => {
        todo.set(userId, checked);
        setOn(checked);
      }}
    />
  );
}
