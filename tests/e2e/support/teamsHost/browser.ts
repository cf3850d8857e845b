import type { Browser } from 'playwright-core';
import { disabledFeaturesSwitch, launchChromium } from '../chromium';

/**
 * Debian's Chromium as launchChromium() starts it, but with third-party storage partitioning on, so an app framed
 * by the Teams host emulator keeps its storage and service worker as it does in Teams in Chrome. Playwright turns
 * partitioning off, and this Chromium blocks unpartitioned third-party storage: the framed app would get "Access
 * is denied" on localStorage and could not register the demo tenant's service worker. Use it for tests that run
 * the real app in openInTeamsHost().
 */
export function launchChromiumForTeamsHost(): Promise<Browser> {
  return launchChromium([
    disabledFeaturesSwitch({ storagePartitioning: true }),
    // teams-js fetches the current list of Teams origins from this CDN; offline it must fail at once (then
    // teams-js uses its built-in list), without a route, which would make every request of the page wait on Node.
    `--host-resolver-rules=MAP ${TEAMS_JS_CDN_HOST} ~NOTFOUND`,
  ]);
}

/** Where teams-js fetches its list of valid Teams origins (validDomains.json). */
const TEAMS_JS_CDN_HOST = 'res.cdn.office.net';
