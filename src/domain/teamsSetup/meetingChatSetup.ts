/**
 * What "Set up my 1:1s in Teams" does for one meeting chat, given what Teams says is already there: install
 * the app if it is missing, and add the agenda tab if no tab of the app opens this pair's space. Pure: the
 * Graph calls and their failures are the service's.
 */

/** A tab of the chat, as far as the setup cares. */
export interface ExistingChatTab {
  /** The catalog id of the app behind the tab. */
  catalogAppId: string | null;
  /** The id the app's manifest declares (`teamsApp.externalId`); null for an app with none (store apps). */
  manifestId: string | null;
  entityId: string | null;
}

export interface ChatFacts {
  /** Catalog ids of the apps installed in the chat. */
  installedAppIds: readonly string[];
  tabs: readonly ExistingChatTab[];
}

export interface ChatSetupPlan {
  install: boolean;
  addTab: boolean;
}

/** Idempotent: a chat with the app and a tab on this space needs nothing; a removed tab is added again. */
export function planChatSetup(facts: ChatFacts, catalogAppId: string, entityId: string): ChatSetupPlan {
  const install = !facts.installedAppIds.includes(catalogAppId);
  const hasTab = facts.tabs.some((tab) => tab.catalogAppId === catalogAppId && tab.entityId === entityId);
  return { install, addTab: !hasTab };
}

/** How one meeting came out, for the leader to read (and act on). */
export type MeetingSetupOutcome =
  | { kind: 'ready'; added: { app: boolean; tab: boolean } }
  /** The admin has not uploaded the app to the org catalog: nothing can be installed anywhere. */
  | { kind: 'app-not-in-catalog' }
  /** The tenant's app permission policy (or setup policy) does not let this leader install apps. */
  | { kind: 'install-blocked' }
  /** Teams creates a meeting's chat when someone first joins or writes in it; the next run sets it up. */
  | { kind: 'chat-not-created' }
  /** The meeting's link names no chat (Teams' newer short links): the tab has to be added from the meeting. */
  | { kind: 'chat-unknown' }
  /** The pair's space could not be opened or shared, so there is no reference to put in the tab. */
  | { kind: 'no-space' }
  | { kind: 'failed'; status: number };

/** Which outcomes the leader can fix by running the setup again later, without anyone's help. */
export function isRetryableLater(outcome: MeetingSetupOutcome): boolean {
  return outcome.kind === 'chat-not-created' || outcome.kind === 'failed' || outcome.kind === 'no-space';
}
