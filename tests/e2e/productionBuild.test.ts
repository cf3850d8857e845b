import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { productionAppPerFile } from './support/productionApp';
import { TEST_DEPLOYMENT_ORIGIN } from './support/productionServer';

const OUT_DIR = 'dist-e2e-production';

/** Strings only the demo tenant holds: the emulator's worker, its error codes and the seed's people. */
const DEMO_ONLY_MARKERS = [
  'mockServiceWorker',
  'demoTenantWorker',
  'Mock Service Worker',
  'startDemoTenant',
  'Claire Tremblay',
  'contoso.ca',
];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Built with its origin (no build succeeds without) but no client id: a sign-in that was never configured. */
const app = productionAppPerFile(OUT_DIR, { VITE_APP_ORIGIN: TEST_DEPLOYMENT_ORIGIN });

describe('the production build', () => {
  it('contains no demo tenant or emulator code in any file', async () => {
    const files = await listFiles(OUT_DIR);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const text = await readFile(file, 'latin1');
      for (const marker of DEMO_ONLY_MARKERS) {
        expect(text.includes(marker), `${file} contains "${marker}"`).toBe(false);
      }
    }
  });

  it('lets the side panel and the task pane paint before the agenda editor, the template and the 1:1 list load', async () => {
    const manifest: Record<string, { file: string; imports?: string[]; isEntry?: boolean }> = JSON.parse(
      await readFile(join(OUT_DIR, '.vite/manifest.json'), 'utf8'),
    );
    const staticClosure = (key: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(key) || !manifest[key]) return seen;
      seen.add(key);
      for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
      return seen;
    };
    // Keys of a manifest are source paths: these modules must be behind a dynamic import on the surfaces.
    const deferred = [
      'src/ui/agenda/AgendaView.tsx',
      'src/ui/agenda/HistoryAndTemplate.tsx',
      'src/ui/myOneOnOnes/MyOneOnOnesPage.tsx',
    ];
    for (const entry of ['meeting.html', 'taskpane.html']) {
      const loadedFirst = staticClosure(entry);
      expect(loadedFirst.size, entry).toBeGreaterThan(1);
      for (const module of deferred) expect(loadedFirst.has(module), `${entry} loads ${module}`).toBe(false);
      expect(Object.keys(manifest)).toContain('src/ui/agenda/AgendaView.tsx');
    }
  });

  it('without a client id shows a configuration error and never falls back to the demo', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const graphRequests: string[] = [];
      page.on('request', (r) => {
        if (r.url().startsWith('https://graph.microsoft.com')) graphRequests.push(r.url());
      });
      await page.goto(`${app.baseUrl}/`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('This app is not configured');
      expect(await page.locator('body').innerText()).not.toContain('Demo tenant');
      expect(graphRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
