import { Button, Title2 } from '@fluentui/react-components';
import { ArrowLeftRegular, DocumentTextRegular } from '@fluentui/react-icons';
import { useCallback, useEffect } from 'react';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import type { PairOccurrence } from '../../services/agenda/loadPairOccurrences';
import { useStrings } from '../i18n/useStrings';
import { LoadStatus } from '../LoadStatus';
import { AgendaTodoSync } from '../todo/AgendaTodoSync';
import type { TodoSyncApi } from '../todo/TodoSyncApi';
import { useLoader } from '../useLoader';
import { usePageStyles } from '../usePageStyles.styles';
import { AgendaView, type InviteWriter } from './AgendaView';

export interface OpenedAgenda {
  session: AgendaSession;
  occurrences: PairOccurrence[];
}

interface AgendaPageProps {
  counterpartName: string;
  openAgenda: () => Promise<OpenedAgenda>;
  onBack: () => void;
  onSignIn?: (() => void | Promise<void>) | undefined;
  invite?: InviteWriter | undefined;
  /** Microsoft To Do sync of the person's own action items, when offered. */
  todo?: TodoSyncApi | undefined;
  /** Opens the pair's conversation record, when offered. */
  onOpenRecord?: (() => void) | undefined;
}

/** The agenda of one 1:1 pair in the personal tab, with a way back to the list. */
export function AgendaPage({
  counterpartName,
  openAgenda,
  onBack,
  onSignIn,
  invite,
  todo,
  onOpenRecord,
}: AgendaPageProps) {
  const styles = usePageStyles();
  const { strings } = useStrings();
  const load = useCallback(() => openAgenda(), [openAgenda]);
  const { state, retry } = useLoader(load);
  useEffect(() => {
    if (state.status !== 'ready') return;
    performance.mark('agenda-visible');
    return () => state.value.session.dispose();
  }, [state]);
  return (
    <main className={styles.tabPage} aria-busy={state.status === 'loading'}>
      <div>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {strings.backToList}
        </Button>
        {onOpenRecord ? (
          <Button appearance="subtle" icon={<DocumentTextRegular />} onClick={onOpenRecord}>
            {strings.conversationRecord}
          </Button>
        ) : null}
      </div>
      <Title2 as="h1">
        {strings.agendaTitle(
          state.status === 'ready' ? state.value.session.participants.counterpart.name : counterpartName,
        )}
      </Title2>
      <LoadStatus
        state={state}
        loadingLabel={strings.agendaLoading}
        errorTitle={strings.agendaLoadError}
        onRetry={retry}
        onSignIn={onSignIn}
      />
      {state.status === 'ready' && todo ? <AgendaTodoSync session={state.value.session} todo={todo} /> : null}
      {state.status === 'ready' ? (
        <AgendaView session={state.value.session} occurrences={state.value.occurrences} invite={invite} />
      ) : null}
    </main>
  );
}
