import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { AgendaActionItem } from '../../domain/space/agendaForOccurrence';
import type { SpaceRole } from '../../domain/space/spaceStamp';
import { checkActionItemText } from '../../domain/space/textLimits';
import { formatCalendarDate } from '../formatting/formatCalendarDate';
import { useStrings } from '../i18n/useStrings';
import type { AgendaActions, PairNames } from './agendaActions';
import { textProblem } from './textProblem';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  meta: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', paddingLeft: '28px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  formRow: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  input: { minWidth: 0, width: '100%' },
  narrowField: { flex: '1 1 120px', minWidth: 0 },
});

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface ActionItemsViewProps {
  items: readonly AgendaActionItem[];
  myRole: SpaceRole;
  names: PairNames;
  actions: AgendaActions;
}

/** Commitments: tick done, see owner and due date, and record a new one with owner and date in two taps. */
export function ActionItemsView({ items, myRole, names, actions }: ActionItemsViewProps) {
  const styles = useStyles();
  const { strings, locale } = useStrings();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<SpaceRole>(myRole === 'leader' ? 'employee' : 'employee');
  const [dueDate, setDueDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const today = todayIso();
  const ownerName = (role: SpaceRole) =>
    role === myRole ? strings.ownerMe : role === 'leader' ? names.leader : names.employee;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkActionItemText(text);
    setProblem(textProblem(check, strings));
    if (!check.ok) return;
    actions.addActionItem(check.value, owner, /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? dueDate : null);
    setText('');
    setDueDate('');
  };

  return (
    <section aria-labelledby="action-items-heading" data-testid="action-items">
      <Subtitle2 as="h4" id="action-items-heading">
        {strings.actionItems}
      </Subtitle2>
      {items.length === 0 ? <Text block>{strings.noActionItems}</Text> : null}
      <ul className={styles.list}>
        {items.map(({ actionItem, state, carriedOver }) => (
          <li key={actionItem.id} data-testid="action-item" data-state={state}>
            <Checkbox
              className={styles.text}
              checked={state === 'done'}
              disabled={state === 'dropped'}
              onChange={(_, data) => actions.setActionItemStatus(actionItem, data.checked ? 'done' : 'open')}
              label={actionItem.text}
              aria-label={strings.markDone(actionItem.text)}
            />
            <div className={styles.meta}>
              <Badge appearance="tint" size="small">
                {strings.ownedBy(ownerName(actionItem.owner))}
              </Badge>
              {actionItem.dueDate ? (
                <Badge
                  appearance="outline"
                  size="small"
                  color={state === 'open' && actionItem.dueDate < today ? 'danger' : 'informative'}
                >
                  {strings.dueOn(formatCalendarDate(actionItem.dueDate, locale))}
                  {state === 'open' && actionItem.dueDate < today ? ` · ${strings.overdue}` : ''}
                </Badge>
              ) : null}
              {carriedOver ? (
                <Badge appearance="outline" size="small">
                  {strings.carriedOver}
                </Badge>
              ) : null}
              {state === 'open' ? (
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => actions.setActionItemStatus(actionItem, 'dropped')}
                >
                  {strings.dropActionItem}
                </Button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <form className={styles.form} onSubmit={submit} aria-label={strings.addActionItem}>
        <Field
          label={strings.actionItemText}
          validationState={problem ? 'error' : 'none'}
          validationMessage={problem ?? undefined}
        >
          <Input
            value={text}
            placeholder={strings.actionItemPlaceholder}
            onChange={(_, data) => setText(data.value)}
          />
        </Field>
        <div className={styles.formRow}>
          <Field label={strings.actionItemOwner} className={styles.narrowField}>
            <Select
              value={owner}
              onChange={(_, data) => setOwner(data.value === 'leader' ? 'leader' : 'employee')}
            >
              <option value="employee">{myRole === 'employee' ? strings.ownerMe : names.employee}</option>
              <option value="leader">{myRole === 'leader' ? strings.ownerMe : names.leader}</option>
            </Select>
          </Field>
          <Field label={strings.actionItemDue} className={styles.narrowField}>
            <Input
              className={styles.input}
              type="date"
              value={dueDate}
              min={today}
              onChange={(_, data) => setDueDate(data.value)}
            />
          </Field>
          <Button type="submit" appearance="primary">
            {strings.addActionItem}
          </Button>
        </div>
      </form>
    </section>
  );
}
