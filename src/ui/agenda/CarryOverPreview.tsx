import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { CarryOver } from '../../domain/space/agendaForOccurrence';
import { useMeetingTimeFormat } from '../formatting/TimeZoneContext';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** What will roll over to the next 1:1 if the meeting ended now. */
export function CarryOverPreview({ carryOver }: { carryOver: CarryOver }) {
  const styles = useStyles();
  const { strings } = useStrings();
  const formatTime = useMeetingTimeFormat();
  const texts = [...carryOver.topics.map((t) => t.text), ...carryOver.actionItems.map((a) => a.text)];
  return (
    <section aria-labelledby="carry-over-heading" data-testid="carry-over">
      <Subtitle2 as="h3" id="carry-over-heading">
        {strings.carryOverTitle}
      </Subtitle2>
      {carryOver.to ? (
        <Text block>{strings.carryOverBody(formatTime(carryOver.to.start))}</Text>
      ) : (
        <Text block>{strings.carryOverNoNext}</Text>
      )}
      {texts.length === 0 ? (
        <Text block>{strings.carryOverNone}</Text>
      ) : (
        <ul className={styles.list}>
          {texts.map((text, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: texts can repeat; the list never reorders.
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
