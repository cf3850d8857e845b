/**
 * Header names as Graph writes them in a `$batch` step's `headers` object. A `Headers` object gives names
 * lower-cased, but Graph's steps keep each header's own spelling (`Retry-After`, `Content-Type`,
 * `Cache-Control`, `OData-Version`, and `x-ms-resource-unit` in lower case: concepts/json-batching.md).
 */

/** Names whose spelling is not the capitalized form of each word. */
const IRREGULAR_NAMES: Readonly<Record<string, string>> = {
  etag: 'ETag',
  'odata-version': 'OData-Version',
  'www-authenticate': 'WWW-Authenticate',
};

/** The documented spelling of a header name given in any case. */
export function documentedHeaderName(name: string): string {
  const lower = name.toLowerCase();
  const irregular = IRREGULAR_NAMES[lower];
  if (irregular) return irregular;
  if (lower.startsWith('x-ms-')) return lower;
  return lower
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('-');
}
