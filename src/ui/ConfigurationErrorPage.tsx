import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from './i18n/useStrings';
import { usePageStyles } from './usePageStyles.styles';

/** A production build without a client id says so; it never falls back to the demo tenant. */
export function ConfigurationErrorPage() {
  const styles = usePageStyles();
  const { strings } = useStrings();
  return (
    <main className={styles.messagePage}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{strings.configErrorTitle}</MessageBarTitle>
          {strings.configErrorBody}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
