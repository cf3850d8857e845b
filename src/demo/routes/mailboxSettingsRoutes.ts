/** `/users/{user}/mailboxSettings` and its single properties, e.g. `/me/mailboxSettings/timeZone`. */
import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import { graphErrors } from '../http/graphErrorResponse';
import { graphJson } from '../http/graphResponses';
import type { RouteContext, RouteDefinition } from '../http/routeTypes';
import { contextUrl } from '../odata/contextUrl';
import { parseODataQuery } from '../odata/queryOptions';
import type { DemoSeedUser } from '../seed/demoSeed.types';
import { ownMailboxOwner } from './mailboxOwner';

function languageName(locale: string): string {
  try {
    return (
      new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' }).of(locale) ?? locale
    );
  } catch {
    return locale;
  }
}

export function mailboxSettingsOf(user: DemoSeedUser): MailboxSettings {
  const timeZone = user.mailboxSettings?.timeZone ?? 'UTC';
  const locale = user.preferredLanguage ?? 'en-US';
  return {
    archiveFolder: null,
    timeZone,
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    dateFormat: 'yyyy-MM-dd',
    timeFormat: 'HH:mm',
    userPurpose: 'user',
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      internalReplyMessage: '',
      externalReplyMessage: '',
      scheduledStartDateTime: { dateTime: '2026-01-01T00:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2026-01-02T00:00:00.0000000', timeZone: 'UTC' },
    },
    language: { locale, displayName: languageName(locale) },
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:30:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: timeZone },
    },
    ...user.mailboxSettings,
  };
}

/** Single properties Graph exposes as their own paths; primitives come back as `{ value }`. */
const PRIMITIVE_SETTINGS = ['timeZone', 'dateFormat', 'timeFormat', 'userPurpose'] as const;
const COMPLEX_SETTINGS = ['automaticRepliesSetting', 'language', 'workingHours'] as const;

function allSettings(context: RouteContext): Response {
  parseODataQuery(context.url);
  const owner = ownMailboxOwner(context);
  return graphJson(
    { '@odata.context': contextUrl.mailboxSettings(owner.id), ...mailboxSettingsOf(owner) },
    context.meta,
  );
}

function oneSetting(context: RouteContext): Response {
  const owner = ownMailboxOwner(context);
  const requested = (context.params.setting ?? '').toLowerCase();
  const settings = mailboxSettingsOf(owner) as Record<string, unknown>;
  const primitive = PRIMITIVE_SETTINGS.find((name) => name.toLowerCase() === requested);
  if (primitive) {
    const odataContext = contextUrl.mailboxSetting(owner.id, primitive);
    return graphJson({ '@odata.context': odataContext, value: settings[primitive] ?? null }, context.meta);
  }
  const complex = COMPLEX_SETTINGS.find((name) => name.toLowerCase() === requested);
  if (!complex) throw graphErrors.segmentNotFound(context.params.setting ?? '');
  const value = settings[complex];
  return graphJson(
    {
      '@odata.context': contextUrl.mailboxSetting(owner.id, complex),
      ...(typeof value === 'object' ? value : {}),
    },
    context.meta,
  );
}

export const mailboxSettingsRoutes: readonly RouteDefinition[] = [
  { method: 'GET', path: '/users/{user}/mailboxSettings', handle: allSettings },
  { method: 'GET', path: '/users/{user}/mailboxSettings/{setting}', handle: oneSetting },
];
