import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES, SCOPE_REASONS } from '../../src/auth/authConfig';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { chromiumPerFile } from './support/chromiumPerFile';
import { type CspViolationLog, collectCspViolations } from './support/cspViolations';
import { emulateEntra, LOGIN_ORIGIN } from './support/entraLogin';
import { productionAppPerFile } from './support/productionApp';
import { routeGraphToEmulator } from './support/productionGraph';
import { headersFor, parseContentSecurityPolicy, TEST_DEPLOYMENT_ORIGIN } from './support/productionServer';
import { launchChromiumForTeamsHost } from './support/teamsHost/browser';
import { openInTeamsHost } from './support/teamsHost/teamsHost';

/**
 * Issue #7, security headers: the production build, served with the headers documented in
 * public/staticwebapp.config.json (docs/deploy.md), runs in Chromium without a single CSP violation, in a
 * plain browser and inside the Teams host emulator, and the policy allows only what the app needs.
 */

const OUT_DIR = 'dist-e2e-security';
const CLIENT_ID = '3c9b7a51-2e4d-4f86-9a0b-c1d2e3f4a5b6';
const TENANT_ID = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Where Microsoft documents the hosts that may frame a Teams tab or an Outlook add-in (tabs/how-to/tab-requirements). */
const MICROSOFT_365_HOSTS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

const app = productionAppPerFile(OUT_DIR, {
  VITE_APP_ORIGIN: TEST_DEPLOYMENT_ORIGIN,
  VITE_AAD_CLIENT_ID: CLIENT_ID,
  VITE_AAD_TENANT_ID: TENANT_ID,
});
const chromium = chromiumPerFile(launchChromiumForTeamsHost);

function policy(): Map<string, string[]> {
  const csp = app.config.globalHeaders?.['Content-Security-Policy'];
  if (!csp) throw new Error('staticwebapp.config.json has no Content-Security-Policy');
  return parseContentSecurityPolicy(csp);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('.vite/'));
}

async function newContext(): Promise<{ context: BrowserContext; csp: CspViolationLog }> {
  const context = await chromium.newContext({ locale: 'en-CA', timezoneId: 'America/Toronto' });
  const csp = await collectCspViolations(context);
  return { context, csp };
}

