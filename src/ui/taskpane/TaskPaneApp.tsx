import { Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1 } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppointmentAgenda } from '../../services/agenda/openAppointmentAgenda';
import type { OpenedPairAgenda } from '../../services/agenda/openPairAgenda';
import { DeferredAgendaView, preloadAgendaView } from '../agenda/DeferredAgendaView';
import { useStrings } from '../i18n/useStrings';
import { LoadStatus } from '../LoadStatus';
import { OneOnOnesSkeleton } from '../myOneOnOnes/OneOnOnesSkeleton';
import { useLoader } from '../useLoader';
import { usePageStyles } from '../usePageStyles.styles';

export type TaskPaneAgenda = AppointmentAgenda | { kind: 'no-appointment' };

interface TaskPaneAppProps {
  load: () => Promise<TaskPaneAgenda>;
  /** Compose only: writes the agenda block into the invite being composed. */
  insertAgenda: ((opened: OpenedPairAgenda) => Promise<'inserted' | 'unchanged'>) | null;
  onSignIn?: (() => void | Promise<void>) | undefined;
}

/** The Outlook task pane on an appointment: its 1:1 agenda, and "Insert or refresh agenda" while composing. */
export function TaskPaneApp({ load, insertAgenda, onSignIn }: TaskPaneAppProps) {
  const styles = usePageStyles();
  const { strings } = useStrings();
  const stableLoad = useCallback(() => load(), [load]);
  const { state, retry } = useLoader(stableLoad);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const disposed = useRef(false);
  // The agenda's code loads while the appointment and its 1:1 are looked up, not before.
  useEffect(preloadAgendaView, []);
  useEffect(() => {
    if (state.status === 'ready' && state.value.kind === 'one-on-one') {
      const { session } = state.value.opened;
      return () => {
        disposed.current = true;
        session.dispose();
      };
    }
  }, [state]);

  const insert = async (opened: OpenedPairAgenda) => {
    if (!insertAgenda) return;
    try {
      const result = await insertAgenda(opened);
      setOutcome({
        ok: true,
        text: result === 'inserted' ? strings.agendaInserted : strings.agendaAlreadyThere,
      });
    } catch {
      setOutcome({ ok: false, text: strings.agendaInsertFailed });
    }
  };

  return (
    <main className={styles.taskPane} aria-busy={state.status === 'loading'}>
      <LoadStatus
        state={state}
        loadingLabel={strings.agendaLoading}
        errorTitle={strings.agendaLoadError}
        onRetry={retry}
        onSignIn={onSignIn}
      />
      {state.status === 'ready' && state.value.kind === 'no-appointment' ? (
        <MessageBar intent="info">
          <MessageBarBody>{strings.taskPaneNoAppointment}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'ready' && state.value.kind === 'not-one-on-one' ? (
        <MessageBar intent="info" layout="multiline" data-testid="not-one-on-one">
          <MessageBarBody>
            <MessageBarTitle>{strings.taskPaneNotOneOnOneTitle}</MessageBarTitle>
            {strings.taskPaneNotOneOnOneBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'ready' && state.value.kind === 'one-on-one' ? (
        <>
          <Subtitle1 as="h1">
            {strings.agendaTitle(state.value.opened.session.participants.counterpart.name)}
          </Subtitle1>
          {insertAgenda ? (
            <Button
              appearance="primary"
              onClick={() => state.value.kind === 'one-on-one' && insert(state.value.opened)}
            >
              {strings.insertAgenda}
            </Button>
          ) : null}
          {outcome ? (
            <MessageBar intent={outcome.ok ? 'success' : 'error'} role="status">
              <MessageBarBody>{outcome.text}</MessageBarBody>
            </MessageBar>
          ) : null}
          <DeferredAgendaView
            session={state.value.opened.session}
            occurrences={state.value.opened.occurrences}
            fallback={<OneOnOnesSkeleton label={strings.agendaLoading} />}
          />
        </>
      ) : null}
    </main>
  );
}
