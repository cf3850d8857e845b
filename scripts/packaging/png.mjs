/**
 * Just enough PNG reading to check the app's icons: the header (size, colour type, transparency)
 * and, for 8-bit non-interlaced images, the pixels as RGBA. No dependency: node:zlib inflates IDAT.
 */
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG colour types (IHDR byte 9) and how many samples each pixel has. */
const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const COLOR_TYPES_WITH_ALPHA = new Set([4, 6]);

function readChunks(bytes) {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error('not a PNG file (bad signature)');
  }
  const chunks = [];
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    chunks.push({ type, data });
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** @param {Buffer} bytes */
export function readPngInfo(bytes) {
  const chunks = readChunks(bytes);
  const header = chunks[0];
  if (header?.type !== 'IHDR' || header.data.length < 13) throw new Error('PNG has no IHDR chunk first');
  const colorType = header.data[9];
  const hasTransparencyChunk = chunks.some((chunk) => chunk.type === 'tRNS');
  return {
    width: header.data.readUInt32BE(0),
    height: header.data.readUInt32BE(4),
    bitDepth: header.data[8],
    colorType,
    interlaced: header.data[12] !== 0,
    hasAlphaChannel: COLOR_TYPES_WITH_ALPHA.has(colorType) || hasTransparencyChunk,
  };
}

function paeth(left, up, upLeft) {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Undoes the per-row filters (PNG spec §9) in place over the inflated scanlines. */
function unfilter(raw, rowBytes, height, bytesPerPixel) {
  const out = Buffer.alloc(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (rowBytes + 1)];
    const source = y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const value = raw[source + x];
      const left = x >= bytesPerPixel ? out[row + x - bytesPerPixel] : 0;
      const up = y > 0 ? out[row - rowBytes + x] : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[row - rowBytes + x - bytesPerPixel] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) predictor = paeth(left, up, upLeft);
      else if (filter !== 0) throw new Error(`unknown PNG filter type ${filter} on row ${y}`);
      out[row + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

/**
 * The pixels as RGBA bytes (4 per pixel, row by row). Supports what icon tools write:
 * 8-bit, non-interlaced, grey, grey+alpha, RGB or RGBA. Palette images are rejected.
 * @param {Buffer} bytes
 */
export function decodePngRgba(bytes) {
  const info = readPngInfo(bytes);
  const channels = CHANNELS[info.colorType];
  if (info.bitDepth !== 8 || info.interlaced || info.colorType === 3 || channels === undefined) {
    throw new Error(
      `unsupported PNG layout (bit depth ${info.bitDepth}, colour type ${info.colorType}, interlaced ${info.interlaced})`,
    );
  }
  const compressed = Buffer.concat(
    readChunks(bytes)
      .filter((chunk) => chunk.type === 'IDAT')
      .map((chunk) => chunk.data),
  );
  const rowBytes = info.width * channels;
  const samples = unfilter(inflateSync(compressed), rowBytes, info.height, channels);
  const rgba = Buffer.alloc(info.width * info.height * 4);
  for (let pixel = 0; pixel < info.width * info.height; pixel++) {
    const s = pixel * channels;
    const grey = channels <= 2;
    rgba[pixel * 4] = samples[s];
    rgba[pixel * 4 + 1] = grey ? samples[s] : samples[s + 1];
    rgba[pixel * 4 + 2] = grey ? samples[s] : samples[s + 2];
    rgba[pixel * 4 + 3] = channels === 2 ? samples[s + 1] : channels === 4 ? samples[s + 3] : 255;
  }
  return { width: info.width, height: info.height, rgba };
}
