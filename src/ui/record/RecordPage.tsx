import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { buildPeriodRecord } from '../../domain/record/buildPeriodRecord';
import { RECORD_LABELS } from '../../domain/record/recordLabels';
import { customPeriod, last12Months, type RecordPeriod } from '../../domain/record/recordPeriod';
import { summaryRevisions, summaryWriteFor } from '../../domain/record/summaryRevisions';
import { mergeSpaceDocuments } from '../../domain/space/mergeSpaceDocuments';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import { calendarDateIn } from '../../domain/time/zonedCalendar';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import { recordOutline } from '../../services/record/recordDocumentOutline';
import type { OpenedAgenda } from '../agenda/AgendaPage';
import { editStamp } from '../agenda/editStamp';
import { SyncStatusBadge } from '../agenda/SyncStatusBadge';
import { useSyncedDocument } from '../agenda/useSyncedDocument';
import { useUserTimeZone } from '../formatting/TimeZoneContext';
import { useStrings } from '../i18n/useStrings';
import { LoadStatus } from '../LoadStatus';
import { useLoader } from '../useLoader';
import { usePageStyles } from '../usePageStyles.styles';
import { AcknowledgeSummary } from './AcknowledgeSummary';
import { CarryInOfferView } from './CarryInOfferView';
import { periodOptions } from './periodOptions';
import type { RecordApi } from './RecordApi';
import { RecordExport } from './RecordExport';
import { RecordOutlineView } from './RecordOutlineView';
import './recordPrint.css';
import { RECORD_UI_STRINGS } from './recordUiStrings';
import { SummaryEditor } from './SummaryEditor';

