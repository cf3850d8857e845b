// `npm run bench`: the figures the issues ask for, ending with one table of figure, target and measured value.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const rows = [];
const record = (figure, target, measured, pass) => rows.push({ figure, target, measured, pass });
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function importTs(path) {
  return (await runnerImport(resolve(root, path), { root, logLevel: 'silent' })).module;
}

/** Gzipped JS per HTML entry: the entry chunk plus everything it imports statically (what first paint loads). */
async function measureBundles() {
  await build({ root, mode: 'production', logLevel: 'warn' });
  const manifest = JSON.parse(readFileSync(resolve(root, 'dist/.vite/manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(resolve(root, 'dist', file))).length;
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    const seen = new Set();
    const visit = (k) => {
      const c = manifest[k];
      if (!c || seen.has(c.file)) return;
      seen.add(c.file);
      for (const i of c.imports ?? []) visit(i);
    };
    visit(key);
    const bytes = [...seen].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
    const target = key === 'index.html' ? 350 * 1024 : null;
    record(`JS gzipped, entry ${key}`, target ? '< 350 KB' : '-', kb(bytes), target ? bytes < target : null);
  }
}

async function measureDetection() {
  const { detectOneOnOnes } = await importTs('src/domain/detectOneOnOnes.ts');
  const { generateSyntheticEvents } = await importTs('tests/support/syntheticCalendar.ts');
  const { events, people } = generateSyntheticEvents(5000, 42);
  for (let i = 0; i < 20; i++) detectOneOnOnes(events, people);
  const times = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    detectOneOnOnes(events, people);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  record('detectOneOnOnes over 5,000 events (median of 50)', '< 50 ms', `${ms.toFixed(2)} ms`, ms < 50);
  record(
    'detection throughput',
    '-',
    `${Math.round((5000 / ms) * 1000).toLocaleString('en')} events/s`,
    null,
  );
}

async function measureFirstPaint() {
  const { CHROMIUM_PATH, launchChromium } = await importTs('tests/e2e/support/chromium.ts');
  if (!existsSync(CHROMIUM_PATH)) {
    record('My 1:1s visible, 100 ms Graph latency', '-', `skipped: no ${CHROMIUM_PATH}`, null);
    return;
  }
  await build({ root, mode: 'demo', logLevel: 'warn' });
  const server = await preview({
    root,
    mode: 'demo',
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1' },
  });
  const base = server.resolvedUrls.local[0].replace(/\/$/, '');
  const browser = await launchChromium();
  try {
    const times = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/?latency=100`);
      await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
      times.push(
        await page.evaluate(
          () => performance.getEntriesByName('one-on-ones-visible')[0]?.startTime ?? Number.NaN,
        ),
      );
      await context.close();
    }
    const ms = median(times);
    record(
      'My 1:1s visible after navigation, 100 ms Graph latency (median of 5)',
      '-',
      `${Math.round(ms)} ms`,
      null,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await measureBundles();
await measureDetection();
await measureFirstPaint();

const header = ['figure', 'target', 'measured', 'ok'];
const lines = rows.map((r) => [r.figure, r.target, r.measured, r.pass === null ? '' : r.pass ? 'yes' : 'NO']);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const fmt = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `\n${fmt(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${lines.map(fmt).join('\n')}`,
);
