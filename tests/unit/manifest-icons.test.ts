import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { iconProblems } from '../../scripts/packaging/icons.mjs';
import { decodePngRgba, readPngInfo } from '../../scripts/packaging/png.mjs';

const manifestDir = resolve(import.meta.dirname, '../../manifest');
const icon = (name: string) => readFileSync(resolve(manifestDir, name));

/** A tiny RGBA PNG (filter 0 on every row) to test the checks against known pixels. */
function rgbaPng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
) {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4)]); // the CRC is not checked by the reader
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(...pixel(x, y));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('app icons', () => {
  it('color.png is a 192×192 PNG', () => {
    const info = readPngInfo(icon('color.png'));
    expect([info.width, info.height]).toEqual([192, 192]);
    expect(iconProblems('color', icon('color.png'))).toEqual([]);
  });

  it('outline.png is a 32×32 PNG with an alpha channel', () => {
    const info = readPngInfo(icon('outline.png'));
    expect([info.width, info.height]).toEqual([32, 32]);
    expect(info.hasAlphaChannel).toBe(true);
    expect([4, 6]).toContain(info.colorType);
  });

  it('outline.png is white on a transparent background', () => {
    const { rgba } = decodePngRgba(icon('outline.png'));
    const pixels = Array.from({ length: rgba.length / 4 }, (_, i) => [...rgba.subarray(i * 4, i * 4 + 4)]);
    expect(pixels.filter(([, , , alpha]) => alpha === 0).length).toBeGreaterThan(0);
    expect(pixels.filter(([r, g, b, alpha]) => alpha! > 0 && (r !== 255 || g !== 255 || b !== 255))).toEqual(
      [],
    );
    expect(iconProblems('outline', icon('outline.png'))).toEqual([]);
  });

  it('the checks catch a wrong size, an opaque outline and coloured pixels', () => {
    const opaque = rgbaPng(32, 32, () => [255, 255, 255, 255]);
    expect(iconProblems('outline', opaque)).toEqual([expect.stringContaining('no transparent pixel')]);
    const coloured = rgbaPng(32, 32, (x) => (x === 0 ? [79, 82, 178, 255] : [0, 0, 0, 0]));
    expect(iconProblems('outline', coloured)).toEqual(['has 32 visible pixels that are not white']);
    expect(
      iconProblems(
        'color',
        rgbaPng(32, 32, () => [79, 82, 178, 255]),
      ),
    ).toEqual(['is 32×32, must be 192×192']);
    expect(iconProblems('color', Buffer.from('GIF89a'))).toEqual([expect.stringContaining('not a PNG')]);
  });
});
