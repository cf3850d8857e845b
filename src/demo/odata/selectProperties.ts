/** `$select`: validate names against the entity's properties and keep only those (plus what Graph always returns). */
import { GraphErrorResponse } from '../http/graphErrorResponse';

export interface EntitySelectRules {
  /** OData type name for error messages, e.g. `microsoft.graph.event`. */
  typeName: string;
  /** The error code Graph's workload uses for a bad `$select` (Outlook and directory differ). */
  errorCode: string;
  properties: readonly string[];
  /** Returned even when not selected (`id`, `@odata.etag`, `@odata.type`). */
  alwaysIncluded: readonly string[];
  /** Returned only when selected. */
  selectOnly?: readonly string[];
  /** Returned when `$select` is absent; all non-select-only properties when omitted. */
  defaults?: readonly string[];
}

/** Resolved `$select` lists by list and rules: a collection projects every entity with the same list. */
const resolvedSelects = new WeakMap<readonly string[], Map<EntitySelectRules, string[]>>();

/** Canonical property names for the `$select` list, or throws Graph's 400 for an unknown one. */
export function resolveSelect(select: readonly string[], rules: EntitySelectRules): string[] {
  let byRules = resolvedSelects.get(select);
  if (!byRules) {
    byRules = new Map<EntitySelectRules, string[]>();
    resolvedSelects.set(select, byRules);
  }
  const known = byRules.get(rules);
  if (known) return known;
  const resolved = canonicalNames(select, rules);
  byRules.set(rules, resolved);
  return resolved;
}

function canonicalNames(select: readonly string[], rules: EntitySelectRules): string[] {
  return select.map((name) => {
    const canonical = rules.properties.find((property) => property.toLowerCase() === name.toLowerCase());
    if (!canonical) {
      throw new GraphErrorResponse(
        400,
        rules.errorCode,
        `Could not find a property named '${name}' on type '${rules.typeName}'.`,
      );
    }
    return canonical;
  });
}

/** The entity as Graph returns it for the `$select` (null: no `$select`). Selected-but-unset properties read null. */
export function projectEntity(
  entityObject: object,
  select: readonly string[] | null,
  rules: EntitySelectRules,
): Record<string, unknown> {
  // Graph types have no index signature; reading properties by name is what projection is.
  const entity = entityObject as Readonly<Record<string, unknown>>;
  const wanted = select
    ? resolveSelect(select, rules)
    : (rules.defaults ?? Object.keys(entity).filter((key) => !rules.selectOnly?.includes(key)));
  const projected: Record<string, unknown> = {};
  for (const key of rules.alwaysIncluded) if (key in entity) projected[key] = entity[key];
  for (const key of wanted) projected[key] = entity[key] ?? null;
  return projected;
}
