import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Suspense, useMemo, useState } from 'react';
import { pairInviteAgenda } from '../../domain/invite/inviteAgendaFromSpace';
import {
  agendaForOccurrence,
  carryOverPreview,
  nextHeldOccurrence,
} from '../../domain/space/agendaForOccurrence';
import { agendaPrompts } from '../../domain/space/pairPrompts';
import { privateNoteFor } from '../../domain/space/privateNotes';
import { SECTION_TITLES } from '../../domain/space/sectionTitles';
import { useMeetingTimeFormat } from '../formatting/TimeZoneContext';
import { useStrings } from '../i18n/useStrings';
import { preloadableLazy } from '../preloadableLazy';
import { AgendaSectionView } from './AgendaSectionView';
import type { AgendaViewProps } from './AgendaView.types';
import { CarryOverPreview } from './CarryOverPreview';
import { canWriteAgendaToInvite } from './inviteEligibility';
import { NoteField } from './NoteField';
import { OccurrencePicker } from './OccurrencePicker';
import { PendingTopicsView } from './PendingTopicsView';
import { PreparationBriefView } from './performance/PreparationBriefView';
import { SectionLead } from './performance/SectionLead';
import { usePerformanceActions } from './performance/usePerformanceActions';
import { usePreparationBrief } from './performance/usePreparationBrief';
import { ReadOnlySpaceView } from './ReadOnlySpaceView';
import { SharedNotesSection } from './SharedNotesSection';
import { SpaceProblemMessages } from './SpaceProblemMessages';
import { SpaceSharingMessage } from './SpaceSharingMessage';
import { UpdateInviteButton } from './UpdateInviteButton';
import { useAgendaActions } from './useAgendaActions';
import { useAgendaViewStyles } from './useAgendaViewStyles.styles';
import { useSharedPrompts } from './useSharedPrompts';
import { useSpaceRefresh } from './useSpaceRefresh';
import { useSyncedDocument } from './useSyncedDocument';

export type { AgendaViewProps, InviteWriter } from './AgendaView.types';

// Past 1:1s and the template editor sit collapsed below the agenda: their code follows the agenda's.
const historyAndTemplate = preloadableLazy(() =>
  import('./HistoryAndTemplate').then((module) => module.HistoryAndTemplate),
);

