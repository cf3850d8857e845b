import { bodyWithAgenda } from '../../domain/invite/agendaOnInvite';
import { pairInviteAgenda } from '../../domain/invite/inviteAgendaFromSpace';
import { nextHeldOccurrence } from '../../domain/space/agendaForOccurrence';
import { occurrenceKeyFromStart } from '../../domain/space/occurrenceKey';
import { readAppDeployment } from '../../host/appDeployment';
import { type OutlookAppointment, readOutlookAppointment } from '../../host/outlook/outlookAppointment';
import { resolveLocale } from '../../host/resolveLocale';
import { openAppointmentAgenda } from '../../services/agenda/openAppointmentAgenda';
import type { OpenedPairAgenda } from '../../services/agenda/openPairAgenda';
import { TaskPaneApp } from '../../ui/taskpane/TaskPaneApp';
import { startSurface } from '../startSurface';

const DAY_MS = 86_400_000;

/** The Outlook task pane for appointments, in compose and read. */
void startSurface(async ({ host, graph, store, signIn, render, spaces }) => {
  const deployment = readAppDeployment(import.meta.env, window.location.origin);
  const locale = resolveLocale(host.locale);
  const appointment = await readOutlookAppointment().catch(() => null);

  /** The agenda of the pair's next 1:1 (or of a first one, for a 1:1 being created), into the body being composed. */
  const insertAgenda = async (target: OutlookAppointment, opened: OpenedPairAgenda) => {
    const { session, occurrences } = opened;
    const document = session.space?.snapshot().document;
    if (!document || !session.reference || !target.replaceBody) throw new Error('The agenda is not ready');
    const next = nextHeldOccurrence(occurrences, new Date());
    const key = next?.key ?? occurrenceKeyFromStart(new Date(Date.now() + DAY_MS).toISOString()) ?? '';
    const timeline = next ? occurrences : [...occurrences, { key, start: key, end: key, isCancelled: false }];
    const agenda = pairInviteAgenda({
      document,
      occurrences: timeline,
      key,
      template: session.template?.snapshot().document ?? null,
      reference: session.reference,
      deployment,
      locale,
    });
    if (!agenda) throw new Error('No occurrence to put on the invite');
    const current = (await readOutlookAppointment())?.body ?? target.body;
    const updated = bodyWithAgenda(current.content, current.format, agenda);
    if (updated === current.content) return 'unchanged' as const;
    await target.replaceBody(updated, current.format);
    return 'inserted' as const;
  };

  render(
    <TaskPaneApp
      load={async () =>
        appointment ? openAppointmentAgenda(graph, store, appointment, spaces) : { kind: 'no-appointment' }
      }
      insertAgenda={appointment?.mode === 'compose' ? (opened) => insertAgenda(appointment, opened) : null}
      onSignIn={signIn}
    />,
  );
});