describe('the documented headers (public/staticwebapp.config.json)', () => {
  it('allow scripts only from the app and Office.js, and never inline or eval', () => {
    const directives = policy();
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      for (const unsafe of [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "'unsafe-hashes'",
        '*',
        'data:',
        'blob:',
        'http:',
      ]) {
        expect(sources, `${name} allows ${unsafe}`).not.toContain(unsafe);
      }
    }
    // Fluent UI (Griffel) inserts its rules with CSSOM into empty <style> elements: the hash of the empty string
    // allows exactly those, without 'unsafe-inline' for styles either.
    expect(directives.get('style-src')).toEqual([
      "'self'",
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    ]);
  });

  it('let the app reach only Graph, OneDrive files, sign-in and the Teams origin list', () => {
    expect(policy().get('connect-src')).toEqual([
      'https://graph.microsoft.com',
      'https://login.microsoftonline.com',
      'https://*.sharepoint.com',
      'https://res.cdn.office.net/teams-js/',
    ]);
    // No MSAL hidden iframe (src/auth/MsalRedirectTokenProvider.ts): nothing may be framed.
    expect(policy().get('frame-src')).toBeUndefined();
  });

  it('let only the Teams, Outlook and Microsoft 365 hosts frame the app', () => {
    const ancestors = policy().get('frame-ancestors') ?? [];
    expect(ancestors).toEqual(expect.arrayContaining(MICROSOFT_365_HOSTS));
    for (const source of ancestors) {
      expect(source, source).toMatch(
        /^https:\/\/(\*\.)?([a-z0-9-]+\.)*(microsoft\.com|cloud\.microsoft|microsoft365\.com|office\.com|office365\.com)$/,
      );
    }
    // frame-ancestors replaces X-Frame-Options, whose only framing option (ALLOW-FROM) browsers dropped.
    const names = Object.keys(app.config.globalHeaders ?? {}).map((name) => name.toLowerCase());
    expect(names).not.toContain('x-frame-options');
    expect(names).toEqual(
      expect.arrayContaining(['strict-transport-security', 'x-content-type-options', 'referrer-policy']),
    );
  });

  it('are sent with every file of the build, hashed assets cached for good', async () => {
    const files = await listFiles(OUT_DIR);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'meeting.html',
        'config.html',
        'taskpane.html',
        'outlook/launchevents.html',
        'outlook/launchevents.js',
      ]),
    );
    const csp = app.config.globalHeaders?.['Content-Security-Policy'];
    for (const file of files) {
      const response = await fetch(`${app.baseUrl}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-security-policy'), file).toBe(csp);
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), file).toBeNull();
      const cache = response.headers.get('cache-control');
      if (file.startsWith('assets/')) expect(cache, file).toContain('immutable');
      else expect(cache, file).toBeNull();
      await response.arrayBuffer();
    }
    expect(headersFor(app.config, '/assets/x.js')['Content-Security-Policy']).toBe(csp);
  });

  it('need no inline script: every page loads its scripts from files', async () => {
    const pages = (await listFiles(OUT_DIR)).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const file of pages) {
      const html = await readFile(join(OUT_DIR, file), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, file).toBeGreaterThan(0);
      for (const [, attributes = '', body = ''] of scripts) {
        expect(body.trim(), `${file}: inline script`).toBe('');
        const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? '';
        expect(src.startsWith(OFFICE_JS) || !/^[a-z]+:/i.test(src), `${file}: script from ${src}`).toBe(true);
      }
      expect(html, `${file}: inline event handler`).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, `${file}: inline style`).not.toMatch(/<style\b|\sstyle\s*=/i);
    }
  });

  it('go with the deployment guide, which lists every Graph permission the app asks for and why', async () => {
    const guide = await readFile('docs/deploy.md', 'utf8');
    for (const scope of GRAPH_SCOPES) {
      expect(guide, scope).toContain(`\`${scope}\``);
      expect(guide, `${scope}'s reason`).toContain(SCOPE_REASONS[scope]);
    }
    // Only two .All permissions, each needed by a feature (see SCOPE_REASONS).
    expect(GRAPH_SCOPES.filter((scope) => scope.endsWith('.All'))).toEqual([
      'User.ReadBasic.All',
      'Files.ReadWrite.All',
    ]);
    for (const line of guide.split('\n').filter((l) => l.includes('"Content-Security-Policy"'))) {
      expect(line).toContain(app.config.globalHeaders?.['Content-Security-Policy']);
    }
  });
});

