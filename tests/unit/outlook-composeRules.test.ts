import { describe, expect, it } from 'vitest';
import {
  type ComposeAttendees,
  decideComposeAction,
  isOneOnOneCompose,
} from '../../src/domain/invite/oneOnOneComposeRules';
import type { EmailAddressDetails } from '../../src/host/outlook/officeMailbox';

const person = (emailAddress: string, recipientType = 'user'): EmailAddressDetails => ({
  emailAddress,
  displayName: emailAddress.split('@')[0] ?? '',
  recipientType,
});

const ORGANIZER = 'dana@contoso.example';
const ROOM = 'room-4.12@contoso.example';

function attendees(required: EmailAddressDetails[], optional: EmailAddressDetails[] = []): ComposeAttendees {
  return { required, optional, organizerEmail: ORGANIZER, roomEmails: [ROOM] };
}

describe('isOneOnOneCompose', () => {
  it.each([
    ['one required person', [person('sam@contoso.example')], []],
    [
      'the organizer listed too (Outlook on Windows)',
      [person('Dana@Contoso.example'), person('sam@contoso.example')],
      [],
    ],
    ['a room besides the person', [person('sam@contoso.example'), person(ROOM, 'other')], []],
    ['the person twice', [person('sam@contoso.example'), person(' SAM@contoso.example ')], []],
    ['the person also optional', [person('sam@contoso.example')], [person('sam@contoso.example')]],
    ['an external person', [person('pat@fabrikam.example', 'externalUser')], []],
    ['an unresolved address (recipientType other)', [person('pat@fabrikam.example', 'other')], []],
    ['an optional room', [person('sam@contoso.example')], [person(ROOM)]],
  ])('is a 1:1 with %s', (_name, required, optional) => {
    expect(isOneOnOneCompose(attendees(required, optional))).toBe(true);
  });

  it.each([
    ['nobody yet', [], []],
    ['only the organizer', [person(ORGANIZER)], []],
    ['only a room', [person(ROOM)], []],
    ['two people', [person('sam@contoso.example'), person('lee@contoso.example')], []],
    ['three people', [person('a@x.example'), person('b@x.example'), person('c@x.example')], []],
    ['another person as optional', [person('sam@contoso.example')], [person('lee@contoso.example')]],
    ['only an optional person', [], [person('sam@contoso.example')]],
    ['a distribution list', [person('team@contoso.example', 'distributionList')], []],
    ['an attendee without an address', [person('sam@contoso.example'), person('')], []],
  ])('is not a 1:1 with %s', (_name, required, optional) => {
    expect(isOneOnOneCompose(attendees(required, optional))).toBe(false);
  });

  it('counts the organizer as a person when their address is unknown', () => {
    const unknown = {
      ...attendees([person(ORGANIZER), person('sam@contoso.example')]),
      organizerEmail: null,
    };
    expect(isOneOnOneCompose(unknown)).toBe(false);
  });
});

describe('decideComposeAction', () => {
  const oneOnOne = attendees([person('sam@contoso.example')]);
  const group = attendees([person('sam@contoso.example'), person('lee@contoso.example')]);

  it('inserts into a 1:1 without a block, and nothing else', () => {
    expect(decideComposeAction(oneOnOne, { hasBlock: false, blockUntouched: false })).toBe('insert');
    expect(decideComposeAction(oneOnOne, { hasBlock: true, blockUntouched: true })).toBe('none');
    expect(decideComposeAction(oneOnOne, { hasBlock: true, blockUntouched: false })).toBe('none');
  });

  it('removes an untouched block from what is no longer a 1:1, and keeps an edited one', () => {
    expect(decideComposeAction(group, { hasBlock: true, blockUntouched: true })).toBe('remove');
    expect(decideComposeAction(group, { hasBlock: true, blockUntouched: false })).toBe('none');
    expect(decideComposeAction(group, { hasBlock: false, blockUntouched: false })).toBe('none');
  });
});
