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

/** Where the app is when the build does not say: `npm start`'s dev server. Real builds set VITE_APP_ORIGIN. */
const DEV_SERVER_ORIGIN = 'http://localhost:5173';

// Both events need the same thing: the block present exactly when the appointment is a 1:1.
const onNewAppointmentOrganizer = createComposeAgendaHandler({
  getOffice: readOfficeGlobal,
  deployment: readAppDeployment(import.meta.env, DEV_SERVER_ORIGIN),
});
const onAppointmentAttendeesChanged = onNewAppointmentOrganizer;

const actions = readOfficeGlobal()?.actions;
if (actions !== undefined) {
  actions.associate('onNewAppointmentOrganizer', onNewAppointmentOrganizer);
  actions.associate('onAppointmentAttendeesChanged', onAppointmentAttendeesChanged);
}
