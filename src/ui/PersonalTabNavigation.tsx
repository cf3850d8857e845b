import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useStrings } from './i18n/useStrings';

export type PersonalTabView = 'mine' | 'team';

const useStyles = makeStyles({
  nav: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} 0` },
});

/** "My 1:1s | My team": shown to leaders only (people with direct reports). */
export function PersonalTabNavigation({
  current,
  onSelect,
}: {
  current: PersonalTabView;
  onSelect: (view: PersonalTabView) => void;
}) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <nav className={styles.nav} aria-label={strings.navLabel}>
      <TabList
        selectedValue={current}
        onTabSelect={(_, data) => onSelect(data.value === 'team' ? 'team' : 'mine')}
        data-testid="personal-tab-navigation"
      >
        <Tab value="mine">{strings.navMyOneOnOnes}</Tab>
        <Tab value="team">{strings.navMyTeam}</Tab>
      </TabList>
    </nav>
  );
}