/** One 1:1's agenda: sections, action items, notes, history and what carries over. */
export function AgendaView({ session, occurrences, initialOccurrenceKey, invite }: AgendaViewProps) {
  const styles = useAgendaViewStyles();
  const { strings, locale } = useStrings();
  const formatTime = useMeetingTimeFormat();
  const spaceSnapshot = useSyncedDocument(session.space);
  const notesSnapshot = useSyncedDocument(session.privateNotes);
  const templateSnapshot = useSyncedDocument(session.template);
  const { myRole, me, counterpart } = session.participants;
  const document = spaceSnapshot?.document ?? null;
  const template = templateSnapshot?.document ?? null;
  const [selectedKey, setSelectedKey] = useState<string | null>(
    () =>
      initialOccurrenceKey ??
      nextHeldOccurrence(occurrences, new Date())?.key ??
      occurrences.at(-1)?.key ??
      null,
  );
  useSpaceRefresh(session.space);
  const { actions, saveSharedNote, savePrivateNote } = useAgendaActions(session, document, selectedKey);
  const performanceActions = usePerformanceActions(session, document, selectedKey);
  const brief = usePreparationBrief(document, occurrences, selectedKey, myRole);
  useSharedPrompts(session, document, template);
  const prompts = useMemo(() => agendaPrompts(document, template, locale), [document, template, locale]);
  const readOnlyPrompts = useMemo(
    () => agendaPrompts(spaceSnapshot?.readOnlyDocument ?? null, template, locale),
    [spaceSnapshot?.readOnlyDocument, template, locale],
  );
  const names = {
    leader: document?.leader.name || (myRole === 'leader' ? me.displayName : counterpart.name),
    employee: document?.employee.name || (myRole === 'employee' ? me.displayName : counterpart.name),
  };
  const agenda = useMemo(
    () => (document && selectedKey ? agendaForOccurrence(document, occurrences, selectedKey, prompts) : null),
    [document, occurrences, selectedKey, prompts],
  );

  const selected = occurrences.find((o) => o.key === selectedKey) ?? null;
  const inviteAgenda =
    invite &&
    document &&
    session.reference &&
    selected &&
    canWriteAgendaToInvite(selected, myRole, new Date())
      ? pairInviteAgenda({
          document,
          occurrences,
          key: selected.key,
          template,
          reference: session.reference,
          deployment: invite.deployment,
          locale,
        })
      : null;
  const carryOver = document && selectedKey ? carryOverPreview(document, occurrences, selectedKey) : null;

  return (
    <div className={styles.view}>
      <OccurrencePicker
        occurrences={occurrences}
        selectedKey={selectedKey}
        onSelect={setSelectedKey}
        spaceSnapshot={spaceSnapshot}
      />

      {spaceSnapshot ? (
        <SpaceProblemMessages
          status={spaceSnapshot.status}
          onRetry={() => void session.space?.refresh()}
          sharedBy={myRole === 'employee' ? { name: counterpart.name || null } : null}
        />
      ) : null}

      {spaceSnapshot?.readOnlyDocument && spaceSnapshot.status.state === 'unreadable' ? (
        <ReadOnlySpaceView
          document={spaceSnapshot.readOnlyDocument}
          occurrences={occurrences}
          selectedKey={selectedKey}
          prompts={readOnlyPrompts}
          myRole={myRole}
          names={names}
        />
      ) : null}

      {myRole === 'leader' ? (
        <SpaceSharingMessage sharing={session.sharing} employeeName={counterpart.name || counterpart.email} />
      ) : null}

      {!session.space ? <PendingTopicsView session={session} /> : null}

      {agenda?.movesTo ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.cancelledMovesTo(formatTime(agenda.movesTo.start))}</MessageBarBody>
        </MessageBar>
      ) : null}

      {brief && spaceSnapshot?.status.state !== 'unreadable' ? (
        <PreparationBriefView brief={brief} myRole={myRole} names={names} />
      ) : null}

      {agenda && document && spaceSnapshot?.status.state !== 'unreadable'
        ? agenda.sections.map((section) => (
            <AgendaSectionView
              key={section.id}
              section={section}
              title={SECTION_TITLES[locale][section.id]}
              myRole={myRole}
              names={names}
              actions={actions}
              showActionItems={section.id === 'accountability'}
              lead={
                <SectionLead
                  section={section.id}
                  document={document}
                  brief={brief}
                  myRole={myRole}
                  names={names}
                  actions={performanceActions}
                />
              }
            />
          ))
        : null}

      {inviteAgenda && selected && invite ? (
        <UpdateInviteButton
          agenda={inviteAgenda}
          update={(agenda) => invite.update(me.id, selected, agenda)}
        />
      ) : null}

      {agenda && selectedKey && spaceSnapshot?.status.state !== 'unreadable' ? (
        <SharedNotesSection
          occurrenceKey={selectedKey}
          myNote={agenda.notes.find((n) => n.author === myRole)?.text ?? ''}
          theirNote={agenda.notes.find((n) => n.author !== myRole)?.text ?? ''}
          counterpartName={counterpart.name}
          onSave={saveSharedNote}
        />
      ) : null}

      {selectedKey ? (
        <NoteField
          key={`private-${selectedKey}`}
          label={strings.privateNote}
          hint={strings.privateNoteHelp}
          value={notesSnapshot?.document ? privateNoteFor(notesSnapshot.document, selectedKey) : ''}
          onSave={savePrivateNote}
        />
      ) : null}

      {carryOver ? <CarryOverPreview carryOver={carryOver} /> : null}

      {document ? (
        <Suspense fallback={null}>
          <historyAndTemplate.Component
            session={session}
            document={document}
            occurrences={occurrences}
            template={template}
            prompts={prompts}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
