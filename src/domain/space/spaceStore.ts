import { normalizeEmail } from '../normalizeEmail';

/**
 * Where the pairs' shared spaces are kept: each leader's OneDrive app folder (the default), or one SharePoint
 * document library the organisation owns, so its retention and access rules apply (issue 15, item 5).
 */

/** A SharePoint site as Graph addresses it by URL: `GET /sites/{hostname}:/{serverRelativePath}`. */
export interface SharePointSiteAddress {
  hostname: string;
  /** Without leading or trailing slash; '' for the host's root site. */
  serverRelativePath: string;
}

export type SpaceStore =
  | { kind: 'leader-onedrive' }
  | { kind: 'sharepoint-library'; site: SharePointSiteAddress; library: string };

/** A site's default library is listed by Graph as the drive named "Documents" ("Shared Documents" in its URL). */
export const DEFAULT_SPACES_LIBRARY = 'Documents';

/** The folder of the library that holds the spaces, one subfolder per leader. */
export const SPACES_LIBRARY_FOLDER = 'one-on-one-spaces';

export type SpaceStoreSetting = { ok: true; store: SpaceStore } | { ok: false; problem: string };

/** Characters SharePoint refuses in a file or folder name. */
const INVALID_NAME_CHARACTERS = /["*:<>?/\\|]/;

/**
 * The store a deployment's settings describe. No site URL: the leader's OneDrive. A site URL must be an
 * https address of a site, without query or fragment (what an administrator copies from the browser, minus
 * any page such as `/SitePages/Home.aspx` or `/Shared Documents/Forms/AllItems.aspx`, which would name no site).
 */
export function parseSpaceStore(siteUrl: string | null, library: string | null): SpaceStoreSetting {
  const url = siteUrl?.trim() ?? '';
  if (url === '') return { ok: true, store: { kind: 'leader-onedrive' } };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, problem: `The spaces site URL "${url}" is not an address.` };
  }
  if (parsed.protocol !== 'https:') {
    return { ok: false, problem: `The spaces site URL "${url}" must start with https://.` };
  }
  if (parsed.search !== '' || parsed.hash !== '' || parsed.username !== '' || parsed.port !== '') {
    return {
      ok: false,
      problem: `The spaces site URL "${url}" must be the site's address only (no query, port or #).`,
    };
  }
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => /\.aspx$/i.test(segment) || segment.startsWith('_'))) {
    return {
      ok: false,
      problem: `The spaces site URL "${url}" names a page, not a site: keep only up to the site.`,
    };
  }
  const libraryName = library?.trim() || DEFAULT_SPACES_LIBRARY;
  if (INVALID_NAME_CHARACTERS.test(libraryName)) {
    return {
      ok: false,
      problem: `The spaces library name "${libraryName}" has a character SharePoint refuses.`,
    };
  }
  return {
    ok: true,
    store: {
      kind: 'sharepoint-library',
      site: {
        hostname: parsed.hostname.toLowerCase(),
        serverRelativePath: segments.map(decodeSegment).join('/'),
      },
      library: libraryName,
    },
  };
}

/** The URL parser keeps `%` escapes; a malformed one stays as typed (the site lookup then answers 404). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function fileNameOfAddress(address: string): string {
  const name = normalizeEmail(address);
  if (name === '' || INVALID_NAME_CHARACTERS.test(name) || name.startsWith('.') || name.endsWith('.')) {
    throw new RangeError(`"${address}" cannot name a file in SharePoint`);
  }
  return name;
}

/**
 * The path, below the library's root, of a pair's shared space: `one-on-one-spaces/<leader>/<employee>.json`,
 * both by their sign-in address in lower case. A leader's folder gathers their team (one place for an
 * administrator or a retention rule); addresses are unique and, unlike display names, do not change with a
 * correction. Throws RangeError for an address SharePoint could not use as a name.
 */
export function spaceFilePathInLibrary(leaderAddress: string, employeeAddress: string): string {
  return `${SPACES_LIBRARY_FOLDER}/${fileNameOfAddress(leaderAddress)}/${fileNameOfAddress(employeeAddress)}.json`;
}