const useStyles = makeStyles({
  picker: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

interface RecordPageProps {
  counterpartEmail: string;
  openAgenda: () => Promise<OpenedAgenda>;
  api: RecordApi;
  onBack: () => void;
  onSignIn?: (() => void | Promise<void>) | undefined;
}

/** The conversation record of one pair for a period: the summary both sign, the sections, the exports. */
export function RecordPage({ counterpartEmail, openAgenda, api, onBack, onSignIn }: RecordPageProps) {
  const pageStyles = usePageStyles();
  const { locale } = useStrings();
  const strings = RECORD_UI_STRINGS[locale];
  const load = useCallback(() => openAgenda(), [openAgenda]);
  const { state, retry } = useLoader(load);
  useEffect(() => {
    if (state.status !== 'ready') return;
    return () => state.value.session.dispose();
  }, [state]);
  return (
    <main className={`${pageStyles.tabPage} record-page`} aria-busy={state.status === 'loading'}>
      <div className="record-screen-only">
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {strings.back}
        </Button>
      </div>
      <LoadStatus
        state={state}
        loadingLabel={strings.loading}
        errorTitle={strings.loadError}
        onRetry={retry}
        onSignIn={onSignIn}
      />
      {state.status === 'ready' ? (
        <RecordForSession
          session={state.value.session}
          counterpartEmail={counterpartEmail}
          api={api}
          onSignIn={onSignIn}
        />
      ) : null}
    </main>
  );
}

function RecordForSession({
  session,
  counterpartEmail,
  api,
  onSignIn,
}: {
  session: AgendaSession;
  counterpartEmail: string;
  api: RecordApi;
  onSignIn?: (() => void | Promise<void>) | undefined;
}) {
  const { locale } = useStrings();
  const strings = RECORD_UI_STRINGS[locale];
  const labels = RECORD_LABELS[locale];
  const styles = useStyles();
  const timeZone = useUserTimeZone();
  const today = calendarDateIn(Date.now(), timeZone);
  const options = useMemo(() => periodOptions(today, labels, strings), [today, labels, strings]);
  const [choice, setChoice] = useState('last12Months');
  const [custom, setCustom] = useState({ start: last12Months(today).start, end: today });
  const period: RecordPeriod | null =
    choice === 'custom'
      ? customPeriod(custom.start, custom.end)
      : (options.find((option) => option.value === choice)?.period ?? last12Months(today));
  const periodKey = period ? `${period.kind}|${period.start}|${period.end}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `periodKey` names the period.
  const loadCalendar = useCallback(
    () => (period ? api.loadCalendar(counterpartEmail, period) : Promise.resolve(null)),
    [api, counterpartEmail, periodKey],
  );
  const calendar = useLoader(loadCalendar);
  const snapshot = useSyncedDocument(session.space);
  const shared: SpaceDocument | null = snapshot?.document ?? null;
  const role = session.participants.myRole;
  // The employee keeps their own copy: refreshed from the shared space, read when it cannot be opened.
  const status = snapshot?.status;
  const sharedGone =
    status?.state === 'error' && (status.error.kind === 'not-found' || status.error.kind === 'forbidden');
  const sharedUnavailable =
    role === 'employee' &&
    (session.space === null ||
      sharedGone ||
      (snapshot !== null && shared === null && snapshot.status.state !== 'loading'));
  // Refreshed when the space is opened and when a summary or acknowledgement changes, not on every edit.
  const mirrorKey = shared
    ? `${shared.spaceId}|${(shared.periodSummaries ?? []).map((s) => `${s.stamps.sections.at}${s.stamps.acknowledgement.at}`).join()}`
    : null;
  const savedNow = snapshot?.status.state === 'saved' && snapshot.pendingEdits === 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `mirrorKey` names what is worth a refresh.
  useEffect(() => {
    if (role === 'employee' && shared && savedNow) void api.refreshMirror(shared).catch(() => undefined);
  }, [api, role, mirrorKey, savedNow]);
  const loadMirror = useCallback(
    () => (sharedUnavailable ? api.readMirror(counterpartEmail) : Promise.resolve(null)),
    [api, counterpartEmail, sharedUnavailable],
  );
  const mirror = useLoader(loadMirror);
  const mirrorDocument = mirror.state.status === 'ready' ? mirror.state.value : null;
  // This device's last copy and the OneDrive copy together: whichever knows more, nothing is lost.
  const document: SpaceDocument | null = useMemo(() => {
    if (!sharedUnavailable) return shared;
    if (mirrorDocument && shared && mirrorDocument.spaceId === shared.spaceId) {
      return mergeSpaceDocuments(mirrorDocument, shared);
    }
    return mirrorDocument ?? shared;
  }, [sharedUnavailable, mirrorDocument, shared]);
  const readOnly = sharedUnavailable;

  const record = useMemo(() => {
    if (!document || !period || calendar.state.status !== 'ready' || !calendar.state.value) return null;
    return buildPeriodRecord(document, {
      period,
      ...calendar.state.value,
      now: new Date(),
      timeZone,
    });
  }, [document, period, calendar.state, timeZone]);
  const outline = useMemo(
    () => (record ? recordOutline(record, locale, timeZone) : null),
    [record, locale, timeZone],
  );

  const space = session.space;
  if (!document) {
    if (sharedUnavailable && mirror.state.status === 'loading') {
      return (
        <LoadStatus
          state={mirror.state}
          loadingLabel={strings.loading}
          errorTitle={strings.loadError}
          onRetry={mirror.retry}
        />
      );
    }
    if (sharedUnavailable || !space) {
      return (
        <MessageBar intent="info">
          <MessageBarBody>{strings.noSpace}</MessageBarBody>
        </MessageBar>
      );
    }
    // The shared space could not be read: its status says why (and retries).
    return snapshot ? (
      <SyncStatusBadge status={snapshot.status} pendingEdits={snapshot.pendingEdits} />
    ) : null;
  }
  const revisions = document && period ? summaryRevisions(document, period) : [];
  const latest = revisions.at(-1);

  return (
    <>
      {outline ? <div className="record-print-header">{outline.header}</div> : null}
      {role === 'employee' && !readOnly && space && shared ? (
        <CarryInOfferView
          api={api}
          me={session.participants.me.email}
          document={shared}
          space={space}
          locale={locale}
        />
      ) : null}
      {readOnly ? (
        <MessageBar intent="info" data-testid="record-own-copy">
          <MessageBarBody>{strings.fromOwnCopy}</MessageBarBody>
        </MessageBar>
      ) : null}
      {snapshot && !readOnly ? (
        <div className="record-screen-only">
          <SyncStatusBadge status={snapshot.status} pendingEdits={snapshot.pendingEdits} />
        </div>
      ) : null}
      <div className={`${styles.picker} record-screen-only`}>
        <Field label={strings.periodLabel}>
          <Select value={choice} data-testid="record-period" onChange={(_, data) => setChoice(data.value)}>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        {choice === 'custom' ? (
          <>
            <Field label={strings.customStart}>
              <Input
                type="date"
                value={custom.start}
                onChange={(_, data) => setCustom((c) => ({ ...c, start: data.value }))}
              />
            </Field>
            <Field label={strings.customEnd}>
              <Input
                type="date"
                value={custom.end}
                onChange={(_, data) => setCustom((c) => ({ ...c, end: data.value }))}
              />
            </Field>
          </>
        ) : null}
      </div>
      {choice === 'custom' && !period ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.customInvalid}</MessageBarBody>
        </MessageBar>
      ) : null}
      <LoadStatus
        state={calendar.state}
        loadingLabel={strings.calendarLoading}
        errorTitle={strings.calendarError}
        onRetry={calendar.retry}
        onSignIn={onSignIn}
      />
      {record && outline && document && period ? (
        <>
          {readOnly || !space ? null : role === 'leader' ? (
            <SummaryEditor
              key={periodKey}
              locale={locale}
              prompts={document.sectionPrompts}
              revisions={revisions}
              onSave={(sections) => {
                const stamp = editStamp(document, 'leader');
                space.submit(
                  summaryWriteFor(document, period, sections, {
                    newId: crypto.randomUUID(),
                    editId: stamp.id,
                    at: stamp.at,
                  }),
                );
              }}
            />
          ) : latest ? (
            <AcknowledgeSummary
              key={`${latest.summaryId}|${latest.writtenAt}`}
              locale={locale}
              revision={latest}
              onAcknowledge={(comment) => {
                const stamp = editStamp(document, 'employee');
                space.submit({
                  ...stamp,
                  type: 'acknowledgePeriodSummary',
                  summaryId: latest.summaryId,
                  comment,
                  sections: latest.sections,
                  sectionsWrittenAt: latest.writtenAt,
                });
              }}
            />
          ) : null}
          <RecordOutlineView outline={outline} />
          <RecordExport record={record} locale={locale} timeZone={timeZone} api={api} />
        </>
      ) : null}
    </>
  );
}
