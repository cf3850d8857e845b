import type { AppDeployment } from '../../domain/appDeployment';
import type { DirectoryPerson } from '../../domain/calendarEvent';
import { detectOneOnOnes } from '../../domain/detectOneOnOnes';
import type { InviteAgendaStatus } from '../../domain/invite/agendaOnInvite';
import type { InviteAgenda } from '../../domain/invite/inviteAgenda';
import { pairInviteAgenda } from '../../domain/invite/inviteAgendaFromSpace';
import type { Locale } from '../../domain/locale';
import type { OneOnOneSeries } from '../../domain/oneOnOne';
import { occurrenceInfoOf } from '../../domain/space/occurrenceInfoOf';
import { occurrenceKeyFromStart } from '../../domain/space/occurrenceKey';
import type { OccurrenceInfo } from '../../domain/space/occurrenceTimeline';
import { roleInPair } from '../../domain/space/roleInPair';
import { listCalendarView } from '../../graph/calendar';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { PeopleAroundMe } from '../../graph/people';
import type { KeyValueStore } from '../../host/keyValueStore';
import { leaderSpaceDocument, publishedReference, templateDocument } from '../agenda/agendaSession';
import type { PairSpaceStore } from '../agenda/pairSpaceStore';
import { attachAgendaToInvite, readInviteStatuses } from './attachAgendaToInvite';
import { isAutoAttachOn } from './autoAttachSetting';

const DAY_MS = 86_400_000;
/** Auto-attach looks this far ahead; the list shows the status of everything it lists. */
export const AUTO_ATTACH_DAYS = 7;
const HISTORY_DAYS = 84;

export interface InviteSyncOptions {
  graph: GraphConnection;
  store: KeyValueStore;
  people: PeopleAroundMe;
  deployment: AppDeployment;
  locale: Locale;
  now: Date;
  /** How far ahead to report statuses (the list's window). */
  days: number;
  /** Where the deployment keeps the pairs' spaces (the leader's OneDrive unless a library is configured). */
  spaces?: PairSpaceStore;
}

export interface InviteSyncResult {
  /** Per occurrence event id that the user leads and organizes. */
  statuses: Map<string, InviteAgendaStatus>;
  /** Occurrences auto-attach wrote to in this run. */
  attached: string[];
}

interface LedOccurrence {
  eventId: string;
  start: string;
  agenda: InviteAgenda;
}

function occurrenceInfos(series: readonly OneOnOneSeries[]): OccurrenceInfo[] {
  return series.flatMap((s) => s.occurrences).flatMap((o) => occurrenceInfoOf(o) ?? []);
}

/** The invite agendas of one pair the user leads: the space is opened (created and shared if new). */
async function ledOccurrencesOfPair(
  options: InviteSyncOptions,
  me: DirectoryPerson,
  series: OneOnOneSeries[],
  until: Date,
): Promise<LedOccurrence[]> {
  const first = series[0];
  if (!first) return [];
  const participants = {
    me,
    counterpart: { email: first.counterpart.email, name: first.counterpart.name },
    myRole: 'leader' as const,
  };
  const documentOptions = {
    graph: options.graph,
    store: options.store,
    participants,
    now: () => options.now,
    spaces: options.spaces,
  };
  const space = leaderSpaceDocument(documentOptions);
  const template = templateDocument(documentOptions);
  await Promise.all([space.load(), template.load()]);
  space.dispose();
  template.dispose();
  const document = space.snapshot().document;
  const reference = await publishedReference(documentOptions, space);
  if (!document || !reference || space.snapshot().status.state !== 'saved') return [];

  const infos = occurrenceInfos(series);
  const nowIso = options.now.toISOString();
  return series
    .flatMap((s) => s.occurrences)
    .filter((o) => o.isOrganizer && o.declinedBy === null && o.start > nowIso && new Date(o.start) <= until)
    .flatMap((o) => {
      const key = occurrenceKeyFromStart(o.start);
      const agenda = key
        ? pairInviteAgenda({
            document,
            occurrences: infos,
            key,
            template: template.snapshot().document ?? null,
            reference,
            deployment: options.deployment,
            locale: options.locale,
          })
        : null;
      return agenda ? [{ eventId: o.eventId, start: o.start, agenda }] : [];
    });
}

/**
 * For every 1:1 the user leads and organizes: whether its invite carries the agenda, and, with auto-attach on,
 * the agenda written once into each invite of the next 7 days that has none. This is also how the space's
 * reference reaches the employee: through the "Add your topics" link in their copy of the invite.
 */
export async function syncInviteAgendas(options: InviteSyncOptions): Promise<InviteSyncResult> {
  const { graph, store, people, now } = options;
  const window = {
    start: new Date(now.getTime() - HISTORY_DAYS * DAY_MS).toISOString(),
    end: new Date(now.getTime() + options.days * DAY_MS).toISOString(),
  };
  const calendar = await listCalendarView(graph, window);
  const byPerson = new Map<string, OneOnOneSeries[]>();
  for (const series of detectOneOnOnes(calendar.events, people)) {
    const leads =
      roleInPair(series.counterpart.relation, series.occurrences.at(-1)?.isOrganizer ?? false) === 'leader';
    if (!leads || !series.occurrences.some((o) => o.isOrganizer && o.start > now.toISOString())) continue;
    byPerson.set(series.counterpart.email, [...(byPerson.get(series.counterpart.email) ?? []), series]);
  }
  const until = new Date(now.getTime() + options.days * DAY_MS);
  const led = (
    await Promise.all(
      [...byPerson.values()].map((series) => ledOccurrencesOfPair(options, people.me, series, until)),
    )
  ).flat();
  const statuses =
    led.length > 0 ? await readInviteStatuses(graph, led) : new Map<string, InviteAgendaStatus>();

  const attached: string[] = [];
  if (isAutoAttachOn(store, people.me.id)) {
    const autoUntil = now.getTime() + AUTO_ATTACH_DAYS * DAY_MS;
    for (const occurrence of led) {
      if (statuses.get(occurrence.eventId) !== 'not-attached') continue;
      if (new Date(occurrence.start).getTime() > autoUntil) continue;
      const outcome = await attachAgendaToInvite({
        graph,
        store,
        userId: people.me.id,
        occurrence: { eventId: occurrence.eventId, start: occurrence.start, isOrganizer: true },
        agenda: occurrence.agenda,
        now,
        trigger: 'automatic',
      });
      if (outcome === 'attached') {
        attached.push(occurrence.eventId);
        statuses.set(occurrence.eventId, 'on-invite');
      }
    }
  }
  return { statuses, attached };
}
