import { Button, type ButtonProps } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

export interface EditDeleteButtonsProps {
  /** Screen-reader names that say which entry ("Edit feedback: …"). */
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  /** Asks first: the caller shows its DeleteConfirmation. */
  onDelete: () => void;
  appearance?: ButtonProps['appearance'];
}

/** The Edit and Delete buttons the author of an entry gets (feedback, coaching notes). */
export function EditDeleteButtons({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
  appearance,
}: EditDeleteButtonsProps) {
  const styles = usePerformanceStyles();
  const perf = usePerformanceStrings();
  return (
    <div className={styles.row}>
      <Button
        size="small"
        appearance={appearance}
        icon={<EditRegular />}
        aria-label={editLabel}
        onClick={onEdit}
      >
        {perf.edit}
      </Button>
      <Button
        size="small"
        appearance={appearance}
        icon={<DeleteRegular />}
        aria-label={deleteLabel}
        onClick={onDelete}
      >
        {perf.delete}
      </Button>
    </div>
  );
}
