import { app, pages } from '@microsoft/teams-js';

export interface TabConfiguration {
  entityId: string;
  contentUrl: string;
  websiteUrl?: string;
  suggestedDisplayName: string;
}

/** Whether this page runs as a Teams configuration page (adding the app to a meeting). */
export function isTeamsConfigPage(): boolean {
  return app.isInitialized() && pages.config.isSupported();
}

/**
 * When the user clicks Save in Teams' "add a tab" dialog: builds the tab's configuration and saves it.
 * Teams waits for notifySuccess/notifyFailure, so both paths always answer.
 */
export function saveTabConfigurationOnSave(build: () => Promise<TabConfiguration>): void {
  if (!isTeamsConfigPage()) return;
  pages.config.registerOnSaveHandler((event) => {
    build()
      .then((configuration) => pages.config.setConfig(configuration))
      .then(
        () => event.notifySuccess(),
        (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
}

/** Enables or disables Teams' Save button. */
export function setTabConfigurationValid(valid: boolean): void {
  if (isTeamsConfigPage()) pages.config.setValidityState(valid);
}
