import { Button, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { PairOccurrence } from '../../services/agenda/loadPairOccurrences';
import type { SyncSnapshot } from '../../services/storage/syncedDriveDocument';
import { useMeetingTimeFormat } from '../formatting/TimeZoneContext';
import { useStrings } from '../i18n/useStrings';
import { SyncStatusBadge } from './SyncStatusBadge';
import { useAgendaViewStyles } from './useAgendaViewStyles.styles';

interface OccurrencePickerProps {
  occurrences: readonly PairOccurrence[];
  selectedKey: string | null;
  onSelect: (key: string | null) => void;
  /** The shared space's sync state, shown beside the picker. */
  spaceSnapshot: SyncSnapshot<unknown> | null;
}

/** Previous / next and a list of the pair's 1:1s; says so when the pair has none in the calendar. */
export function OccurrencePicker({
  occurrences,
  selectedKey,
  onSelect,
  spaceSnapshot,
}: OccurrencePickerProps) {
  const styles = useAgendaViewStyles();
  const { strings } = useStrings();
  const formatTime = useMeetingTimeFormat();
  if (occurrences.length === 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.noOccurrences}</MessageBarBody>
      </MessageBar>
    );
  }
  const selectedIndex = occurrences.findIndex((o) => o.key === selectedKey);
  return (
    <div className={styles.picker}>
      <Button
        icon={<ChevronLeftRegular />}
        aria-label={strings.previousOccurrence}
        disabled={selectedIndex <= 0}
        onClick={() => onSelect(occurrences[selectedIndex - 1]?.key ?? selectedKey)}
      />
      <Field label={strings.occurrenceLabel} className={styles.pickerField}>
        <Select
          value={selectedKey ?? ''}
          onChange={(_, data) => onSelect(data.value)}
          data-testid="occurrence-picker"
        >
          {occurrences.map((o) => (
            <option key={o.key} value={o.key}>
              {formatTime(o.start)}
              {o.isCancelled ? ' ✕' : ''}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        icon={<ChevronRightRegular />}
        aria-label={strings.nextOccurrence2}
        disabled={selectedIndex < 0 || selectedIndex >= occurrences.length - 1}
        onClick={() => onSelect(occurrences[selectedIndex + 1]?.key ?? selectedKey)}
      />
      {spaceSnapshot ? (
        <SyncStatusBadge status={spaceSnapshot.status} pendingEdits={spaceSnapshot.pendingEdits} />
      ) : null}
    </div>
  );
}
