import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rolldown } from 'vite';

/** One HTML entry per surface; the bench reports gzipped JS per entry. */
export const pageEntries = {
  index: resolve(import.meta.dirname, 'index.html'),
  meeting: resolve(import.meta.dirname, 'meeting.html'),
  config: resolve(import.meta.dirname, 'config.html'),
  taskpane: resolve(import.meta.dirname, 'taskpane.html'),
  // The Office sign-in dialog the task pane opens when Outlook has no nested app auth.
  authDialog: resolve(import.meta.dirname, 'authDialog.html'),
};

/** The demo tenant's service worker: ours, and the Mock Service Worker script it loads. */
const DEMO_WORKER_FILES = ['demoTenantWorker.js', 'mockServiceWorker.js'];

/** The demo tenant's service worker sits in public/ for `npm start`; a production build must not ship it. */
function keepDemoWorkerOutOfProduction(mode: string): Plugin {
  return {
    name: 'keep-demo-worker-out-of-production',
    apply: 'build',
    async writeBundle(options) {
      if (mode === 'demo' || !options.dir) return;
      const dir = options.dir;
      await Promise.all(DEMO_WORKER_FILES.map((file) => rm(resolve(dir, file), { force: true })));
    },
  };
}

/** The chunks a page loads before its code runs: its entry chunk and everything that imports statically. */
function staticClosure(byFile: ReadonlyMap<string, Rolldown.OutputChunk>, entry: string): string[] {
  const files: string[] = [];
  const visit = (file: string) => {
    const chunk = byFile.get(file);
    if (!chunk || files.includes(file)) return;
    files.push(file);
    for (const imported of chunk.imports) visit(imported);
  };
  visit(entry);
  return files;
}

/**
 * In the demo build, the demo tenant is what signs the person in: on a page that starts it, its chunks are
 * fetched with the page (as the production token provider is, being part of the entry) instead of only once
 * the host has answered.
 */
function preloadDemoSession(mode: string): Plugin {
  const demoSession = resolve(import.meta.dirname, 'src/demo/startDemoSession');
  return {
    name: 'preload-demo-session',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (mode !== 'demo' || !context.bundle || !context.chunk) return;
        const byFile = new Map<string, Rolldown.OutputChunk>();
        for (const output of Object.values(context.bundle))
          if (output.type === 'chunk') byFile.set(output.fileName, output);
        const session = [...byFile.values()].find(
          (chunk) => chunk.facadeModuleId?.replace(/\.tsx?$/, '') === demoSession,
        );
        if (!session) return;
        const page = staticClosure(byFile, context.chunk.fileName);
        if (!page.some((file) => byFile.get(file)?.dynamicImports.includes(session.fileName))) return;
        return staticClosure(byFile, session.fileName)
          .filter((file) => !page.includes(file))
          .map(
            (file): HtmlTagDescriptor => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
              injectTo: 'head',
            }),
          );
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), keepDemoWorkerOutOfProduction(mode), preloadDemoSession(mode)],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    rollupOptions: { input: pageEntries },
  },
}));
