import type { SharePointSiteAddress, SpaceStore } from '../../domain/space/spaceStore';
import type { GraphConnection } from '../../graph/createGraphClient';
import { findSharePointLibrary, type SharePointLibrary } from '../../graph/sharePointLibrary';

// Kept apart from the library's document and its schemas: every entry makes this choice at start-up, before Zod
// is configured (startSurface), and a schema built that early would probe for eval against the CSP.

/**
 * Finds the deployment's spaces library once per connection: the site and drive ids do not change while the
 * app is open, and every pair's space is in the same library. A failed lookup is not kept, so a retry asks again.
 */
export class SpacesLibraryLocator {
  private found: Promise<SharePointLibrary> | null = null;

  constructor(
    private readonly graph: GraphConnection,
    private readonly site: SharePointSiteAddress,
    private readonly library: string,
  ) {}

  /** Names the library without asking Graph (for outbox keys, which must be known before the lookup). */
  get key(): string {
    return `${this.site.hostname}/${this.site.serverRelativePath}/${this.library}`.toLowerCase();
  }

  locate(): Promise<SharePointLibrary> {
    if (!this.found) {
      this.found = findSharePointLibrary(this.graph, this.site, this.library);
      this.found.catch(() => {
        this.found = null;
      });
    }
    return this.found;
  }
}

/**
 * Where the deployment keeps the pairs' shared spaces, ready to use: the leader's OneDrive app folder (shared
 * with the employee), or the organisation's library (same path for both, no sharing). Chosen once, in the
 * composition root, from the build's setting; every use case that opens a space takes it.
 */
export type PairSpaceStore =
  | { kind: 'leader-onedrive' }
  | { kind: 'sharepoint-library'; locator: SpacesLibraryLocator };

export const LEADER_ONEDRIVE: PairSpaceStore = { kind: 'leader-onedrive' };

export function pairSpaceStore(graph: GraphConnection, setting: SpaceStore): PairSpaceStore {
  if (setting.kind === 'leader-onedrive') return LEADER_ONEDRIVE;
  return {
    kind: 'sharepoint-library',
    locator: new SpacesLibraryLocator(graph, setting.site, setting.library),
  };
}
