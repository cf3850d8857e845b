import { isOneOnOneCompose } from '../../domain/invite/oneOnOneComposeRules';
import { normalizeEmail } from '../../domain/normalizeEmail';
import { roleInPair } from '../../domain/space/roleInPair';
import { findSpaceReferenceInText } from '../../domain/space/spaceReferenceInText';
import type { GraphConnection } from '../../graph/createGraphClient';
import { getPeopleAroundMe } from '../../graph/people';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { OutlookAppointment } from '../../host/outlook/outlookAppointment';
import { type OpenedPairAgenda, openPairAgenda } from './openPairAgenda';
import type { PairSpaceStore } from './pairSpaceStore';

export type AppointmentAgenda = { kind: 'not-one-on-one' } | { kind: 'one-on-one'; opened: OpenedPairAgenda };

/**
 * The agenda of the appointment open in Outlook: the pair is the organizer and the one other person (rooms
 * ignored, the same rule as the launch handler); the space comes from the invite's link when it has one.
 */
export async function openAppointmentAgenda(
  graph: GraphConnection,
  store: KeyValueStore,
  appointment: OutlookAppointment,
  spaces?: PairSpaceStore,
): Promise<AppointmentAgenda> {
  const people = await getPeopleAroundMe(graph);
  const me = people.me.email;
  const organizer = normalizeEmail(appointment.organizerEmail ?? (appointment.mode === 'compose' ? me : ''));
  if (!isOneOnOneCompose({ ...appointment, organizerEmail: organizer })) return { kind: 'not-one-on-one' };
  const others = [...appointment.required, ...appointment.optional]
    .map((a) => normalizeEmail(a.emailAddress ?? ''))
    .filter(
      (email) =>
        email !== '' && email !== organizer && !appointment.roomEmails.map(normalizeEmail).includes(email),
    );
  const counterpartEmail = organizer === me ? others[0] : organizer;
  if (!counterpartEmail) return { kind: 'not-one-on-one' };
  const known = [...people.directReports, ...(people.manager ? [people.manager] : [])].find(
    (p) => p.email === counterpartEmail,
  );
  const relation = people.directReports.some((p) => p.email === counterpartEmail)
    ? 'directReport'
    : people.manager?.email === counterpartEmail
      ? 'manager'
      : 'other';
  const opened = await openPairAgenda({
    graph,
    store,
    counterpartEmail,
    known: {
      me: people.me,
      counterpart: { email: counterpartEmail, name: known?.displayName ?? counterpartEmail },
      myRole: roleInPair(relation, organizer === me),
    },
    reference: findSpaceReferenceInText(appointment.body.content),
    spaces,
  });
  return { kind: 'one-on-one', opened };
}
