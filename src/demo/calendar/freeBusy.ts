/**
 * Free/busy as `getSchedule` reports it: each user's calendar items in a window with their status, and the
 * availability view (one digit per interval: 0 free, 1 tentative, 2 busy, 3 out of office, 4 working
 * elsewhere). Computed from the same mailbox instances as calendarView.
 */

import { mailboxEventsFor } from '../mailbox/mailboxEvents';
import type { DemoSeedUser } from '../seed/demoSeed.types';
import type { EmulatorState } from '../state/stateStore';
import { formatGraphDateTime } from '../time/civilDate';
import { instantToZonedDateTime } from '../time/zonedTime';
import type { ViewZone } from './eventJson';
import type { InstantRange } from './eventTiming';
import { instancesInWindow } from './mailboxInstances';

export type FreeBusyStatus = 'tentative' | 'busy' | 'oof' | 'workingElsewhere';

export interface ScheduleItem extends InstantRange {
  status: FreeBusyStatus;
  isPrivate: boolean;
  subject: string;
  location: string;
}

const VIEW_DIGIT: Readonly<Record<FreeBusyStatus, string>> = {
  tentative: '1',
  busy: '2',
  oof: '3',
  workingElsewhere: '4',
};

/** When two items overlap one interval, the view shows the strongest: out of office, busy, tentative, elsewhere. */
const STRENGTH: Readonly<Record<FreeBusyStatus, number>> = {
  workingElsewhere: 1,
  tentative: 2,
  busy: 3,
  oof: 4,
};

function statusOf(
  showAs: string | null | undefined,
  response: string | null | undefined,
): FreeBusyStatus | null {
  // A meeting the user declined, or an item shown as free, leaves them free.
  if (response === 'declined' || showAs === 'free') return null;
  if (showAs === 'oof') return 'oof';
  if (showAs === 'workingElsewhere') return 'workingElsewhere';
  if (showAs === 'tentative' || response === 'tentativelyAccepted' || response === 'notResponded')
    return 'tentative';
  return 'busy';
}

/** The user's items that make them not free in the window, in time order. */
export function scheduleItemsFor(
  state: EmulatorState,
  user: DemoSeedUser,
  window: InstantRange,
): ScheduleItem[] {
  const instances = instancesInWindow(mailboxEventsFor(state, user), window, 'UTC');
  return instances.flatMap((instance) => {
    const event = instance.source.event;
    if (instance.cancelledForAttendee || event.isCancelled) return [];
    const response = instance.source.isOrganizerCopy ? 'organizer' : event.responseStatus?.response;
    const status = statusOf(event.showAs, response);
    if (!status) return [];
    return [
      {
        startMs: instance.startMs,
        endMs: instance.endMs,
        status,
        isPrivate: event.sensitivity === 'private',
        subject: event.subject ?? '',
        location: event.location?.displayName ?? '',
      },
    ];
  });
}

export function availabilityView(
  items: readonly ScheduleItem[],
  window: InstantRange,
  intervalMinutes: number,
): string {
  const step = intervalMinutes * 60_000;
  let view = '';
  for (let start = window.startMs; start < window.endMs; start += step) {
    const end = Math.min(start + step, window.endMs);
    let strongest: FreeBusyStatus | null = null;
    for (const item of items) {
      if (item.startMs >= end || item.endMs <= start) continue;
      if (strongest === null || STRENGTH[item.status] > STRENGTH[strongest]) strongest = item.status;
    }
    view += strongest ? VIEW_DIGIT[strongest] : '0';
  }
  return view;
}

/** A Graph `dateTimeTimeZone` for an instant in the caller's view zone. */
export function zonedDateTime(epochMs: number, zone: ViewZone): { dateTime: string; timeZone: string } {
  return { dateTime: formatGraphDateTime(instantToZonedDateTime(epochMs, zone.iana)), timeZone: zone.label };
}
