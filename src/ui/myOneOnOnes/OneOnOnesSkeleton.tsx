import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingVerticalM,
  },
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flexGrow: 1 },
});

export function OneOnOnesSkeleton({ label }: { label?: string }) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <Skeleton aria-label={label ?? strings.loading} aria-busy="true">
      {[0, 1, 2].map((row) => (
        <div key={row} className={styles.row}>
          <SkeletonItem shape="circle" size={40} />
          <div className={styles.lines}>
            <SkeletonItem size={16} style={{ width: '40%' }} />
            <SkeletonItem size={12} style={{ width: '70%' }} />
          </div>
        </div>
      ))}
    </Skeleton>
  );
}
