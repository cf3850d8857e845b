import { normalizeEmail } from '../normalizeEmail';

/** An attendee as Outlook lists it (`Office.ComposeRecipient`), only what the rule reads. */
export interface ComposeRecipient {
  emailAddress: string;
  /** 'user', 'externalUser', 'distributionList' or 'other' (`Office.MailboxEnums.RecipientType`). */
  recipientType?: string;
}

export interface ComposeAttendees {
  required: readonly ComposeRecipient[];
  optional: readonly ComposeRecipient[];
  /** The organizer (Outlook on Windows lists them among the required attendees); null if unknown. */
  organizerEmail: string | null;
  /** Rooms booked as locations: they appear as attendees too but are not people. */
  roomEmails: readonly string[];
}

/**
 * Whether the appointment being composed is a 1:1: exactly one person besides the organizer
 * among the required attendees, and no other person among the optional ones. Rooms do not count.
 * A distribution list is never one person, and an attendee without an address cannot be told
 * apart from the others, so either makes it not a 1:1. The same person twice counts once.
 *
 * recipientType 'other' counts as a person: Office documents it as an address not resolved
 * against the directory (typed by hand), not as a resource.
 */
export function isOneOnOneCompose(attendees: ComposeAttendees): boolean {
  const organizer = normalizeEmail(attendees.organizerEmail ?? '');
  const rooms = new Set(attendees.roomEmails.map(normalizeEmail));
  const people = new Set<string>();

  const addPeople = (list: readonly ComposeRecipient[], required: boolean): boolean => {
    for (const attendee of list) {
      const email = normalizeEmail(attendee.emailAddress ?? '');
      if (email === '') return false;
      if (email === organizer || rooms.has(email)) continue;
      if (attendee.recipientType === 'distributionList') return false;
      if (!required && !people.has(email)) return false;
      people.add(email);
    }
    return true;
  };

  return addPeople(attendees.required, true) && addPeople(attendees.optional, false) && people.size === 1;
}

export type ComposeBlockAction = 'insert' | 'remove' | 'none';

export interface ComposeBlockState {
  hasBlock: boolean;
  /** The block is still exactly the default one we insert (nobody edited it). */
  blockUntouched: boolean;
}

/**
 * Insert the default agenda into a 1:1 that has none; take it out again when the appointment
 * stops being a 1:1, but only if nobody edited it. Anything else is left as it is.
 */
export function decideComposeAction(
  attendees: ComposeAttendees,
  block: ComposeBlockState,
): ComposeBlockAction {
  const oneOnOne = isOneOnOneCompose(attendees);
  if (oneOnOne && !block.hasBlock) return 'insert';
  if (!oneOnOne && block.hasBlock && block.blockUntouched) return 'remove';
  return 'none';
}
