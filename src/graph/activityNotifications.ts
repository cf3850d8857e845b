import type { GraphConnection } from './createGraphClient';

/** The activity type declared in the manifest (`activities.activityTypes`) for the pre-1:1 reminder. */
export const ONE_ON_ONE_SOON_ACTIVITY = 'oneOnOneSoon';
/** The activity type of the optional reminder to the leader that the employee added topics. */
export const EMPLOYEE_ADDED_TOPICS_ACTIVITY = 'employeeAddedTopics';

export interface ActivityNotification {
  /** Shown as the notification's topic; the click opens `webUrl` (a Teams deep link). */
  topicText: string;
  webUrl: string;
  activityType: string;
  /** Teams shows the first 150 characters. */
  previewText: string;
  templateParameters: Record<string, string>;
}

/**
 * `POST /users/{id | upn}/teamwork/sendActivityNotification` (delegated TeamsActivity.Send): 204 No Content.
 * Teams delivers it only to someone who has the app (personally, or in a chat or team they are in).
 */
export async function sendActivityNotification(
  graph: GraphConnection,
  recipient: string,
  notification: ActivityNotification,
): Promise<void> {
  await graph.run((client) =>
    client.api(`/users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`).post({
      topic: { source: 'text', value: notification.topicText, webUrl: notification.webUrl },
      activityType: notification.activityType,
      previewText: { content: notification.previewText.slice(0, 150) },
      templateParameters: Object.entries(notification.templateParameters).map(([name, value]) => ({
        name,
        value,
      })),
    }),
  );
}