describe('the production build under these headers in Chromium', () => {
  it('in a plain browser: reaches the sign-in state and starts the sign-in with zero CSP violations', async () => {
    const { context, csp } = await newContext();
    const entra = await emulateEntra(context, TENANT_ID);
    await context.route('https://res.cdn.office.net/**', (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain('You need to sign in to Microsoft 365');
    await page.waitForLoadState('networkidle');
    expect(csp.violations()).toEqual([]);

    await Promise.all([
      page.waitForURL((url) => url.href.startsWith(`${LOGIN_ORIGIN}/${TENANT_ID}/oauth2/v2.0/authorize`), {
        timeout: 30_000,
      }),
      alert.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    expect(entra.authorizeUrls()).toHaveLength(1);
    expect(csp.violations()).toEqual([]);
  });

  it('inside Teams: the personal tab, an agenda, the configuration page and the meeting side panel, with zero CSP violations', async () => {
    const { context, csp } = await newContext();
    const servedBefore = app.served().length;
    const emulator = createGraphEmulator({ seed: loadDefaultDemoSeed() });
    const graph = await routeGraphToEmulator(context, emulator);
    const ethanChat = emulator.chatIdForEvent('1:1 Ethan / Claire');
    expect(ethanChat).toBeTruthy();

    // The personal tab, signed in through nested app auth (the emulator's default: the leader of the seed).
    const tab = await openInTeamsHost(context, {
      appUrl: `${app.baseUrl}/?host=teams`,
      frameContext: 'content',
    });
    const frame = tab.appFrame();
    await frame.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    await frame.getByRole('button', { name: 'Open agenda with Ethan Wong' }).click();
    const direction = frame.getByTestId('section-direction');
    await direction.waitFor({ timeout: 30_000 });
    await direction.getByRole('textbox', { name: /Add a topic/ }).fill('Security review of the release');
    await direction.getByRole('button', { name: /Add a topic/ }).click();
    await frame.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]').waitFor({
      timeout: 30_000,
    });
    expect(await tab.successCount()).toBe(1);
    await tab.close();

    // Adding the app to the meeting: the configuration page, then the side panel.
    const settings = await openInTeamsHost(context, {
      appUrl: `${app.baseUrl}/config.html?host=teams`,
      frameContext: 'settings',
      hostContext: { chatId: ethanChat ?? '', meetingId: 'meeting-ethan' },
    });
    await settings
      .appFrame()
      .getByText(/Select Save/)
      .waitFor({ timeout: 30_000 });
    expect(await settings.triggerSave()).toEqual({ result: 'success' });
    const saved = (await settings.savedSettings()).at(-1);
    await settings.close();

    // The tab is saved on the deployment's origin, as built; this test serves that build on 127.0.0.1.
    const contentUrl = new URL(saved?.contentUrl ?? '', TEST_DEPLOYMENT_ORIGIN);
    expect(contentUrl.origin).toBe(TEST_DEPLOYMENT_ORIGIN);
    const panel = await openInTeamsHost(context, {
      appUrl: `${app.baseUrl}${contentUrl.pathname}${contentUrl.search}`,
      frameContext: 'sidePanel',
      hostContext: { chatId: ethanChat ?? '', meetingId: 'meeting-ethan', entityId: saved?.entityId ?? '' },
    });
    await panel.appFrame().getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
    await panel
      .appFrame()
      .getByTestId('topic')
      .filter({ hasText: 'Security review of the release' })
      .waitFor({ timeout: 30_000 });

    expect(graph.requests().length).toBeGreaterThan(0);
    expect(
      app
        .served()
        .slice(servedBefore)
        .filter((entry) => entry.status !== 200),
    ).toEqual([]);
    expect(csp.violations()).toEqual([]);
  });

  it('refuses to be framed by a site that is not a Microsoft 365 host', async () => {
    const { context, csp } = await newContext();
    const attacker = 'https://intranet.fabrikam.example';
    await context.grantPermissions(['local-network-access'], { origin: attacker }).catch(() => {});
    await context.route(`${attacker}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><title>Not Teams</title><iframe id="app" src="${app.baseUrl}/?host=teams"></iframe>`,
      }),
    );
    const before = app.served().length;
    const page = await context.newPage();
    await page.goto(`${attacker}/`);
    await expect
      .poll(() => csp.violations().some((v) => v.directive.includes('frame-ancestors')), { timeout: 15_000 })
      .toBe(true);
    // The page was answered (with its headers) but never ran: none of its scripts were fetched.
    const served = app.served().slice(before);
    expect(served.map((entry) => entry.path)).toContain('/');
    expect(served.filter((entry) => entry.path.startsWith('/assets/'))).toEqual([]);
  });

  it("the Outlook pages load Office.js from Microsoft's CDN and run with zero CSP violations", async () => {
    const { context, csp } = await newContext();
    const officeJsRequests: string[] = [];
    // A stand-in for Office.js outside Outlook: onReady says "no Office host", actions records the handlers.
    await context.route(OFFICE_JS, (route) => {
      officeJsRequests.push(route.request().url());
      return route.fulfill({
        contentType: 'text/javascript; charset=utf-8',
        body: `window.__associated = [];
window.Office = {
  onReady: function () { return Promise.resolve({ host: null, platform: null }); },
  actions: { associate: function (name) { window.__associated.push(name); } }
};`,
      });
    });
    await context.route('https://res.cdn.office.net/**', (route) => route.abort('internetdisconnected'));
    await emulateEntra(context, TENANT_ID);
    const page = await context.newPage();

    await page.goto(`${app.baseUrl}/outlook/launchevents.html`);
    await expect
      .poll(
        () => page.evaluate(() => (window as unknown as { __associated?: string[] }).__associated ?? []),
        {
          timeout: 15_000,
        },
      )
      .toEqual(['onNewAppointmentOrganizer', 'onAppointmentAttendeesChanged']);

    await page.goto(`${app.baseUrl}/taskpane.html`);
    await page.locator('#root > *').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(officeJsRequests).toHaveLength(2);
    expect(csp.violations()).toEqual([]);
  });
});
