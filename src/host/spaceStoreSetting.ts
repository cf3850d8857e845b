import { parseSpaceStore, type SpaceStore } from '../domain/space/spaceStore';

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * The spaces' store as the build's variables set it (`VITE_SPACES_SITE_URL`, `VITE_SPACES_LIBRARY`). A setting
 * that names no usable site throws: a misconfigured deployment must not quietly fall back to the leaders'
 * OneDrive, which would scatter the records the administrator meant to keep together.
 */
export function readSpaceStore(env: Readonly<Record<string, unknown>>): SpaceStore {
  const setting = parseSpaceStore(text(env.VITE_SPACES_SITE_URL), text(env.VITE_SPACES_LIBRARY));
  if (!setting.ok) throw new Error(`Deployment setting VITE_SPACES_SITE_URL: ${setting.problem}`);
  return setting.store;
}
