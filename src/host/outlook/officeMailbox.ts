/**
 * The few Office.js members the launch handler uses, typed here instead of pulling in all of
 * @types/office-js. Values are the documented string values of Office's enums
 * (`Office.CoercionType.Html === 'html'`, `Office.AsyncResultStatus.Succeeded === 'succeeded'`),
 * so the handler does not depend on the enum objects being present.
 */

export interface OfficeAsyncError {
  name?: string;
  message?: string;
  code?: number;
}

export interface OfficeAsyncResult<T> {
  status: string;
  value: T;
  error?: OfficeAsyncError | null;
}

export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

export interface CoercionOptions {
  coercionType: string;
}

export interface ComposeBody {
  getTypeAsync(callback: OfficeCallback<string>): void;
  getAsync(coercionType: string, callback: OfficeCallback<string>): void;
  setAsync(data: string, options: CoercionOptions, callback: OfficeCallback<void>): void;
  prependAsync(data: string, options: CoercionOptions, callback: OfficeCallback<void>): void;
}

/**
 * `recipientType` is one of 'user', 'externalUser', 'distributionList', 'other'
 * (`Office.MailboxEnums.RecipientType`). 'other' is documented as a recipient not resolved
 * against the address book (a typed SMTP address): a person, not a room.
 */
export interface EmailAddressDetails {
  emailAddress: string;
  displayName?: string;
  recipientType?: string;
}

export interface ComposeRecipients {
  getAsync(callback: OfficeCallback<EmailAddressDetails[]>): void;
}

export interface ComposeOrganizer {
  getAsync(callback: OfficeCallback<EmailAddressDetails>): void;
}

/** `Office.LocationDetails` (Mailbox 1.8): rooms have type 'room' and an SMTP address. */
export interface LocationDetails {
  displayName?: string;
  emailAddress?: string;
  locationIdentifier?: { id?: string; type?: string };
}

export interface ComposeEnhancedLocation {
  getAsync(callback: OfficeCallback<LocationDetails[]>): void;
}

/** `Office.AppointmentCompose`: the appointment the organizer is composing. */
export interface AppointmentComposeItem {
  body: ComposeBody;
  requiredAttendees: ComposeRecipients;
  optionalAttendees: ComposeRecipients;
  /** Mailbox 1.7. */
  organizer?: ComposeOrganizer;
  /** Mailbox 1.8. */
  enhancedLocation?: ComposeEnhancedLocation;
}

export interface LaunchEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type LaunchHandler = (event: LaunchEvent) => void;

export interface OfficeForLaunch {
  context: {
    mailbox: {
      item: AppointmentComposeItem | null | undefined;
      userProfile?: { emailAddress?: string };
    };
    /** The Office UI language, e.g. "fr-CA". */
    displayLanguage?: string;
  };
  actions?: { associate(name: string, handler: LaunchHandler): void };
}
