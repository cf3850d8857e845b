import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../ui/i18n/useStrings';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  person: { maxWidth: '100%', minWidth: 0 },
});

export interface DemoPerson {
  id: string;
  displayName: string;
  jobTitle: string | null;
}

interface DemoBarProps {
  people: readonly DemoPerson[];
  currentUserId: string;
  onSwitchPerson: (userId: string) => void;
  onReset: () => void;
  /** False inside a Teams host, which names the user itself. */
  canSwitchPerson?: boolean;
}

/** Says plainly that this is the demo tenant, and lets the tester sign in as another person or reset the data. */
export function DemoBar({
  people,
  currentUserId,
  onSwitchPerson,
  onReset,
  canSwitchPerson = true,
}: DemoBarProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <section className={styles.bar} aria-label={strings.demoBanner}>
      <MessageBar intent="info">
        <MessageBarBody>{strings.demoBanner}</MessageBarBody>
      </MessageBar>
      {canSwitchPerson ? (
        <div className={styles.actions}>
          <Field label={strings.demoSignedInAs} className={styles.person}>
            <Select
              className={styles.person}
              value={currentUserId}
              onChange={(_, data) => onSwitchPerson(data.value)}
              data-testid="demo-person"
            >
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.jobTitle ? `${person.displayName} (${person.jobTitle})` : person.displayName}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={onReset}>{strings.demoReset}</Button>
        </div>
      ) : null}
    </section>
  );
}
