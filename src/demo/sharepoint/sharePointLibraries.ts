/**
 * The demo's SharePoint document libraries, as drives of the same store as the OneDrives: a library's items
 * carry `drive: 'sp-library:<id>'`, and a principal standing for the library plays the drive's owner, so the
 * OneDrive routes, eTags and downloads apply unchanged. Access is the site's membership, never the principal's.
 */
import { driveIdFor } from '../drive/driveIds';
import type { DemoSeedSharePointSite, DemoSeedUser } from '../seed/demoSeed.types';
import type { EmulatorState } from '../state/stateStore';

const LIBRARY_DRIVE_PREFIX = 'sp-library:';

export interface LibraryDrive {
  site: DemoSeedSharePointSite;
  library: { id: string; name: string };
  /** The drive's owner in the store's terms (never a directory user: it is not listed in `users`). */
  principal: DemoSeedUser;
}

export function libraryDriveKey(libraryId: string): string {
  return `${LIBRARY_DRIVE_PREFIX}${libraryId}`;
}

export function isLibraryDriveKey(driveKey: string): boolean {
  return driveKey.startsWith(LIBRARY_DRIVE_PREFIX);
}

function principalOf(site: DemoSeedSharePointSite, library: { id: string; name: string }): DemoSeedUser {
  return {
    id: libraryDriveKey(library.id),
    displayName: `${site.displayName} – ${library.name}`,
    // Only its domain is used, for the download host.
    userPrincipalName: `${library.id}@${site.hostname.split('.')[0] ?? 'contoso'}.com`,
  };
}

export function libraryDrives(state: EmulatorState): LibraryDrive[] {
  return (state.sharePointSites ?? []).flatMap((site) =>
    site.libraries.map((library) => ({ site, library, principal: principalOf(site, library) })),
  );
}

/** The library whose Graph drive id this is, if any. */
export function libraryByDriveId(state: EmulatorState, driveId: string): LibraryDrive | undefined {
  return libraryDrives(state).find((drive) => driveIdFor(drive.principal.id) === driveId);
}

/** The library whose items carry this `drive` key, if any. */
export function libraryByDriveKey(state: EmulatorState, driveKey: string): LibraryDrive | undefined {
  return libraryDrives(state).find((drive) => drive.principal.id === driveKey);
}

export function isSiteMember(site: DemoSeedSharePointSite, user: DemoSeedUser): boolean {
  return site.memberIds.includes(user.id);
}
