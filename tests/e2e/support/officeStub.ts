import { prependLikeOutlook } from '../../support/officeBodyPrepend';

/**
 * A stand-in for Office.js in the browser: Outlook with an appointment open. The real office.js comes from
 * Microsoft's CDN, which tests cannot reach; the app's code path (Office.onReady, item.body, attendees) is
 * the same. It has what Office.js has in each mode and nothing more: in compose mode the body's getTypeAsync,
 * getAsync, setAsync and prependAsync and the recipients' getAsync; in read mode (`Office.AppointmentRead`)
 * only body.getAsync, with attendees and the organizer as plain values.
 */
export function officeStub(options: {
  mode?: 'compose' | 'read';
  userEmail: string;
  attendees: string[];
  body: string;
  locale?: string;
  /** Read mode: the organizer of the appointment (default: the user). */
  organizerEmail?: string;
}): string {
  const attendees = options.attendees.map((emailAddress) => ({ emailAddress, recipientType: 'user' }));
  const organizer = { emailAddress: options.organizerEmail ?? options.userEmail };
  return `
(() => {
  const ok = (value) => ({ status: 'succeeded', value });
  const prependLikeOutlook = ${prependLikeOutlook.toString()};
  const state = { body: ${JSON.stringify(options.body)}, calls: [] };
  window.__officeStub = state;
  const recipients = (list) => ({ getAsync: (cb) => cb(ok(list)) });
  const record = (name) => state.calls.push(name);
  const composeItem = {
    body: {
      getTypeAsync: (cb) => { record('getTypeAsync'); cb(ok('html')); },
      getAsync: (type, cb) => { record('getAsync:' + type); cb(ok(state.body)); },
      setAsync: (data, opts, cb) => { record('setAsync'); state.body = data; cb(ok(undefined)); },
      prependAsync: (data, opts, cb) => {
        record('prependAsync');
        state.body = prependLikeOutlook(state.body, data, opts.coercionType);
        cb(ok(undefined));
      },
    },
    requiredAttendees: recipients(${JSON.stringify(attendees)}),
    optionalAttendees: recipients([]),
    organizer: { getAsync: (cb) => cb(ok(${JSON.stringify(organizer)})) },
  };
  const readItem = {
    body: { getAsync: (type, cb) => { record('getAsync:' + type); cb(ok(state.body)); } },
    // Outlook lists the organizer among the required attendees of a meeting being read.
    requiredAttendees: ${JSON.stringify([organizer, ...attendees])},
    optionalAttendees: [],
    organizer: ${JSON.stringify(organizer)},
  };
  window.Office = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: ${JSON.stringify(options.locale ?? 'en-US')},
      requirements: { isSetSupported: () => false },
      mailbox: {
        userProfile: { emailAddress: ${JSON.stringify(options.userEmail)} },
        item: ${options.mode === 'read' ? 'readItem' : 'composeItem'},
      },
    },
  };
})();`;
}
