import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium';

export interface ChromiumPerFile {
  /** A fresh browser profile (a fresh demo tenant), closed after the test that made it. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * One Chromium for a test file, started before its tests and closed after them. Registers the vitest hooks.
 * `launch` starts it: launchChromium by default, launchChromiumForTeamsHost for files that frame the app in Teams.
 */
export function chromiumPerFile(launch: () => Promise<Browser> = launchChromium): ChromiumPerFile {
  let browser: Browser | null = null;
  const open = new Set<BrowserContext>();
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all([...open].map((context) => context.close()));
    open.clear();
  });
  return {
    async newContext(options) {
      if (!browser) throw new Error('Chromium is not started: call newContext inside a test');
      const context = await browser.newContext(options);
      open.add(context);
      return context;
    },
  };
}
