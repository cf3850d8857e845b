/**
 * Single-value extended properties on the organizer's item (Graph's "Outlook extended properties"): written by
 * a PATCH's `singleValueExtendedProperties`, read only with
 * `$expand=singleValueExtendedProperties($filter=id eq '<id>')`, the documented way to get one. They belong to
 * the organizer's item only: attendees' copies never show them, as in Exchange. A PATCH of them alone sends no
 * meeting update.
 */
import type { SingleValueLegacyExtendedProperty } from '@microsoft/microsoft-graph-types';
import { graphErrors } from '../http/graphErrorResponse';
import { queryParam } from '../odata/queryOptions';

/** The documented id formats: `{type} {guid} Name {name}`, `{type} {guid} Id {hex}`, or `{type} {proptag}`. */
const PROPERTY_ID =
  /^(Binary|Boolean|Currency|CLSID|Double|Integer|Long|Object|Short|String|SystemTime)\s+(\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}\s+(Name\s+\S.*|Id\s+0x[0-9a-f]{1,4})|0x[0-9a-f]{1,8})$/i;

export type ExtendedProperty = { id: string; value: string };

/**
 * Two ids name the same property when they differ only in the case of the type, GUID and `Name`/`Id`
 * keywords; the name itself is case-sensitive (singlevaluelegacyextendedproperty-get.md).
 */
function propertyKey(id: string): string {
  const match = /^(\S+\s+\{[^}]*\}\s+\S+\s+)(.*)$/.exec(id.trim());
  return match
    ? `${(match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')}${match[2] ?? ''}`
    : id.trim().toLowerCase();
}

/** The item's properties after a PATCH of `value`: each one written replaces the one with its id. */
export function patchedExtendedProperties(
  value: unknown,
  existing: readonly SingleValueLegacyExtendedProperty[] | null | undefined,
): ExtendedProperty[] {
  if (!Array.isArray(value)) {
    throw graphErrors.invalidRequest("'singleValueExtendedProperties' must be an array.");
  }
  const written = value.map((entry): ExtendedProperty => {
    const { id, value: text } = (entry ?? {}) as { id?: unknown; value?: unknown };
    if (typeof id !== 'string' || !PROPERTY_ID.test(id.trim())) {
      throw graphErrors.invalidRequest(`'${String(id)}' is not a valid extended property id.`);
    }
    if (typeof text !== 'string')
      throw graphErrors.invalidRequest('An extended property value must be a string.');
    return { id: id.trim(), value: text };
  });
  const replaced = new Set(written.map((property) => propertyKey(property.id)));
  const kept = (existing ?? []).flatMap((property): ExtendedProperty[] =>
    typeof property.id === 'string' &&
    typeof property.value === 'string' &&
    !replaced.has(propertyKey(property.id))
      ? [{ id: property.id, value: property.value }]
      : [],
  );
  return [...kept, ...written];
}

/**
 * The id asked for by `$expand=singleValueExtendedProperties($filter=id eq '<id>')`, null without `$expand`.
 * Any other `$expand` answers 400 (the emulator does not evaluate it).
 */
export function readExtendedPropertyExpand(url: URL): string | null {
  const expand = queryParam(url, '$expand');
  if (expand === null) return null;
  const match =
    /^\s*singleValueExtendedProperties\s*\(\s*\$filter\s*=\s*id\s+eq\s+'((?:[^']|'')*)'\s*\)\s*$/i.exec(
      expand,
    );
  if (!match) throw graphErrors.unsupportedByDemo(`$expand=${expand}`);
  return (match[1] ?? '').replace(/''/g, "'");
}

/** The URL without `$expand`, for the query options the other readers evaluate. */
export function withoutExpand(url: URL): URL {
  const rest = new URL(url);
  for (const key of [...rest.searchParams.keys()]) {
    if (key.toLowerCase() === '$expand') rest.searchParams.delete(key);
  }
  return rest;
}

/** What the expansion adds to the item's JSON: the matching property, or nothing when it has none. */
export function expandedExtendedProperties(
  properties: readonly SingleValueLegacyExtendedProperty[] | null | undefined,
  id: string,
): { singleValueExtendedProperties?: ExtendedProperty[] } {
  const wanted = propertyKey(id);
  const matching = (properties ?? []).flatMap((property): ExtendedProperty[] =>
    typeof property.id === 'string' &&
    typeof property.value === 'string' &&
    propertyKey(property.id) === wanted
      ? [{ id: property.id, value: property.value }]
      : [],
  );
  return matching.length > 0 ? { singleValueExtendedProperties: matching } : {};
}
