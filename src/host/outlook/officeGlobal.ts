import type { OfficeGlobal } from './officeMailbox';

// A bare global with a typeof guard, not `globalThis` (ES2020): the Outlook launch runtime reads it too.
declare const Office: OfficeGlobal | undefined;

/** Office.js, when the page or runtime loaded it; undefined everywhere else (Teams, a plain browser, Node). */
export function readOfficeGlobal(): OfficeGlobal | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}
