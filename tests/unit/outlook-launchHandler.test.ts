import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findInviteBlock } from '../../src/domain/invite/inviteBlockInBody';
import type {
  EmailAddressDetails,
  LocationDetails,
  OfficeAsyncResult,
  OfficeGlobal,
} from '../../src/host/outlook/officeMailbox';
import { createComposeAgendaHandler } from '../../src/services/outlookCompose/composeAgendaHandler';
import { TEAMS_INVITE_HTML, TEAMS_INVITE_TEXT } from '../fixtures/outlookBodies/teamsInviteBodies';
import { prependLikeOutlook } from '../support/officeBodyPrepend';

type OfficeCall =
  | 'getTypeAsync'
  | 'getAsync'
  | 'setAsync'
  | 'prependAsync'
  | 'requiredAttendees'
  | 'optionalAttendees'
  | 'organizer'
  | 'enhancedLocation';

/** What the mocked appointment holds, and how its calls misbehave. */
interface Appointment {
  format: 'html' | 'text';
  body: string;
  required: EmailAddressDetails[];
  optional: EmailAddressDetails[];
  rooms: LocationDetails[];
  displayLanguage: string;
  fail: Set<OfficeCall>;
  throwIn: Set<OfficeCall>;
  /** Calls whose callback is kept and never called (a hung Office call). */
  hang: Map<OfficeCall, () => void>;
  writes: { call: 'setAsync' | 'prependAsync'; data: string; coercionType: string }[];
}

const ORGANIZER = 'dana@contoso.example';
const ROOM = 'room-4.12@contoso.example';
const user = (emailAddress: string, recipientType = 'user'): EmailAddressDetails => ({
  emailAddress,
  displayName: emailAddress,
  recipientType,
});
const SAM = user('sam@contoso.example');
const LEE = user('lee@contoso.example');
const PAT = user('pat@fabrikam.example', 'externalUser');

function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    format: 'html',
    body: TEAMS_INVITE_HTML,
    // Outlook on Windows lists the organizer among the required attendees.
    required: [user(ORGANIZER), SAM],
    optional: [],
    rooms: [],
    displayLanguage: 'en-US',
    fail: new Set(),
    throwIn: new Set(),
    hang: new Map(),
    writes: [],
    ...overrides,
  };
}

/** Office.js for one appointment in compose mode, as office-addin-mock objects. */
function officeFor(state: Appointment): OfficeGlobal {
  const respond = <T>(call: OfficeCall, value: T, callback: (result: OfficeAsyncResult<T>) => void) => {
    if (state.throwIn.has(call)) throw new Error(`${call} threw`);
    const result: OfficeAsyncResult<T> = state.fail.has(call)
      ? {
          status: 'failed',
          value: undefined as T,
          error: { name: 'GenericResponseError', message: `${call} failed`, code: 9020 },
        }
      : { status: 'succeeded', value };
    if (state.hang.has(call)) state.hang.set(call, () => callback(result));
    else callback(result);
  };
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      displayLanguage: state.displayLanguage,
      mailbox: {
        userProfile: { emailAddress: ORGANIZER },
        item: {
          body: {
            getTypeAsync: (callback: (result: OfficeAsyncResult<string>) => void) =>
              respond('getTypeAsync', state.format, callback),
            getAsync: (coercionType: string, callback: (result: OfficeAsyncResult<string>) => void) =>
              respond('getAsync', coercionType === state.format ? state.body : '', callback),
            setAsync: (
              data: string,
              options: { coercionType: string },
              callback: (r: OfficeAsyncResult<void>) => void,
            ) => {
              respond('setAsync', undefined, (result) => {
                if (result.status === 'succeeded') {
                  state.body = data;
                  state.writes.push({ call: 'setAsync', data, coercionType: options.coercionType });
                }
                callback(result);
              });
            },
            prependAsync: (
              data: string,
              options: { coercionType: string },
              callback: (r: OfficeAsyncResult<void>) => void,
            ) => {
              respond('prependAsync', undefined, (result) => {
                if (result.status === 'succeeded') {
                  state.body = prependLikeOutlook(state.body, data, state.format);
                  state.writes.push({ call: 'prependAsync', data, coercionType: options.coercionType });
                }
                callback(result);
              });
            },
          },
          requiredAttendees: {
            getAsync: (callback: (r: OfficeAsyncResult<EmailAddressDetails[]>) => void) =>
              respond('requiredAttendees', state.required, callback),
          },
          optionalAttendees: {
            getAsync: (callback: (r: OfficeAsyncResult<EmailAddressDetails[]>) => void) =>
              respond('optionalAttendees', state.optional, callback),
          },
          organizer: {
            getAsync: (callback: (r: OfficeAsyncResult<EmailAddressDetails>) => void) =>
              respond('organizer', { emailAddress: ORGANIZER, displayName: 'Dana' }, callback),
          },
          enhancedLocation: {
            getAsync: (callback: (r: OfficeAsyncResult<LocationDetails[]>) => void) =>
              respond('enhancedLocation', state.rooms, callback),
          },
        },
      },
    },
  });
  return mock as unknown as OfficeGlobal;
}

