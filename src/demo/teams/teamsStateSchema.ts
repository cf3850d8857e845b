/** The seed's optional `teams` section (see teamsAppState.ts), checked where the emulator relies on it. */
import { z } from 'zod';

const catalogApp = z.looseObject({
  id: z.string().min(1),
  externalId: z.string().min(1).nullable(),
  displayName: z.string().min(1),
  distributionMethod: z.enum(['store', 'organization', 'sideloaded']),
});

const installation = z.looseObject({
  chatId: z.string().min(1),
  id: z.string().min(1),
  teamsAppId: z.string().min(1),
});

const tab = z.looseObject({
  chatId: z.string().min(1),
  id: z.string().min(1),
  displayName: z.string(),
  teamsAppId: z.string().min(1),
  configuration: z.looseObject({
    entityId: z.string().nullable(),
    contentUrl: z.string(),
    websiteUrl: z.string().nullable(),
    removeUrl: z.string().nullable(),
  }),
});

export const teamsStateSchema = z.looseObject({
  appCatalog: z.array(catalogApp).optional(),
  chatInstallations: z.array(installation).optional(),
  chatTabs: z.array(tab).optional(),
  installBlockedFor: z.array(z.string().min(1)).optional(),
  chatsNotCreated: z.array(z.string().min(1)).optional(),
  personalInstallations: z.array(z.string().min(1)).optional(),
  activityNotifications: z
    .array(z.looseObject({ recipientId: z.string(), activityType: z.string() }))
    .optional(),
});
