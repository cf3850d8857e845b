import { describe, expect, it } from 'vitest';
import { parseSpaceStore, spaceFilePathInLibrary } from '../../src/domain/space/spaceStore';
import { readSpaceStore } from '../../src/host/spaceStoreSetting';

describe('parseSpaceStore', () => {
  it("keeps the leader's OneDrive when no site is set", () => {
    expect(parseSpaceStore(null, null)).toEqual({ ok: true, store: { kind: 'leader-onedrive' } });
    expect(parseSpaceStore('  ', 'Records')).toEqual({ ok: true, store: { kind: 'leader-onedrive' } });
  });

  it('reads a site address into host and server-relative path, with the default library', () => {
    expect(parseSpaceStore('https://Contoso.sharepoint.com/sites/one-on-ones/', null)).toEqual({
      ok: true,
      store: {
        kind: 'sharepoint-library',
        site: { hostname: 'contoso.sharepoint.com', serverRelativePath: 'sites/one-on-ones' },
        library: 'Documents',
      },
    });
  });

  it('decodes escaped path segments and keeps a named library', () => {
    const setting = parseSpaceStore('https://contoso.sharepoint.com/sites/RH%20Dossiers', ' 1:1 records ');
    expect(setting.ok).toBe(false);
    const named = parseSpaceStore('https://contoso.sharepoint.com/sites/RH%20Dossiers', ' Dossiers 1-1 ');
    expect(named).toEqual({
      ok: true,
      store: {
        kind: 'sharepoint-library',
        site: { hostname: 'contoso.sharepoint.com', serverRelativePath: 'sites/RH Dossiers' },
        library: 'Dossiers 1-1',
      },
    });
  });

  it("accepts the host's root site", () => {
    const setting = parseSpaceStore('https://contoso.sharepoint.com', null);
    expect(setting.ok && setting.store.kind === 'sharepoint-library' && setting.store.site).toEqual({
      hostname: 'contoso.sharepoint.com',
      serverRelativePath: '',
    });
  });

  it.each([
    ['not a URL', 'contoso.sharepoint.com/sites/x'],
    ['plain http', 'http://contoso.sharepoint.com/sites/x'],
    ['a query', 'https://contoso.sharepoint.com/sites/x?web=1'],
    ['a fragment', 'https://contoso.sharepoint.com/sites/x#top'],
    ['a page', 'https://contoso.sharepoint.com/sites/x/SitePages/Home.aspx'],
    ['a layouts path', 'https://contoso.sharepoint.com/sites/x/_layouts/15/viewlsts.aspx'],
  ])('refuses %s', (_label, url) => {
    const setting = parseSpaceStore(url, null);
    expect(setting.ok).toBe(false);
    expect(!setting.ok && setting.problem).toContain(url.split('?')[0]?.split('#')[0]);
  });
});

describe('readSpaceStore', () => {
  it('reads the build variables and throws on a setting that names no site', () => {
    expect(readSpaceStore({})).toEqual({ kind: 'leader-onedrive' });
    expect(
      readSpaceStore({
        VITE_SPACES_SITE_URL: 'https://contoso.sharepoint.com/sites/a',
        VITE_SPACES_LIBRARY: 'Records',
      }),
    ).toEqual({
      kind: 'sharepoint-library',
      site: { hostname: 'contoso.sharepoint.com', serverRelativePath: 'sites/a' },
      library: 'Records',
    });
    expect(() => readSpaceStore({ VITE_SPACES_SITE_URL: 'http://contoso.sharepoint.com' })).toThrow(
      /VITE_SPACES_SITE_URL.*https/,
    );
  });
});

describe('spaceFilePathInLibrary', () => {
  it("files a pair's space under the leader's folder, by sign-in addresses in lower case", () => {
    expect(spaceFilePathInLibrary(' Amelia@Contoso.ca ', 'Jordan.Lee@contoso.ca')).toBe(
      'one-on-one-spaces/amelia@contoso.ca/jordan.lee@contoso.ca.json',
    );
  });

  it('refuses addresses SharePoint could not use as names', () => {
    expect(() => spaceFilePathInLibrary('', 'jordan@contoso.ca')).toThrow(RangeError);
    expect(() => spaceFilePathInLibrary('amelia@contoso.ca', 'a/b@contoso.ca')).toThrow(RangeError);
    expect(() => spaceFilePathInLibrary('amelia@contoso.ca', '"x"@contoso.ca')).toThrow(RangeError);
  });
});
