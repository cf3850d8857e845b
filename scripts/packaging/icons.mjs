/**
 * What Teams and Microsoft 365 require of the two app icons: color.png 192×192 full colour,
 * outline.png 32×32 white on a transparent background.
 */
import { decodePngRgba, readPngInfo } from './png.mjs';

export const ICON_RULES = {
  color: { width: 192, height: 192 },
  outline: { width: 32, height: 32 },
};

/**
 * @param {'color' | 'outline'} kind
 * @param {Buffer} bytes
 * @returns {string[]} problems; empty when the icon is fine
 */
export function iconProblems(kind, bytes) {
  const rule = ICON_RULES[kind];
  let info;
  try {
    info = readPngInfo(bytes);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  const problems = [];
  if (info.width !== rule.width || info.height !== rule.height) {
    problems.push(`is ${info.width}×${info.height}, must be ${rule.width}×${rule.height}`);
  }
  if (kind !== 'outline') return problems;
  if (!info.hasAlphaChannel)
    return [...problems, 'has no alpha channel: the outline icon must be transparent'];
  const { rgba } = decodePngRgba(bytes);
  let transparent = 0;
  let notWhite = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 0) transparent++;
    else if (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255) notWhite++;
  }
  if (transparent === 0) problems.push('has no transparent pixel: the background must be transparent');
  if (notWhite > 0) problems.push(`has ${notWhite} visible pixels that are not white`);
  return problems;
}
