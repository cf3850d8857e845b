/**
 * The pages, scripts and images the manifest points to on the app's own origin, so that
 * `npm run package` can say which of them the production build in dist/ does not contain.
 */

function collectStrings(value, path, out) {
  if (typeof value === 'string') {
    out.push({ path, value });
  } else if (value !== null && typeof value === 'object') {
    const items = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (const [key, item] of items) collectStrings(item, `${path}/${key}`, out);
  }
  return out;
}

/**
 * @param {unknown} manifest filled manifest
 * @param {string} appOrigin e.g. https://agenda.contoso.ca
 * @returns {{ file: string, usedAt: string[] }[]} paths relative to the web root ("index.html" for "/")
 */
export function filesOnOrigin(manifest, appOrigin) {
  const byFile = new Map();
  for (const { path, value } of collectStrings(manifest, '', [])) {
    if (!value.startsWith(`${appOrigin}/`)) continue;
    const pathname = new URL(value).pathname;
    const file = pathname.endsWith('/')
      ? `${pathname.slice(1)}index.html`
      : decodeURIComponent(pathname.slice(1));
    byFile.set(file, [...(byFile.get(file) ?? []), path]);
  }
  return [...byFile].map(([file, usedAt]) => ({ file, usedAt })).sort((a, b) => a.file.localeCompare(b.file));
}
