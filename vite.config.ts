import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** One HTML entry per surface; the bench reports gzipped JS per entry. */
export const pageEntries = {
  index: resolve(import.meta.dirname, 'index.html'),
  meeting: resolve(import.meta.dirname, 'meeting.html'),
  config: resolve(import.meta.dirname, 'config.html'),
  taskpane: resolve(import.meta.dirname, 'taskpane.html'),
  // The Office sign-in dialog the task pane opens when Outlook has no nested app auth.
  authDialog: resolve(import.meta.dirname, 'authDialog.html'),
};

/** The demo tenant's service worker sits in public/ for `npm start`; a production build must not ship it. */
function keepDemoWorkerOutOfProduction(mode: string): Plugin {
  return {
    name: 'keep-demo-worker-out-of-production',
    apply: 'build',
    async writeBundle(options) {
      if (mode === 'demo' || !options.dir) return;
      await rm(resolve(options.dir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), keepDemoWorkerOutOfProduction(mode)],
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
