/**
 * The app package is a flat zip: manifest.json, the two icons and the localization files at its root
 * (Teams rejects a package whose manifest sits in a folder). fflate writes it in memory; every entry
 * gets the same timestamp so the same inputs give the same bytes.
 */
import { zipSync } from 'fflate';

const FIXED_TIME = new Date('2020-01-01T00:00:00Z');

/**
 * @param {ReadonlyArray<{ name: string, data: Uint8Array }>} entries
 * @returns {Uint8Array}
 */
export function zipFlat(entries) {
  const files = {};
  for (const { name, data } of entries) {
    if (name.includes('/') || name.includes('\\'))
      throw new Error(`"${name}": the package is flat, no folders`);
    if (Object.hasOwn(files, name)) throw new Error(`"${name}" is in the package twice`);
    files[name] = [data, { mtime: FIXED_TIME, level: 9 }];
  }
  return zipSync(files);
}
