import { Button, Text } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useStrings } from '../../i18n/useStrings';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface DeleteConfirmationProps {
  question: string;
  onDelete: () => void;
  onCancel: () => void;
}

/**
 * "Delete this for both of you?" in place, not in a dialog (the side panel has no modals). Focus lands on
 * Cancel, so a second Enter cannot delete by accident.
 */
export function DeleteConfirmation({ question, onDelete, onCancel }: DeleteConfirmationProps) {
  const styles = usePerformanceStyles();
  const { strings } = useStrings();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className={styles.row}>
      <Text>{question}</Text>
      <Button appearance="primary" onClick={onDelete}>
        {strings.delete}
      </Button>
      <Button ref={cancel} onClick={onCancel}>
        {strings.cancel}
      </Button>
    </div>
  );
}
