/** The seed `npm start` and the integration tests use unless told otherwise. */

import defaultSeedJson from './defaultSeed.json';
import type { DemoSeed } from './demoSeed.types';
import { parseDemoSeed } from './demoSeedSchema';

export const DEFAULT_SEED_SOURCE = 'src/demo/seed/defaultSeed.json';

/** The built-in seed as written, unparsed: what its identity is computed from. */
export const DEFAULT_SEED_JSON: unknown = defaultSeedJson;

export function loadDefaultDemoSeed(): DemoSeed {
  return parseDemoSeed(defaultSeedJson, DEFAULT_SEED_SOURCE);
}
