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

import { readAppDeployment } from '../../host/appDeployment';
import { readOfficeGlobal } from '../../host/outlook/officeGlobal';
import { createComposeAgendaHandler } from '../../services/outlookCompose/composeAgendaHandler';

// Both events need the same thing: the block present exactly when the appointment is a 1:1.
const onNewAppointmentOrganizer = createComposeAgendaHandler({
  getOffice: readOfficeGlobal,
  // No page origin to fall back on: vite.outlook.config.ts always sets VITE_APP_ORIGIN (buildAppOrigin), and a
  // production build without it fails.
  deployment: readAppDeployment(import.meta.env, ''),
});
const onAppointmentAttendeesChanged = onNewAppointmentOrganizer;

const actions = readOfficeGlobal()?.actions;
if (actions !== undefined) {
  actions.associate('onNewAppointmentOrganizer', onNewAppointmentOrganizer);
  actions.associate('onAppointmentAttendeesChanged', onAppointmentAttendeesChanged);
}
