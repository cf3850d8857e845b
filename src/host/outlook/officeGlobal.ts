import type { OfficeGlobal } from './office';

/** Office.js, when the page loaded it; undefined everywhere else (Teams, a plain browser, Node). */
export function readOfficeGlobal(): OfficeGlobal | undefined {
  return (globalThis as { Office?: OfficeGlobal }).Office;
}
