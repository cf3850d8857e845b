/**
 * The few Office.js members the app uses (task pane, launch handler, host detection), typed here
 * instead of pulling in all of @types/office-js. Office.js is a script tag loaded by the Outlook
 * page or runtime, so `OfficeGlobal` describes the global `Office` when it exists. Values are the documented string values of Office's enums
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

/** `Office.Body` in read mode: `getTypeAsync` and the setters exist only in compose mode. */
export interface ReadBody {
  getAsync(coercionType: string, callback: OfficeCallback<string>): void;
}

export interface ComposeBody extends ReadBody {
  getTypeAsync(callback: OfficeCallback<string>): void;
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

/** `Office.AppointmentRead`: an appointment being read (an attendee, or the organizer's sent meeting). */
export interface AppointmentReadItem {
  body: ReadBody;
  organizer?: EmailAddressDetails;
  requiredAttendees?: EmailAddressDetails[];
  optionalAttendees?: EmailAddressDetails[];
}

export type MailboxItem = AppointmentComposeItem | AppointmentReadItem;

/** Compose mode tells itself apart by its recipients: objects with getAsync, not plain arrays. */
export function isComposeItem(item: MailboxItem): item is AppointmentComposeItem {
  const recipients = (item as { requiredAttendees?: { getAsync?: unknown } }).requiredAttendees;
  return typeof recipients?.getAsync === 'function';
}

export interface LaunchEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type LaunchHandler = (event: LaunchEvent) => void;

export interface OfficeRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface OfficeTheme {
  /** Hex colour such as "#1f1f1f". */
  bodyBackgroundColor?: string;
}

export interface OfficeReadyInfo {
  /** "Outlook", "Word", … or null outside an Office host. */
  host: string | null;
  platform: string | null;
}

/** `Office.DialogOptions`: sizes are percentages of the screen. */
export interface OfficeDialogOptions {
  height?: number;
  width?: number;
  /** Never true for sign-in: identity providers refuse to be framed. */
  displayInIframe?: boolean;
  /** Office on the web: ask the user before opening (its answer to a pop-up blocker). */
  promptBeforeOpen?: boolean;
}

/** What the dialog passed to `messageParent`; `origin` is the dialog page's origin (DialogOrigin 1.1), else absent. */
export interface DialogMessageReceivedArgs {
  message: string;
  origin?: string | undefined;
}

/** A dialog event: 12002 page not found, 12003 http page, 12006 closed by the user. */
export interface DialogEventReceivedArgs {
  error: number;
}

/** The event names are the values of `Office.EventType.DialogMessageReceived` and `.DialogEventReceived`. */
export type DialogEventType = 'dialogMessageReceived' | 'dialogEventReceived';

/** `Office.Dialog`, as `displayDialogAsync` hands it to the opening page. */
export interface OfficeDialog {
  addEventHandler(
    eventType: DialogEventType,
    handler: (args: DialogMessageReceivedArgs | DialogEventReceivedArgs) => void,
  ): void;
  close(): void;
}

/** `Office.context.ui` (DialogApi 1.1): the opening page calls displayDialogAsync, the dialog page messageParent. */
export interface OfficeUi {
  /** Fails with 12004 (not the pane's domain), 12005 (http), 12007 (a dialog is already open), 12009 (user declined). */
  displayDialogAsync(
    startAddress: string,
    options: OfficeDialogOptions,
    callback: OfficeCallback<OfficeDialog>,
  ): void;
  messageParent(message: string): void;
}

export interface OfficeContext {
  requirements?: OfficeRequirements;
  /** Absent where the host offers no dialog API. */
  ui?: OfficeUi;
  /** The Office UI language, e.g. "fr-CA". */
  displayLanguage?: string;
  officeTheme?: OfficeTheme;
  mailbox?: {
    item?: MailboxItem | null;
    userProfile?: { emailAddress?: string };
  };
}

/** The global `Office`, as far as the app reads it; each member may be missing in one host or another. */
export interface OfficeGlobal {
  onReady?(): Promise<OfficeReadyInfo>;
  context?: OfficeContext;
  actions?: { associate(name: string, handler: LaunchHandler): void };
}
