import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1Strong,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { OccurrenceRecord } from '../../domain/space/agendaForOccurrence';
import { useMeetingTimeFormat } from '../formatting/TimeZoneContext';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

function Items({ title, texts }: { title: string; texts: string[] }) {
  const styles = useStyles();
  if (texts.length === 0) return null;
  return (
    <>
      <Caption1Strong>{title}</Caption1Strong>
      <ul className={styles.list}>
        {texts.map((text, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: texts can repeat; the list never reorders.
          <li key={index}>{text}</li>
        ))}
      </ul>
    </>
  );
}

/** Past 1:1s, newest first: what was discussed, deferred, agreed and closed. */
export function HistoryView({ records }: { records: readonly OccurrenceRecord[] }) {
  const { strings } = useStrings();
  const formatTime = useMeetingTimeFormat();
  if (records.length === 0) return <Text>{strings.noHistory}</Text>;
  return (
    <Accordion collapsible multiple data-testid="history">
      {[...records].reverse().map((record) => (
        <AccordionItem key={record.occurrence.key} value={record.occurrence.key}>
          <AccordionHeader>{formatTime(record.occurrence.start)}</AccordionHeader>
          <AccordionPanel>
            <Items title={strings.historyDiscussed} texts={record.discussed.map((t) => t.text)} />
            <Items title={strings.historyDeferred} texts={record.deferred.map((t) => t.text)} />
            <Items
              title={strings.historyActionsCreated}
              texts={record.actionItemsCreated.map((a) => a.text)}
            />
            <Items title={strings.historyActionsClosed} texts={record.actionItemsClosed.map((a) => a.text)} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
