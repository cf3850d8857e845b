/** `@odata.context` values, written as Graph writes them for each resource path. */
const METADATA = 'https://graph.microsoft.com/v1.0/$metadata#';

function selection(select: readonly string[] | null): string {
  return select && select.length > 0 ? `(${select.join(',')})` : '';
}

export const contextUrl = {
  user: (select: readonly string[] | null) => `${METADATA}users${selection(select)}/$entity`,
  directoryObject: () => `${METADATA}directoryObjects/$entity`,
  directoryObjects: (select: readonly string[] | null) => `${METADATA}directoryObjects${selection(select)}`,
  calendarView: (userId: string, select: readonly string[] | null) =>
    `${METADATA}users('${userId}')/calendarView${selection(select)}`,
  events: (userId: string, select: readonly string[] | null) =>
    `${METADATA}users('${userId}')/events${selection(select)}`,
  event: (userId: string, select: readonly string[] | null) =>
    `${METADATA}users('${userId}')/events${selection(select)}/$entity`,
  instances: (userId: string, eventId: string, select: readonly string[] | null) =>
    `${METADATA}users('${userId}')/events('${eventId}')/instances${selection(select)}`,
  drive: () => `${METADATA}drives/$entity`,
  drives: (select: readonly string[] | null) => `${METADATA}drives${selection(select)}`,
  site: (select: readonly string[] | null) => `${METADATA}sites${selection(select)}/$entity`,
  driveItem: (driveId: string, select: readonly string[] | null) =>
    `${METADATA}drives('${encodeURIComponent(driveId)}')/items${selection(select)}/$entity`,
  driveItems: (driveId: string, select: readonly string[] | null) =>
    `${METADATA}drives('${encodeURIComponent(driveId)}')/items${selection(select)}`,
  permissions: () => `${METADATA}Collection(microsoft.graph.permission)`,
  permission: () => `${METADATA}microsoft.graph.permission`,
  chat: (select: readonly string[] | null) => `${METADATA}chats${selection(select)}/$entity`,
  mailboxSettings: (userId: string) => `${METADATA}users('${userId}')/mailboxSettings`,
  mailboxSetting: (userId: string, property: string) =>
    `${METADATA}users('${userId}')/mailboxSettings/${property}`,
};
