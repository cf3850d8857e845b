import { build, type PreviewServer, preview } from 'vite';

/**
 * Builds the demo app and serves it with `vite preview` on a free localhost port. Production builds are served
 * with the documented headers instead: productionAppPerFile (productionApp.ts).
 */
export async function buildAndServeDemo(outDir: string): Promise<PreviewServer> {
  const mode = 'demo';
  await build({ mode, logLevel: 'warn', build: { outDir } });
  const server = await preview({
    mode,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  return server;
}

export function serverUrl(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server has no local URL');
  return url.replace(/\/$/, '');
}
