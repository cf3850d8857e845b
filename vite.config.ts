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

/** The app's own modules, not a package's: a package's index re-exports far more than a page uses. */
const isAppModule = (id: string) => id.startsWith(`${resolve(import.meta.dirname, 'src')}/`);

/**
 * The pages (HTML entries) whose start-up loads each module: the modules each page's entry imports statically.
 * Dynamic imports are not followed: what a page loads later does not count.
 */
function pagesLoadingAtStart(ctx: Rolldown.ChunkingContext): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const [page, file] of Object.entries(pageEntries)) {
    const stack = [file];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const info = ctx.getModuleInfo(id);
      if (!info) continue;
      if (id !== file) pages.set(id, [...(pages.get(id) ?? []), page]);
      stack.push(...info.importedIds.filter(isAppModule));
    }
  }
  return pages;
}

/**
 * Start-up code shared by pages goes into one chunk per set of pages that load it, instead of one chunk per set of
 * pages *and* lazy features that use it, which cut the side panel's start-up into some 40 files of a few KB each.
 * Largest sets first, so a module's dependencies (loaded by at least the same pages) are placed before it.
 * Code of one page alone, and code only loaded later, is left to the bundler's own splitting: such a module may
 * also be needed by another page's lazy feature, which must never import a page's entry chunk.
 */
function startUpChunkGroups(): Rolldown.CodeSplittingGroup[] {
  let pages: Map<string, string[]> | null = null;
  const pageCount = Object.keys(pageEntries).length;
  return Array.from({ length: pageCount - 1 }, (_, index) => {
    const size = pageCount - index;
    return {
      debugName: `start-up code of ${size} pages`,
      name: (id: string, ctx: Rolldown.ChunkingContext) => {
        pages ??= pagesLoadingAtStart(ctx);
        const loadedBy = pages.get(id);
        return loadedBy?.length === size ? `start-${loadedBy.join('-')}` : null;
      },
      priority: size,
      // A module's app dependencies are loaded by at least the same pages, so they sit in this chunk or one for
      // more pages (never one for fewer: no cycle); its packages stay in the bundler's own chunks.
      includeDependenciesRecursively: false,
    };
  });
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
    rolldownOptions: {
      input: pageEntries,
      output: { codeSplitting: { groups: startUpChunkGroups() } },
    },
  },
}));
