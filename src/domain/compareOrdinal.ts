/**
 * Orders strings by UTF-16 code units, not by locale. Keys, ids and emails are identifiers: a
 * tie-break on them must give the same order in every browser and locale.
 */
export function compareOrdinal(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
