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
import { readOfficeGlobal } from './officeGlobal';
import { type EmailAddressDetails, isComposeItem } from './officeMailbox';

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

/** Reads the current appointment through Office.js; null outside Outlook or with no appointment open. */
export async function readOutlookAppointment(): Promise<OutlookAppointment | null> {
  const item = readOfficeGlobal()?.context?.mailbox?.item;
  if (!item) return null;
  if (isComposeItem(item)) {
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
  // Read mode has no body.getTypeAsync (compose only); the body is asked for as HTML, which every client gives.
  return {
    mode: 'read',
    organizerEmail: item.organizer?.emailAddress ?? null,
    required: item.requiredAttendees ?? [],
    optional: item.optionalAttendees ?? [],
    roomEmails: [],
    body: { format: 'html', content: await getBody(item, 'html') },
    replaceBody: null,
  };
}

/** The signed-in mailbox's address, as Outlook knows it. */
export function outlookUserEmail(): string | null {
  return readOfficeGlobal()?.context?.mailbox?.userProfile?.emailAddress ?? null;
}
