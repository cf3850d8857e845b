import type { TestProject } from 'vitest/node';
import { buildAndServeDemo, serverUrl } from './support/servePreview';

declare module 'vitest' {
  export interface ProvidedContext {
    demoBaseUrl: string;
  }
}

/** One demo build served for every end-to-end test file. */
export default async function setup(project: TestProject) {
  const server = await buildAndServeDemo('dist-demo');
  project.provide('demoBaseUrl', serverUrl(server));
  return async () => {
    await server.close();
  };
}
