import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { AgendaParticipants } from '../../services/agenda/agendaSession';
import type { ResolvedMeeting } from '../../services/meeting/resolveMeeting';
import type { OpenedAgenda } from '../agenda/AgendaPage';
import type { InviteWriter } from '../agenda/AgendaView.types';
import { DeferredAgendaView, preloadAgendaView } from '../agenda/DeferredAgendaView';
import { useStrings } from '../i18n/useStrings';
import { LoadStatus } from '../LoadStatus';
import { OneOnOnesSkeleton } from '../myOneOnOnes/OneOnOnesSkeleton';
import { AgendaTodoSync } from '../todo/AgendaTodoSync';
import type { TodoSyncApi } from '../todo/TodoSyncApi';
import { useLoader } from '../useLoader';
import { usePageStyles } from '../usePageStyles.styles';

interface MeetingAgenda extends OpenedAgenda {
  meeting: ResolvedMeeting;
  occurrenceKey: string | null;
}

interface MeetingPanelAppProps {
  resolve: () => Promise<ResolvedMeeting>;
  openAgenda: (participants: AgendaParticipants) => Promise<OpenedAgenda>;
  /** The "My 1:1s" list, shown as a nested view when this meeting is not a 1:1. */
  renderMyOneOnOnes: () => ReactNode;
  onFirstResult: () => void;
  onSignIn?: (() => void | Promise<void>) | undefined;
  invite?: InviteWriter | undefined;
  /** Microsoft To Do for the person's action items, with its status, as on the agenda page. */
  todo?: TodoSyncApi | undefined;
}

/** The meeting side panel and details tab: the agenda of this very occurrence of the 1:1. */
export function MeetingPanelApp({
  resolve,
  openAgenda,
  renderMyOneOnOnes,
  onFirstResult,
  onSignIn,
  invite,
  todo,
}: MeetingPanelAppProps) {
  const styles = usePageStyles();
  const { strings } = useStrings();
  const [showList, setShowList] = useState(false);
  // Most meetings the panel opens in are 1:1s: fetch the agenda's code while the meeting is looked up.
  useEffect(preloadAgendaView, []);
  const load = useCallback(async (): Promise<MeetingAgenda | { meeting: ResolvedMeeting }> => {
    const meeting = await resolve();
    if (meeting.kind !== 'one-on-one') return { meeting };
    const opened = await openAgenda(meeting.participants);
    return { ...opened, meeting, occurrenceKey: meeting.occurrenceKey };
  }, [resolve, openAgenda]);
  const { state, retry } = useLoader(load);
  const reported = useRef(false);
  useEffect(() => {
    if (state.status === 'loading' || reported.current) return;
    reported.current = true;
    onFirstResult();
  }, [state, onFirstResult]);
  const markedVisible = useRef(false);
  const markAgendaVisible = useCallback(() => {
    // The benchmark's "agenda visible": the first agenda actually drawn, not the data that arrived for it.
    if (markedVisible.current) return;
    markedVisible.current = true;
    performance.mark('agenda-visible');
  }, []);
  useEffect(() => {
    if (state.status === 'ready' && 'session' in state.value) {
      const { session } = state.value;
      return () => session.dispose();
    }
  }, [state]);

  if (showList) {
    return (
      <div className={styles.sidePanel}>
        <div>
          <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => setShowList(false)}>
            {strings.back}
          </Button>
        </div>
        {renderMyOneOnOnes()}
      </div>
    );
  }
  return (
    <main className={styles.sidePanel} aria-busy={state.status === 'loading'}>
      <LoadStatus
        state={state}
        loadingLabel={strings.meetingLoading}
        errorTitle={strings.meetingLoadError}
        onRetry={retry}
        onSignIn={onSignIn}
      />
      {state.status === 'ready' && state.value.meeting.kind !== 'one-on-one' ? (
        <MessageBar intent="info" layout="multiline" data-testid="not-one-on-one">
          <MessageBarBody>
            <MessageBarTitle>
              {state.value.meeting.kind === 'not-one-on-one'
                ? strings.notOneOnOneTitle
                : strings.meetingNotFoundTitle}
            </MessageBarTitle>
            {state.value.meeting.kind === 'not-one-on-one'
              ? strings.notOneOnOneBody(state.value.meeting.subject)
              : strings.meetingNotFoundBody}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setShowList(true)}>{strings.openMyOneOnOnes}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.status === 'ready' && 'session' in state.value ? (
        <>
          <Subtitle1 as="h1">
            {strings.agendaTitle(state.value.session.participants.counterpart.name)}
          </Subtitle1>
          <DeferredAgendaView
            session={state.value.session}
            occurrences={state.value.occurrences}
            initialOccurrenceKey={state.value.occurrenceKey}
            invite={invite}
            fallback={<OneOnOnesSkeleton label={strings.meetingLoading} />}
            onShown={markAgendaVisible}
          />
          {todo ? <AgendaTodoSync session={state.value.session} todo={todo} /> : null}
        </>
      ) : null}
    </main>
  );
}
