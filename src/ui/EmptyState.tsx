import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { FluentIcon } from '@fluentui/react-icons';

const useStyles = makeStyles({
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    textAlign: 'center',
  },
  icon: { fontSize: '48px', color: tokens.colorNeutralForeground3 },
});

interface EmptyStateProps {
  icon: FluentIcon;
  title: string;
  body: string;
  /** Announce it when it replaces content the user was looking at (a new period, a refresh). */
  announce?: boolean;
}

/** The one look of "nothing here yet" on a page: an icon, a heading and a sentence that says why. */
export function EmptyState({ icon: Icon, title, body, announce = false }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <section className={styles.empty} aria-live={announce ? 'polite' : undefined}>
      <Icon className={styles.icon} aria-hidden="true" />
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Text>{body}</Text>
    </section>
  );
}
