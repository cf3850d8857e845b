import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Select,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import type { AppDeployment } from '../../domain/appDeployment';
import type { InviteAgenda } from '../../domain/invite/inviteAgenda';
import { pairInviteAgenda } from '../../domain/invite/inviteAgendaFromSpace';
import {
  agendaForOccurrence,
  carryOverPreview,
  nextHeldOccurrence,
  occurrenceHistory,
} from '../../domain/space/agendaForOccurrence';
import { effectivePrompts } from '../../domain/space/agendaTemplate';
import { privateNoteFor } from '../../domain/space/privateNotes';
import { SECTION_TITLES } from '../../domain/space/sectionTitles';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import { orderAtEnd, orderBetween } from '../../domain/space/topicOrder';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import type { PairOccurrence } from '../../services/agenda/loadPairOccurrences';
import type { AttachOutcome } from '../../services/invites/attachAgendaToInvite';
import { formatMeetingTime } from '../formatting/formatDateTime';
import { useStrings } from '../i18n/useStrings';
import { AgendaSectionView } from './AgendaSectionView';
import type { AgendaActions } from './agendaActions';
import { CarryOverPreview } from './CarryOverPreview';
import { editStamp } from './editStamp';
import { HistoryView } from './HistoryView';
import { NoteField } from './NoteField';
import { PendingTopicsView } from './PendingTopicsView';
import { SyncStatusBadge } from './SyncStatusBadge';
import { TemplateEditor } from './TemplateEditor';
import { UpdateInviteButton } from './UpdateInviteButton';
import { useSyncedDocument } from './useSyncedDocument';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  picker: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end', flexWrap: 'wrap' },
  pickerField: { flex: '1 1 140px', minWidth: 0 },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const REFRESH_INTERVAL_MS = 30_000;

/** What the agenda needs to write itself into an invite; absent where invites cannot be written. */
export interface InviteWriter {
  /** Where the app is: the invite's "Add your topics" links open it. */
  deployment: AppDeployment;
  update(userId: string, occurrence: PairOccurrence, agenda: InviteAgenda): Promise<AttachOutcome>;
}

interface AgendaViewProps {
  session: AgendaSession;
  invite?: InviteWriter | undefined;
  occurrences: readonly PairOccurrence[];
  /** Show this occurrence first (the meeting the side panel is open in); default: the next held one. */
  initialOccurrenceKey?: string | null;
}

