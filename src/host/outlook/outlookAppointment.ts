import {
  type ComposeBodyFormat,
  getBody,
  getBodyFormat,
  getOptionalAttendees,
  getOrganizerEmail,
  getRequiredAttendees,
  getRoomEmails,
  setBody,
} from './composeBody';
import type { AppointmentComposeItem, EmailAddressDetails } from './officeMailbox';

/** The appointment open in Outlook, as the task pane needs it, whether it is being composed or read. */
export interface OutlookAppointment {
  mode: 'compose' | 'read';
  organizerEmail: string | null;
  required: EmailAddressDetails[];
  optional: EmailAddressDetails[];
  roomEmails: string[];
  body: { format: ComposeBodyFormat; content: string };
  /** Compose only: replaces the whole body (our block changed, every other byte kept by the caller). */
  replaceBody: ((content: string, format: ComposeBodyFormat) => Promise<void>) | null;
}

interface ReadItem {
  organizer?: EmailAddressDetails;
  requiredAttendees?: EmailAddressDetails[];
  optionalAttendees?: EmailAddressDetails[];
  body: AppointmentComposeItem['body'];
}

interface OfficeWithMailbox {
  context?: { mailbox?: { item?: unknown; userProfile?: { emailAddress?: string } } };
}

/** In compose mode the recipients are objects with getAsync; in read mode they are plain arrays. */
function isCompose(item: unknown): item is AppointmentComposeItem {
  const recipients = (item as { requiredAttendees?: { getAsync?: unknown } }).requiredAttendees;
  return typeof recipients?.getAsync === 'function';
}

/** Reads the current appointment through Office.js; null outside Outlook or with no appointment open. */
export async function readOutlookAppointment(): Promise<OutlookAppointment | null> {
  const item = (globalThis as { Office?: OfficeWithMailbox }).Office?.context?.mailbox?.item;
  if (!item) return null;
  if (isCompose(item)) {
    const format = await getBodyFormat(item);
    const [content, required, optional, organizerEmail, roomEmails] = await Promise.all([
      getBody(item, format),
      getRequiredAttendees(item),
      getOptionalAttendees(item),
      getOrganizerEmail(item),
      getRoomEmails(item),
    ]);
    return {
      mode: 'compose',
      organizerEmail,
      required,
      optional,
      roomEmails,
      body: { format, content },
      replaceBody: (next, nextFormat) => setBody(item, next, nextFormat),
    };
  }
  const read = item as ReadItem;
  const format = await getBodyFormat(item as AppointmentComposeItem);
  return {
    mode: 'read',
    organizerEmail: read.organizer?.emailAddress ?? null,
    required: read.requiredAttendees ?? [],
    optional: read.optionalAttendees ?? [],
    roomEmails: [],
    body: { format, content: await getBody(item as AppointmentComposeItem, format) },
    replaceBody: null,
  };
}

/** The signed-in mailbox's address, as Outlook knows it. */
export function outlookUserEmail(): string | null {
  return (
    (globalThis as { Office?: OfficeWithMailbox }).Office?.context?.mailbox?.userProfile?.emailAddress ?? null
  );
}
