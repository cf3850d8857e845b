import type { app } from '@microsoft/teams-js';
import type { Browser, BrowserContext, Frame } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeDemoToken } from '../../src/auth/demoToken';
import { launchChromiumForTeamsHost } from './support/teamsHost/browser';
import { PROBE_CLIENT_ID, type ProbeApi } from './support/teamsHost/probe/probeApi';
import { buildAndServeProbe, type ServedProbe } from './support/teamsHost/probe/serveProbe';
import {
  DEFAULT_TEAMS_HOST_CONTEXT,
  type OpenInTeamsHostOptions,
  openInTeamsHost,
  SIDE_PANEL_WIDTH,
  type TeamsHostSession,
} from './support/teamsHost/teamsHost';

/**
 * The Teams host emulator against the real teams-js and MSAL, through a probe app built for this test
 * (the app's own Teams surfaces are tested with the emulator elsewhere).
 */

declare const window: Window & { probe: ProbeApi };

let browser: Browser;
let probe: ServedProbe;
let context: BrowserContext | undefined;

beforeAll(async () => {
  [browser, probe] = await Promise.all([launchChromiumForTeamsHost(), buildAndServeProbe()]);
});
afterAll(async () => {
  await browser?.close();
  await probe?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const MEETING_CONTEXT = {
  locale: 'fr-ca',
  theme: 'dark',
  meetingId: 'MCMxOTptZWV0aW5nX1pHVmhaR0psWldZQHRocmVhZC52MiMw',
  chatId: '19:meeting_ZGVhZGJlZWY@thread.v2',
  entityId: 'agenda-tab',
  subEntityId: 'space:abc123',
} as const;

async function openProbe(
  options: Omit<OpenInTeamsHostOptions, 'appUrl'>,
  query = '',
): Promise<{ session: TeamsHostSession; frame: Frame }> {
  context = await browser.newContext();
  const session = await openInTeamsHost(context, { ...options, appUrl: `${probe.baseUrl}/${query}` });
  const frame = await session.appFrameHandle();
  return { session, frame };
}

async function waitForStatus(session: TeamsHostSession, status: string): Promise<void> {
  await expect
    .poll(() => session.appFrame().locator('#status').textContent(), { timeout: 20_000 })
    .toBe(status);
}

async function probeText(session: TeamsHostSession, id: string): Promise<string> {
  return (await session.appFrame().locator(`#${id}`).textContent()) ?? '';
}

describe('Teams host emulator with the real teams-js', () => {
  it('initializes the app in the side panel with the configured context, theme changes and one notifySuccess', async () => {
    const { session, frame } = await openProbe({ frameContext: 'sidePanel', hostContext: MEETING_CONTEXT });
    await waitForStatus(session, 'ready');

    // Far from teams-js's 60 s timeout: the host answered initialize.
    expect(Number(await probeText(session, 'init-ms'))).toBeLessThan(10_000);

    const received = JSON.parse(await probeText(session, 'context')) as app.Context;
    expect(received.app.locale).toBe('fr-ca');
    expect(received.app.theme).toBe('dark');
    expect(received.app.host.name).toBe('Teams');
    expect(received.app.host.clientType).toBe('web');
    expect(received.meeting?.id).toBe(MEETING_CONTEXT.meetingId);
    expect(received.chat?.id).toBe(MEETING_CONTEXT.chatId);
    expect(received.page.id).toBe('agenda-tab');
    expect(received.page.subPageId).toBe('space:abc123');
    expect(received.page.frameContext).toBe('sidePanel');
    expect(received.user?.id).toBe(DEFAULT_TEAMS_HOST_CONTEXT.userId);
    expect(received.user?.userPrincipalName).toBe(DEFAULT_TEAMS_HOST_CONTEXT.userPrincipalName);
    expect(received.user?.loginHint).toBe(DEFAULT_TEAMS_HOST_CONTEXT.loginHint);
    expect(received.user?.tenant?.id).toBe(DEFAULT_TEAMS_HOST_CONTEXT.tenantId);

    // The app is a cross-site frame of teams.microsoft.com with (partitioned) storage, as in Teams in Chrome.
    expect(await probeText(session, 'storage')).toBe('true');

    // The side panel gives the app 280 px.
    const width = await session.page
      .locator('#app-frame')
      .evaluate((frame) => frame.getBoundingClientRect().width);
    expect(width).toBe(SIDE_PANEL_WIDTH);

    expect(await probeText(session, 'theme')).toBe('dark');
    expect(await session.registeredHandlers()).toContain('themeChange');
    await session.setTheme('default');
    await session.setTheme('contrast');
    await expect.poll(() => probeText(session, 'themes')).toBe('default,contrast');
    // Later getContext calls see the new theme, and context updates.
    await session.updateContext({ subEntityId: 'space:next' });
    const later = await frame.evaluate(() => window.probe.getContext());
    expect(later.app.theme).toBe('contrast');
    expect(later.page.subPageId).toBe('space:next');

    expect(await session.successCount()).toBe(1);
    expect(await session.failures()).toEqual([]);
    expect(await session.unsupported()).toEqual([]);
    const counts = await session.messageCounts();
    expect(counts.initialize).toBe(1);
    expect(counts.getContext).toBe(2);
  });

  it('offers nested app auth: the channel is recommended and teams-js installs the bridge', async () => {
    const { session } = await openProbe({ frameContext: 'sidePanel', hostContext: MEETING_CONTEXT });
    await waitForStatus(session, 'ready');
    expect(await probeText(session, 'naa-recommended')).toBe('true');
    expect(await probeText(session, 'naa-bridge')).toBe('true');
  });

  it('without nested app auth there is no bridge and the channel is not recommended', async () => {
    const { session } = await openProbe({ frameContext: 'content', hostContext: {}, nestedAppAuth: false });
    await waitForStatus(session, 'ready');
    expect(await probeText(session, 'naa-recommended')).toBe('false');
    expect(await probeText(session, 'naa-bridge')).toBe('false');
    const received = JSON.parse(await probeText(session, 'context')) as app.Context;
    expect(received.page.frameContext).toBe('content');
    expect(received.meeting).toBeUndefined();
    expect(received.chat).toBeUndefined();
  });

  it('hands MSAL the token the test chooses through the NAA bridge, and records the request', async () => {
    const { session, frame } = await openProbe({
      frameContext: 'sidePanel',
      hostContext: MEETING_CONTEXT,
      nestedAppAuth: { tokens: (scopes) => `token-for:${scopes.join(' ')}` },
    });
    await waitForStatus(session, 'ready');

    const result = await frame.evaluate(() => window.probe.acquireTokenSilent(['User.Read']));
    expect(result).toEqual({
      ok: true,
      accessToken: 'token-for:User.Read',
      username: DEFAULT_TEAMS_HOST_CONTEXT.userPrincipalName,
      scopes: ['User.Read'],
    });

    const requests = await session.tokenRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      method: 'GetToken',
      scopes: ['User.Read'],
      clientId: PROBE_CLIENT_ID,
      outcome: { token: 'token-for:User.Read' },
    });
    expect((await session.naaRequests()).map((request) => request.method)).toEqual([
      'GetInitContext',
      'GetToken',
    ]);
  });

  it('answers a silent token request with interaction_required, which MSAL raises as InteractionRequiredAuthError', async () => {
    const { session, frame } = await openProbe({
      frameContext: 'sidePanel',
      hostContext: MEETING_CONTEXT,
      nestedAppAuth: { error: 'interaction_required' },
    });
    await waitForStatus(session, 'ready');

    const silent = await frame.evaluate(() => window.probe.acquireTokenSilent(['Calendars.Read']));
    expect(silent).toMatchObject({ ok: false, interactionRequired: true, errorCode: 'interaction_required' });

    // The popup (brokered by the host) succeeds, with the default demo-tenant token naming the user.
    const popup = await frame.evaluate(() => window.probe.acquireTokenPopup(['Calendars.Read']));
    expect(popup.ok).toBe(true);
    if (!popup.ok) return;
    expect(decodeDemoToken(popup.accessToken)).toEqual({
      oid: DEFAULT_TEAMS_HOST_CONTEXT.userId,
      upn: DEFAULT_TEAMS_HOST_CONTEXT.userPrincipalName,
      scp: 'Calendars.Read',
    });
    expect((await session.tokenRequests()).map((request) => [request.method, request.outcome])).toEqual([
      ['GetToken', { error: 'interaction_required' }],
      ['GetTokenPopup', { token: popup.accessToken }],
    ]);
  });

  it('runs the configuration page save flow and records the saved entityId', async () => {
    const { session, frame } = await openProbe(
      { frameContext: 'settings', hostContext: { chatId: MEETING_CONTEXT.chatId } },
      '?entityId=space%3Aabc123',
    );
    await waitForStatus(session, 'ready');
    await expect.poll(() => session.validityState()).toBe(true);
    expect(await session.registeredHandlers()).toContain('save');

    expect(await session.triggerSave()).toEqual({ result: 'success' });
    const [saved] = await session.savedSettings();
    expect(saved).toMatchObject({
      entityId: 'space:abc123',
      contentUrl: `${probe.baseUrl}/?entityId=space%3Aabc123`,
      suggestedDisplayName: '1:1 Agenda',
    });
    // The saved configuration is what pages.getConfig() then returns.
    expect(await frame.evaluate(() => window.probe.getConfig())).toMatchObject({ entityId: 'space:abc123' });
  });

  it('records notifyFailure with its reason, and no success', async () => {
    const { session } = await openProbe({ frameContext: 'content', hostContext: {} }, '?mode=fail');
    await waitForStatus(session, 'failed');
    await expect
      .poll(() => session.failures())
      .toEqual([{ kind: 'failure', reason: 'AuthFailed', message: 'probe: sign-in failed' }]);
    expect(await session.successCount()).toBe(0);
  });

  it('answers APIs it does not implement with a not-supported error instead of leaving the app waiting', async () => {
    const { session, frame } = await openProbe({ frameContext: 'sidePanel', hostContext: MEETING_CONTEXT });
    await waitForStatus(session, 'ready');
    const outcome = await frame.evaluate(() => window.probe.callUnsupported());
    expect(outcome.settled).toBe('rejected');
    const unsupported = await session.unsupported();
    expect(unsupported.map((message) => message.func)).toEqual([expect.stringMatching(/^meeting\./)]);
  });
});