/** One 1:1's agenda: sections, action items, notes, history and what carries over. */
export function AgendaView({ session, occurrences, initialOccurrenceKey, invite }: AgendaViewProps) {
  const styles = useStyles();
  const { strings, locale } = useStrings();
  const spaceSnapshot = useSyncedDocument(session.space);
  const notesSnapshot = useSyncedDocument(session.privateNotes);
  const templateSnapshot = useSyncedDocument(session.template);
  const { myRole } = session.participants;
  const document = spaceSnapshot?.document ?? null;
  const [selectedKey, setSelectedKey] = useState<string | null>(
    () =>
      initialOccurrenceKey ??
      nextHeldOccurrence(occurrences, new Date())?.key ??
      occurrences.at(-1)?.key ??
      null,
  );
  useEffect(() => {
    // The other person may be editing too: pick up their changes when the app comes back into view.
    const refresh = () => {
      if (window.document.visibilityState === 'visible') void session.space?.refresh();
    };
    const timer = window.setInterval(refresh, REFRESH_INTERVAL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [session]);
  const prompts = effectivePrompts(templateSnapshot?.document ?? null, locale);
  const names = {
    leader:
      document?.leader.name ||
      (myRole === 'leader' ? session.participants.me.displayName : session.participants.counterpart.name),
    employee:
      document?.employee.name ||
      (myRole === 'employee' ? session.participants.me.displayName : session.participants.counterpart.name),
  };
  const agenda = useMemo(
    () => (document && selectedKey ? agendaForOccurrence(document, occurrences, selectedKey, prompts) : null),
    [document, occurrences, selectedKey, prompts],
  );

  const submit = (build: (doc: SpaceDocument) => SpaceEdit) => {
    if (session.space && document) session.space.submit(build(document));
  };
  const actions: AgendaActions = {
    addTopic: (section, text) =>
      submit((doc) => ({
        ...editStamp(doc, myRole),
        type: 'addTopic',
        topicId: crypto.randomUUID(),
        section,
        text,
        order: orderAtEnd(doc.topics.filter((t) => t.section === section)),
        createdForOccurrence: selectedKey,
      })),
    editTopicText: (topic, text) =>
      submit((doc) => ({ ...editStamp(doc, myRole), type: 'editTopicText', topicId: topic.id, text })),
    setTopicStatus: (topic, status) =>
      submit((doc) => ({
        ...editStamp(doc, myRole),
        type: 'setTopicStatus',
        topicId: topic.id,
        status,
        occurrence: selectedKey,
      })),
    moveTopic: (topic, direction, siblings) => {
      const index = siblings.findIndex((t) => t.id === topic.id);
      const [before, after] =
        direction < 0
          ? [siblings[index - 2] ?? null, siblings[index - 1] ?? null]
          : [siblings[index + 1] ?? null, siblings[index + 2] ?? null];
      submit((doc) => ({
        ...editStamp(doc, myRole),
        type: 'moveTopic',
        topicId: topic.id,
        section: topic.section,
        order: orderBetween(before?.order ?? null, after?.order ?? null),
      }));
    },
    deleteTopic: (topic) =>
      submit((doc) => ({ ...editStamp(doc, myRole), type: 'deleteTopic', topicId: topic.id })),
    addActionItem: (text, owner, dueDate) =>
      submit((doc) => ({
        ...editStamp(doc, myRole),
        type: 'addActionItem',
        actionItemId: crypto.randomUUID(),
        text,
        owner,
        dueDate,
        createdInOccurrence: selectedKey,
      })),
    setActionItemStatus: (item, status) =>
      submit((doc) => ({
        ...editStamp(doc, myRole),
        type: 'setActionItemStatus',
        actionItemId: item.id,
        status,
        occurrence: selectedKey,
      })),
    deleteActionItem: (item) =>
      submit((doc) => ({ ...editStamp(doc, myRole), type: 'deleteActionItem', actionItemId: item.id })),
  };

  const selectedIndex = occurrences.findIndex((o) => o.key === selectedKey);
  const selected = occurrences[selectedIndex] ?? null;
  const inviteAgenda =
    invite &&
    document &&
    session.reference &&
    selected &&
    myRole === 'leader' &&
    selected.isOrganizer &&
    selected.start > new Date().toISOString()
      ? pairInviteAgenda({
          document,
          occurrences,
          key: selected.key,
          template: templateSnapshot?.document ?? null,
          reference: session.reference,
          deployment: invite.deployment,
          locale,
        })
      : null;
  const myNote = agenda?.notes.find((n) => n.author === myRole)?.text ?? '';
  const theirNote = agenda?.notes.find((n) => n.author !== myRole)?.text ?? '';
  const privateNote =
    notesSnapshot?.document && selectedKey ? privateNoteFor(notesSnapshot.document, selectedKey) : '';

  return (
    <div className={styles.view}>
      {occurrences.length > 0 ? (
        <div className={styles.picker}>
          <Button
            icon={<ChevronLeftRegular />}
            aria-label={strings.previousOccurrence}
            disabled={selectedIndex <= 0}
            onClick={() => setSelectedKey(occurrences[selectedIndex - 1]?.key ?? selectedKey)}
          />
          <Field label={strings.occurrenceLabel} className={styles.pickerField}>
            <Select
              value={selectedKey ?? ''}
              onChange={(_, data) => setSelectedKey(data.value)}
              data-testid="occurrence-picker"
            >
              {occurrences.map((o) => (
                <option key={o.key} value={o.key}>
                  {formatMeetingTime(o.start, locale)}
                  {o.isCancelled ? ' ✕' : ''}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            icon={<ChevronRightRegular />}
            aria-label={strings.nextOccurrence2}
            disabled={selectedIndex < 0 || selectedIndex >= occurrences.length - 1}
            onClick={() => setSelectedKey(occurrences[selectedIndex + 1]?.key ?? selectedKey)}
          />
          {spaceSnapshot ? (
            <SyncStatusBadge status={spaceSnapshot.status} pendingEdits={spaceSnapshot.pendingEdits} />
          ) : null}
        </div>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{strings.noOccurrences}</MessageBarBody>
        </MessageBar>
      )}

      {spaceSnapshot?.status.state === 'error' ? (
        // Not a passing outage (those retry by themselves): say the edits wait on this device, and offer a retry.
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="save-error">
          <MessageBarBody>
            <MessageBarTitle>{strings.saveErrorTitle}</MessageBarTitle>
            {strings.saveErrorBody}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void session.space?.refresh()}>{strings.tryAgain}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {spaceSnapshot?.status.state === 'unreadable' ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{strings.unreadableTitle}</MessageBarTitle>
            {strings.unreadableBody}
            <ul>
              {spaceSnapshot.status.problems.slice(0, 10).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {!session.space ? <PendingTopicsView session={session} /> : null}

      {agenda?.movesTo ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {strings.cancelledMovesTo(formatMeetingTime(agenda.movesTo.start, locale))}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {agenda && spaceSnapshot?.status.state !== 'unreadable'
        ? agenda.sections.map((section) => (
            <AgendaSectionView
              key={section.id}
              section={section}
              title={SECTION_TITLES[locale][section.id]}
              myRole={myRole}
              names={names}
              actions={actions}
              showActionItems={section.id === 'accountability'}
            />
          ))
        : null}

      {inviteAgenda && selected && invite ? (
        <UpdateInviteButton
          agenda={inviteAgenda}
          update={(agenda) => invite.update(session.participants.me.id, selected, agenda)}
        />
      ) : null}

      {agenda && selectedKey ? (
        <section className={styles.notes} aria-labelledby="notes-heading">
          <Subtitle2 as="h3" id="notes-heading">
            {strings.sharedNotes}
          </Subtitle2>
          <NoteField
            key={`shared-${selectedKey}`}
            label={strings.yourSharedNote}
            hint={strings.sharedNotesHelp}
            value={myNote}
            onSave={(text) =>
              submit((doc) => ({
                ...editStamp(doc, myRole),
                type: 'setSharedNote',
                occurrence: selectedKey,
                text,
              }))
            }
          />
          {theirNote ? (
            <Text block>
              <strong>{strings.theirSharedNote(session.participants.counterpart.name)}</strong>: {theirNote}
            </Text>
          ) : null}
        </section>
      ) : null}

      {selectedKey ? (
        <NoteField
          key={`private-${selectedKey}`}
          label={strings.privateNote}
          hint={strings.privateNoteHelp}
          value={privateNote}
          onSave={(text) =>
            session.privateNotes.submit({
              id: crypto.randomUUID(),
              occurrence: selectedKey,
              text,
              at: new Date().toISOString(),
            })
          }
        />
      ) : null}

      {document && selectedKey
        ? (() => {
            const carryOver = carryOverPreview(document, occurrences, selectedKey);
            return carryOver ? <CarryOverPreview carryOver={carryOver} /> : null;
          })()
        : null}

      {document ? (
        <Accordion collapsible>
          <AccordionItem value="history">
            <AccordionHeader>{strings.history}</AccordionHeader>
            <AccordionPanel>
              <HistoryView records={occurrenceHistory(document, occurrences, new Date())} />
            </AccordionPanel>
          </AccordionItem>
          {session.template ? (
            <AccordionItem value="template">
              <AccordionHeader>{strings.templateTitle}</AccordionHeader>
              <AccordionPanel>
                <TemplateEditor
                  key={templateSnapshot?.document?.updatedAt ?? 'none'}
                  template={templateSnapshot?.document ?? null}
                  prompts={prompts}
                  onEdit={(edit) =>
                    session.template?.submit({
                      ...edit,
                      id: crypto.randomUUID(),
                      at: new Date().toISOString(),
                    })
                  }
                />
              </AccordionPanel>
            </AccordionItem>
          ) : null}
        </Accordion>
      ) : null}
    </div>
  );
}
