/**
 * A stand-in for Office.js in the browser: Outlook with an appointment being composed. The real office.js
 * comes from Microsoft's CDN, which tests cannot reach; the app's code path (Office.onReady, item.body,
 * requiredAttendees.getAsync...) is the same.
 */
export function officeComposeStub(options: {
  userEmail: string;
  attendees: string[];
  body: string;
  locale?: string;
}): string {
  return `
(() => {
  const ok = (value) => ({ status: 'succeeded', value });
  const state = { body: ${JSON.stringify(options.body)} };
  window.__officeStub = state;
  const recipients = (list) => ({ getAsync: (cb) => cb(ok(list)) });
  window.Office = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: ${JSON.stringify(options.locale ?? 'en-US')},
      requirements: { isSetSupported: () => false },
      mailbox: {
        userProfile: { emailAddress: ${JSON.stringify(options.userEmail)} },
        item: {
          body: {
            getTypeAsync: (cb) => cb(ok('html')),
            getAsync: (type, cb) => cb(ok(state.body)),
            setAsync: (data, opts, cb) => { state.body = data; cb(ok(undefined)); },
            prependAsync: (data, opts, cb) => { state.body = data + state.body; cb(ok(undefined)); },
          },
          requiredAttendees: recipients(${JSON.stringify(options.attendees.map((emailAddress) => ({ emailAddress, recipientType: 'user' })))}),
          optionalAttendees: recipients([]),
          organizer: { getAsync: (cb) => cb(ok({ emailAddress: ${JSON.stringify(options.userEmail)} })) },
        },
      },
    },
  };
})();`;
}
