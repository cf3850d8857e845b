import type {
  AppointmentComposeItem,
  EmailAddressDetails,
  LocationDetails,
  MailboxItem,
  OfficeAsyncResult,
  OfficeCallback,
} from './officeMailbox';

export type ComposeBodyFormat = 'html' | 'text';

/** An Office.js call that reported failure (its AsyncResult status was not "succeeded"). */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';
  constructor(
    readonly call: string,
    readonly officeError: string,
  ) {
    super(`${call} failed: ${officeError}`);
  }
}

/** Office's callback API as a promise. */
function officeCall<T>(call: string, invoke: (callback: OfficeCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    invoke((result: OfficeAsyncResult<T>) => {
      if (result !== undefined && result !== null && result.status === 'succeeded') {
        resolve(result.value);
      } else {
        const error = result?.error;
        reject(new OfficeCallError(call, error?.message ?? error?.name ?? 'no detail'));
      }
    });
  });
}

/** 'html' or 'text' (`Office.CoercionType`); anything else is treated as text, the safe reading. */
export async function getBodyFormat(item: AppointmentComposeItem): Promise<ComposeBodyFormat> {
  const format = await officeCall<string>('body.getTypeAsync', (callback) =>
    item.body.getTypeAsync(callback),
  );
  return format === 'html' ? 'html' : 'text';
}

export function getBody(item: MailboxItem, format: ComposeBodyFormat): Promise<string> {
  return officeCall<string>('body.getAsync', (callback) => item.body.getAsync(format, callback));
}

export function setBody(
  item: AppointmentComposeItem,
  body: string,
  format: ComposeBodyFormat,
): Promise<void> {
  return officeCall<void>('body.setAsync', (callback) =>
    item.body.setAsync(body, { coercionType: format }, callback),
  );
}

export function prependToBody(
  item: AppointmentComposeItem,
  data: string,
  format: ComposeBodyFormat,
): Promise<void> {
  return officeCall<void>('body.prependAsync', (callback) =>
    item.body.prependAsync(data, { coercionType: format }, callback),
  );
}

export function getRequiredAttendees(item: AppointmentComposeItem): Promise<EmailAddressDetails[]> {
  return officeCall('requiredAttendees.getAsync', (callback) => item.requiredAttendees.getAsync(callback));
}

export function getOptionalAttendees(item: AppointmentComposeItem): Promise<EmailAddressDetails[]> {
  return officeCall('optionalAttendees.getAsync', (callback) => item.optionalAttendees.getAsync(callback));
}

/** The organizer's address (Mailbox 1.7), or null where the client cannot tell. */
export async function getOrganizerEmail(item: AppointmentComposeItem): Promise<string | null> {
  const organizer = item.organizer;
  if (organizer === undefined || typeof organizer.getAsync !== 'function') return null;
  const details = await officeCall<EmailAddressDetails>('organizer.getAsync', (callback) =>
    organizer.getAsync(callback),
  );
  return details?.emailAddress ?? null;
}

/**
 * SMTP addresses of the rooms among the appointment's locations (Mailbox 1.8). Room finder adds
 * a room both as a location and as an attendee; this tells the two apart. Empty where the client
 * has no enhancedLocation.
 */
export async function getRoomEmails(item: AppointmentComposeItem): Promise<string[]> {
  const locations = item.enhancedLocation;
  if (locations === undefined || typeof locations.getAsync !== 'function') return [];
  const details = await officeCall<LocationDetails[]>('enhancedLocation.getAsync', (callback) =>
    locations.getAsync(callback),
  );
  const rooms: string[] = [];
  for (const location of details ?? []) {
    if (location.locationIdentifier?.type === 'room' && location.emailAddress)
      rooms.push(location.emailAddress);
  }
  return rooms;
}
