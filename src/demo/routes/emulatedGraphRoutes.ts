import { createBatchRoute, type SubRequestExecutor } from '../batch/batchRoute';
import type { RouteDefinition } from '../http/routeTypes';
import { activityNotificationRoutes } from '../teams/activityNotificationRoute';
import { teamsAppRoutes } from '../teams/teamsAppRoutes';
import { calendarRoutes } from './calendarRoutes';
import { chatRoutes } from './chatRoutes';
import { createDriveRoutes } from './driveRoutes';
import { eventWriteRoutes } from './eventWriteRoutes';
import { mailboxSettingsRoutes } from './mailboxSettingsRoutes';
import { scheduleRoutes } from './scheduleRoutes';
import { siteRoutes } from './siteRoutes';
import { todoRoutes } from './todoRoutes';
import { userRoutes } from './userRoutes';

/** Every Graph route the emulator answers; the scope table is checked against this same list. */
export function emulatedGraphRoutes(options: {
  appFolderName: string;
  runSubRequest: SubRequestExecutor;
}): RouteDefinition[] {
  return [
    ...userRoutes,
    ...calendarRoutes,
    ...mailboxSettingsRoutes,
    ...eventWriteRoutes,
    ...scheduleRoutes,
    ...chatRoutes,
    ...teamsAppRoutes,
    ...activityNotificationRoutes,
    ...todoRoutes,
    ...createDriveRoutes({ appFolderName: options.appFolderName }),
    ...siteRoutes,
    createBatchRoute(options.runSubRequest),
  ];
}
