/**
 * OneDrive's path-based addressing: `.../approot:/folder/file.json:/content` names an item by its path
 * below another item. The segment ending in `:` opens the path, the next one ending in `:` closes it (the
 * closing colon may be left out when nothing follows). The router sees it as `approot`, `:`, the path
 * (one segment, `/`-joined, decoded) and what follows, so routes declare `.../approot/:/{path}/content`.
 */

/** The literal segment routes use where a path follows. */
export const PATH_MARKER = ':';

/** Decoded segments, with a path-addressed part folded into `[..., item, ':', 'a/b.json', ...rest]`. */
export function routingSegments(
  rawSegments: readonly string[],
  decode: (segment: string) => string,
): string[] {
  // Only a raw (unencoded) colon opens a path; `%3A` is part of a name or id.
  const open = rawSegments.findIndex((segment) => segment.length > 1 && segment.endsWith(':'));
  if (open < 0) return rawSegments.map(decode);
  let close = -1;
  for (let index = open + 1; index < rawSegments.length; index++) {
    if (rawSegments[index]?.endsWith(':')) {
      close = index;
      break;
    }
  }
  const opener = rawSegments[open] ?? '';
  const pathParts =
    close < 0
      ? rawSegments.slice(open + 1)
      : [...rawSegments.slice(open + 1, close), (rawSegments[close] ?? '').slice(0, -1)];
  const rest = close < 0 ? [] : rawSegments.slice(close + 1);
  return [
    ...rawSegments.slice(0, open).map(decode),
    decode(opener.slice(0, -1)),
    PATH_MARKER,
    pathParts.map(decode).join('/'),
    ...rest.map(decode),
  ];
}
