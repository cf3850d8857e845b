import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; playwright-core never downloads a browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the (closed) network and quiet in CI. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65, src/server/chromium/chromiumSwitches.ts).
 * Chromium reads only the last `--disable-features`, so a list of ours must repeat it.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * Browser UI that this Chromium builds in the background for every new window: the address bar's suggestion
 * popup and its AI Mode page, two chrome:// WebUI pages of some 400 files. On a 2-core machine they took over a
 * second of a core during each page open, in the middle of what the tests and the benchmark time.
 */
const BROWSER_UI_PRELOADS = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The `--disable-features` switch every launch uses: Playwright's list and the browser UI preloads. With
 * `storagePartitioning`, Chrome's default third-party storage partitioning stays on (see teamsHost/browser.ts).
 */
export function disabledFeaturesSwitch({ storagePartitioning = false } = {}): string {
  const features = [...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_PRELOADS].filter(
    (feature) => !(storagePartitioning && feature === 'ThirdPartyStoragePartitioning'),
  );
  return `--disable-features=${features.join(',')}`;
}

/** Debian's Chromium, headless and off the network; `extraArgs` come after the quiet flags (the last one wins). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...QUIET_FLAGS, disabledFeaturesSwitch(), ...extraArgs],
  });
}
