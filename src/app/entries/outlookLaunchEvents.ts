/**
 * Entry of the launch-event script (built by vite.outlook.config.ts into one classic script).
 * Classic Outlook on Windows runs it in a JavaScript-only runtime: no DOM, no storage, no
 * imports. Everything it pulls in must stay DOM-free (tests/unit/outlook-launchBundle.test.ts
 * runs the built script with nothing but an Office stub).
 *
 * The names must match the manifest's `extensions[].runtimes[].actions[].id`:
 * `newAppointmentOrganizerCreated` → onNewAppointmentOrganizer,
 * `appointmentAttendeesChanged` → onAppointmentAttendeesChanged.
 */

import type { OfficeForLaunch } from '../../host/outlook/officeMailbox';
import { createComposeAgendaHandler } from '../../services/outlookCompose/composeAgendaHandler';
import { buildTimeComposeLinkSettings } from '../../services/outlookCompose/composeLinks';

// A bare global with a typeof guard: `globalThis` is ES2020, newer than the runtime may be.
declare const Office: OfficeForLaunch | undefined;
const readOffice = () => (typeof Office === 'undefined' ? undefined : Office);

// Both events need the same thing: the block present exactly when the appointment is a 1:1.
const onNewAppointmentOrganizer = createComposeAgendaHandler({
  getOffice: readOffice,
  settings: buildTimeComposeLinkSettings(),
});
const onAppointmentAttendeesChanged = onNewAppointmentOrganizer;

const actions = readOffice()?.actions;
if (actions !== undefined) {
  actions.associate('onNewAppointmentOrganizer', onNewAppointmentOrganizer);
  actions.associate('onAppointmentAttendeesChanged', onAppointmentAttendeesChanged);
}