/** Runs the launch handler once on `state`; returns how often event.completed() was called. */
async function fire(
  state: Appointment,
  office: OfficeGlobal | undefined = officeFor(state),
): Promise<number> {
  const completed = vi.fn();
  const log = vi.fn();
  const handler = createComposeAgendaHandler({
    getOffice: () => office,
    deployment: {
      appOrigin: 'https://agenda.contoso.example',
      teamsAppId: '11111111-2222-3333-4444-555555555555',
    },
    log,
  });
  await handler({ completed });
  return completed.mock.calls.length;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('launch handler: inserting the agenda', () => {
  it('gives a 1:1 being composed the default agenda, right after <body> and before the Teams join block', async () => {
    const state = appointment();
    expect(await fire(state)).toBe(1);
    expect(state.writes).toHaveLength(1);
    expect(state.writes[0]).toMatchObject({ call: 'prependAsync', coercionType: 'html' });
    const block = findInviteBlock(state.body, 'html');
    expect(block).not.toBeNull();
    expect(state.body.slice(0, block?.start)).toMatch(/<body dir="ltr">$/);
    const agenda = state.body.slice(block?.start, block?.end);
    expect(agenda).toContain('How are you doing, really?');
    expect(agenda).toContain('href="https://agenda.contoso.example/?compose=1"');
    expect(agenda).toContain('href="https://teams.microsoft.com/l/app/11111111-2222-3333-4444-555555555555"');
    expect(state.body.indexOf('meet_invite_block.action.join_link')).toBeGreaterThan(block?.end ?? 0);
  });

  it('writes the labels and prompts in Canadian French for a French Outlook', async () => {
    const state = appointment({ displayLanguage: 'fr-CA' });
    await fire(state);
    expect(state.body).toContain('Ordre du jour');
    expect(state.body).toContain('Comment allez-vous, vraiment?');
  });

  it('leaves a group meeting alone', async () => {
    const state = appointment({ required: [user(ORGANIZER), SAM, LEE] });
    expect(await fire(state)).toBe(1);
    expect(state.writes).toHaveLength(0);
    expect(state.body).toBe(TEAMS_INVITE_HTML);
  });

  it('leaves a new appointment without attendees alone', async () => {
    const state = appointment({ required: [] });
    await fire(state);
    expect(state.writes).toHaveLength(0);
  });

  it('still sees a 1:1 when the only other attendee is a room', async () => {
    const state = appointment({
      required: [user(ORGANIZER), SAM, user(ROOM, 'other')],
      rooms: [
        { displayName: 'Room 4.12', emailAddress: ROOM, locationIdentifier: { id: ROOM, type: 'room' } },
      ],
    });
    await fire(state);
    expect(findInviteBlock(state.body, 'html')).not.toBeNull();
  });

  it('does not add a second block', async () => {
    const state = appointment();
    await fire(state);
    const once = state.body;
    await fire(state);
    expect(state.body).toBe(once);
    expect(state.writes).toHaveLength(1);
  });

  it('handles a body in text format', async () => {
    const state = appointment({ format: 'text', body: TEAMS_INVITE_TEXT });
    await fire(state);
    expect(state.writes[0]).toMatchObject({ call: 'prependAsync', coercionType: 'text' });
    expect(state.body.startsWith('[[one-on-one-agenda:begin v1 h=')).toBe(true);
    expect(state.body).toContain('\r\n  · How are you doing, really?\r\n');
    expect(state.body.endsWith(TEAMS_INVITE_TEXT)).toBe(true);
  });

  it('falls back to the mailbox owner when the organizer cannot be read', async () => {
    const state = appointment();
    state.fail.add('organizer');
    state.fail.add('enhancedLocation');
    await fire(state);
    expect(findInviteBlock(state.body, 'html')).not.toBeNull();
  });
});

describe('launch handler: removing the agenda', () => {
  it.each([
    ['html', TEAMS_INVITE_HTML],
    ['text', TEAMS_INVITE_TEXT],
  ] as const)(
    'takes an untouched %s block out again when 1 attendee becomes 3, byte for byte',
    async (format, body) => {
      const state = appointment({ format, body });
      await fire(state);
      expect(findInviteBlock(state.body, format)).not.toBeNull();

      state.required = [user(ORGANIZER), SAM, LEE, PAT];
      expect(await fire(state)).toBe(1);
      expect(state.writes.at(-1)).toMatchObject({ call: 'setAsync', coercionType: format });
      expect(state.body).toBe(body);
    },
  );

  it('keeps a block someone edited', async () => {
    const state = appointment();
    await fire(state);
    state.body = state.body.replace('How are you doing, really?', 'How was the conference?');
    const edited = state.body;
    state.required = [user(ORGANIZER), SAM, LEE, PAT];
    await fire(state);
    expect(state.body).toBe(edited);
  });

  it('keeps an agenda that is not the default one (written by the app)', async () => {
    const state = appointment();
    await fire(state);
    state.body = state.body.replace('How are you doing, really?', 'Topic from the app');
    state.required = [user(ORGANIZER), SAM, LEE];
    const before = state.body;
    await fire(state);
    expect(state.body).toBe(before);
  });
});

describe('launch handler: event.completed() on every path', () => {
  it.each<OfficeCall>(['getTypeAsync', 'getAsync', 'requiredAttendees', 'optionalAttendees', 'prependAsync'])(
    'completes without changes when %s reports failure',
    async (call) => {
      const state = appointment();
      state.fail.add(call);
      expect(await fire(state)).toBe(1);
      expect(state.body).toBe(TEAMS_INVITE_HTML);
    },
  );

  it.each<OfficeCall>(['getTypeAsync', 'getAsync', 'requiredAttendees', 'prependAsync', 'setAsync'])(
    'completes when %s throws',
    async (call) => {
      const state = appointment();
      if (call === 'setAsync') {
        await fire(state);
        state.required = [user(ORGANIZER), SAM, LEE];
      }
      const before = state.body;
      state.throwIn.add(call);
      expect(await fire(state)).toBe(1);
      expect(state.body).toBe(before);
    },
  );

  it('completes when setAsync reports failure on removal', async () => {
    const state = appointment();
    await fire(state);
    state.required = [user(ORGANIZER), SAM, LEE];
    state.fail.add('setAsync');
    const before = state.body;
    expect(await fire(state)).toBe(1);
    expect(state.body).toBe(before);
  });

  it('completes when there is no item, or no Office at all', async () => {
    const state = appointment();
    const office = officeFor(state);
    const mailbox = office.context?.mailbox;
    if (!mailbox) throw new Error('The Office mock has no mailbox');
    mailbox.item = null;
    expect(await fire(state, office)).toBe(1);
    expect(await fire(state, undefined)).toBe(1);
  });

  it('completes once even if event.completed() itself throws', async () => {
    const completed = vi.fn(() => {
      throw new Error('runtime gone');
    });
    const state = appointment();
    const handler = createComposeAgendaHandler({
      getOffice: () => officeFor(state),
      deployment: { appOrigin: 'http://localhost:5173', teamsAppId: null },
      log: vi.fn(),
    });
    await expect(handler({ completed })).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('completes when Office never answers, and writes nothing after that', async () => {
    vi.useFakeTimers();
    const state = appointment();
    state.hang.set('getAsync', () => {});
    const completed = vi.fn();
    const handler = createComposeAgendaHandler({
      getOffice: () => officeFor(state),
      deployment: { appOrigin: 'http://localhost:5173', teamsAppId: null },
      timeoutMs: 5_000,
      log: vi.fn(),
    });
    const done = handler({ completed });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(completed).toHaveBeenCalledTimes(1);

    // Office answers late: the event is over, so nothing is written.
    state.hang.get('getAsync')?.();
    await done;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(state.writes).toHaveLength(0);
  });
});
