import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const PROBE_ROOT = fileURLToPath(new URL('.', import.meta.url));

export interface ServedProbe {
  /** e.g. http://127.0.0.1:41234 (the probe page is `${baseUrl}/`). */
  baseUrl: string;
  close(): Promise<void>;
}

/** Bundles the probe (real teams-js and MSAL from node_modules) and serves it on a free localhost port. */
export async function buildAndServeProbe(): Promise<ServedProbe> {
  const outDir = await mkdtemp(join(tmpdir(), 'teams-host-probe-'));
  const shared = { root: PROBE_ROOT, configFile: false as const, logLevel: 'warn' as const, base: './' };
  // teams-js and MSAL in one chunk are big; that is fine for a test page.
  await build({ ...shared, build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 } });
  const server = await preview({ ...shared, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The probe server has no local URL');
  return {
    baseUrl: url.replace(/\/$/, ''),
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
