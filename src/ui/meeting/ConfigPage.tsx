import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
} from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import { useStrings } from '../i18n/useStrings';
import { LoadErrorMessage } from '../LoadErrorMessage';
import { useLoader } from '../useLoader';
import { usePageStyles } from '../usePageStyles.styles';

export type ConfigPreparation =
  | { kind: 'ready'; counterpartName: string }
  | { kind: 'not-one-on-one'; subject: string }
  | { kind: 'not-found' };

interface ConfigPageProps {
  /** Finds the meeting's 1:1 and makes sure its shared space exists. */
  prepare: () => Promise<ConfigPreparation>;
  onPrepared: (preparation: ConfigPreparation) => void;
}

/** Shown when the app is added to a meeting: it prepares the space, then Teams' Save button saves the tab. */
export function ConfigPage({ prepare, onPrepared }: ConfigPageProps) {
  const styles = usePageStyles();
  const { strings } = useStrings();
  const load = useCallback(() => prepare(), [prepare]);
  const { state, retry } = useLoader(load);
  useEffect(() => {
    if (state.status === 'ready') onPrepared(state.value);
  }, [state, onPrepared]);
  return (
    <main className={styles.dialogPage}>
      <Subtitle1 as="h1">{strings.configTitle}</Subtitle1>
      {state.status === 'loading' ? <Spinner label={strings.configPreparing} /> : null}
      {state.status === 'error' ? (
        <LoadErrorMessage title={strings.meetingLoadError} error={state.error} onRetry={retry} />
      ) : null}
      {state.status === 'ready' && state.value.kind === 'ready' ? (
        <Text role="status">{strings.configReady(state.value.counterpartName)}</Text>
      ) : null}
      {state.status === 'ready' && state.value.kind !== 'ready' ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>
              {state.value.kind === 'not-one-on-one'
                ? strings.notOneOnOneTitle
                : strings.meetingNotFoundTitle}
            </MessageBarTitle>
            {state.value.kind === 'not-one-on-one'
              ? strings.notOneOnOneBody(state.value.subject)
              : strings.meetingNotFoundBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </main>
  );
}
