import {
  Badge,
  Button,
  Checkbox,
  Input,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AgendaTopic } from '../../domain/space/agendaForOccurrence';
import type { Topic } from '../../domain/space/spaceDocument';
import type { SpaceRole } from '../../domain/space/spaceStamp';
import { checkTopicText } from '../../domain/space/textLimits';
import { useStrings } from '../i18n/useStrings';
import type { AgendaActions, PairNames } from './agendaActions';
import { textProblem } from './textProblem';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  label: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', paddingLeft: '28px' },
  edit: { display: 'flex', gap: tokens.spacingHorizontalXS, flexGrow: 1, flexWrap: 'wrap', minWidth: 0 },
  input: { minWidth: 0, width: '100%' },
});

interface TopicRowProps {
  item: AgendaTopic;
  siblings: readonly Topic[];
  myRole: SpaceRole;
  names: PairNames;
  actions: AgendaActions;
}

/** A topic: tick it as discussed, see who brought it, and edit, reorder, defer or delete it. */
export function TopicRow({ item, siblings, myRole, names, actions }: TopicRowProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const { topic, state, carriedOver } = item;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(topic.text);
  const [problem, setProblem] = useState<string | null>(null);
  const index = siblings.findIndex((t) => t.id === topic.id);
  const authorLabel =
    topic.author === myRole
      ? strings.topicByYou
      : strings.topicByEmployee(topic.author === 'employee' ? names.employee : names.leader);

  const save = () => {
    const check = checkTopicText(draft);
    setProblem(textProblem(check, strings));
    if (!check.ok) return;
    if (check.value !== topic.text) actions.editTopicText(topic, check.value);
    setEditing(false);
  };

  return (
    <li data-testid="topic" data-topic-state={state} data-author={topic.author}>
      <div className={styles.row}>
        {editing ? (
          <div className={styles.edit}>
            <Input
              className={styles.input}
              aria-label={strings.editTopicLabel}
              value={draft}
              onChange={(_, data) => setDraft(data.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') save();
                if (event.key === 'Escape') setEditing(false);
              }}
            />
            <Button size="small" appearance="primary" onClick={save}>
              {strings.save}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {strings.cancel}
            </Button>
            {problem ? <span role="alert">{problem}</span> : null}
          </div>
        ) : (
          <Checkbox
            className={styles.label}
            checked={state === 'discussed'}
            onChange={(_, data) => actions.setTopicStatus(topic, data.checked ? 'discussed' : 'open')}
            label={topic.text}
            aria-label={strings.markDiscussed(topic.text)}
          />
        )}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button
              size="small"
              appearance="subtle"
              icon={<MoreHorizontalRegular />}
              aria-label={strings.topicActions(topic.text)}
            />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem
                onClick={() => {
                  setDraft(topic.text);
                  setEditing(true);
                }}
              >
                {strings.edit}
              </MenuItem>
              <MenuItem disabled={index <= 0} onClick={() => actions.moveTopic(topic, -1, siblings)}>
                {strings.moveUp}
              </MenuItem>
              <MenuItem
                disabled={index >= siblings.length - 1}
                onClick={() => actions.moveTopic(topic, 1, siblings)}
              >
                {strings.moveDown}
              </MenuItem>
              {state === 'open' ? (
                <MenuItem onClick={() => actions.setTopicStatus(topic, 'deferred')}>{strings.defer}</MenuItem>
              ) : (
                <MenuItem onClick={() => actions.setTopicStatus(topic, 'open')}>{strings.reopen}</MenuItem>
              )}
              <MenuItem onClick={() => actions.deleteTopic(topic)}>{strings.delete}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <div className={styles.badges}>
        <Badge appearance="tint" color={topic.author === 'employee' ? 'brand' : 'informative'} size="small">
          {authorLabel}
        </Badge>
        {carriedOver ? (
          <Badge appearance="outline" size="small">
            {strings.carriedOver}
          </Badge>
        ) : null}
        {state === 'deferred' ? (
          <Badge appearance="outline" color="warning" size="small">
            {strings.deferred}
          </Badge>
        ) : null}
      </div>
    </li>
  );
}
