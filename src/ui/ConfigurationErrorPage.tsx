import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from './i18n/useStrings';

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalXL, maxWidth: '720px' } });

/** A production build without a client id says so; it never falls back to the demo tenant. */
export function ConfigurationErrorPage() {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{strings.configErrorTitle}</MessageBarTitle>
          {strings.configErrorBody}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
