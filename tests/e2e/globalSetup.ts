import type { TestProject } from 'vitest/node';
import { buildAndServeDemo, serverUrl } from './support/servePreview';

declare module 'vitest' {
  export interface ProvidedContext {
    demoBaseUrl: string;
  }
}

/**
 * One demo build served for every end-to-end test file. E2E_DEMO_OUT_DIR (default dist-demo) lets two runs on
 * one machine build into folders of their own instead of overwriting each other's files.
 */
export default async function setup(project: TestProject) {
  const server = await buildAndServeDemo(process.env.E2E_DEMO_OUT_DIR || 'dist-demo');
  project.provide('demoBaseUrl', serverUrl(server));
  return async () => {
    await server.close();
  };
}
