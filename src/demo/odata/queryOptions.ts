/** Reads OData system query options ($select, $top, $skip, $skiptoken, $orderby) the way Graph accepts them. */
import { graphErrors } from '../http/graphErrorResponse';

export interface ODataQuery {
  /** Property names as written, or null when `$select` is absent. */
  select: string[] | null;
  top: number | null;
  skip: number;
  skipToken: string | null;
  orderBy: string | null;
}

/** Options the emulator does not evaluate: answering them silently would return wrong data. */
const UNSUPPORTED_OPTIONS = ['$filter', '$search', '$expand', '$count', '$apply', '$compute'];

/** Graph treats query option names case-insensitively. */
export function queryParam(url: URL, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === wanted) return value;
  return null;
}

function nonNegativeInteger(url: URL, name: string): number | null {
  const raw = queryParam(url, name);
  if (raw === null) return null;
  if (!/^\d+$/.test(raw.trim())) {
    throw graphErrors.badRequest(
      `Invalid value '${raw}' for query option ${name}: expected a non-negative integer.`,
    );
  }
  return Number(raw.trim());
}

export function parseODataQuery(url: URL): ODataQuery {
  for (const option of UNSUPPORTED_OPTIONS) {
    if (queryParam(url, option) !== null) throw graphErrors.unsupportedByDemo(`the ${option} query option`);
  }
  const select = queryParam(url, '$select');
  return {
    select:
      select === null
        ? null
        : select
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
    top: nonNegativeInteger(url, '$top'),
    skip: nonNegativeInteger(url, '$skip') ?? 0,
    skipToken: queryParam(url, '$skiptoken'),
    orderBy: queryParam(url, '$orderby'),
  };
}
