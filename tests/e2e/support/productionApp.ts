import { afterAll, beforeAll } from 'vitest';
import {
  buildProductionApp,
  type ProductionBuildEnv,
  readStaticWebAppConfig,
  type ServedApp,
  type StaticWebAppConfig,
  serveWithHeaders,
} from './productionServer';

export interface ProductionApp {
  /** Where the build is written: the files a deployment uploads. */
  readonly outDir: string;
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly baseUrl: string;
  /** The documented headers it is served with (public/staticwebapp.config.json). */
  readonly config: StaticWebAppConfig;
  /** Every path the server answered, in order, with its status. */
  served(): { path: string; status: number }[];
}

/**
 * One production build for the test file, as a deployment hosts it: built with `env` into `outDir` before the
 * file's tests (built here rather than reusing `npm run build`, so each test file proves what it checks on its
 * own), served with the documented headers, and closed after them. Registers the vitest hooks.
 */
export function productionAppPerFile(outDir: string, env: ProductionBuildEnv): ProductionApp {
  let config: StaticWebAppConfig | null = null;
  let app: ServedApp | null = null;
  beforeAll(async () => {
    config = await readStaticWebAppConfig();
    await buildProductionApp(outDir, env);
    app = await serveWithHeaders(outDir, config);
  });
  afterAll(async () => {
    await app?.close();
  });
  const started = <T>(value: T | null): T => {
    if (value === null) throw new Error('The production app is not built yet: use it in a test');
    return value;
  };
  return {
    outDir,
    get baseUrl() {
      return started(app).baseUrl;
    },
    get config() {
      return started(config);
    },
    served: () => started(app).served(),
  };
}
