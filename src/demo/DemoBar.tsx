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
}

/** Says plainly that this is the demo tenant, and lets the tester sign in as another person or reset the data. */
export function DemoBar({ people, currentUserId, onSwitchPerson, onReset }: DemoBarProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <section className={styles.bar} aria-label={strings.demoBanner}>
      <MessageBar intent="info">
        <MessageBarBody>{strings.demoBanner}</MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Field label={strings.demoSignedInAs}>
          <Select
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
    </section>
  );
}
