/**
 * UTF-8 + base64url (RFC 4648 §5, no padding), written out rather than using btoa/TextEncoder:
 * the Outlook event handler runs in a JavaScript-only runtime on classic Windows Outlook, where
 * those browser globals may not exist, and it writes space references into invites.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = /* @__PURE__ */ new Map([...ALPHABET].map((char, index) => [char, index]));

export function encodeBase64Url(text: string): string {
  const bytes = utf8Encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] as number;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const chunk = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += ALPHABET[(chunk >> 18) & 63];
    out += ALPHABET[(chunk >> 12) & 63];
    if (b1 !== undefined) out += ALPHABET[(chunk >> 6) & 63];
    if (b2 !== undefined) out += ALPHABET[chunk & 63];
  }
  return out;
}

/**
 * The text, or null for anything that is not the canonical encoding of valid UTF-8 (wrong
 * characters, impossible length, non-zero padding bits, overlong or broken UTF-8). Canonical-only
 * means one text has exactly one encoding.
 */
export function decodeBase64Url(encoded: string): string | null {
  if (encoded.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 4) {
    const group = encoded.slice(i, i + 4);
    let chunk = 0;
    for (let j = 0; j < 4; j++) {
      const char = group[j];
      const value = char === undefined ? 0 : VALUES.get(char);
      if (value === undefined) return null;
      chunk = (chunk << 6) | value;
    }
    bytes.push((chunk >> 16) & 255);
    if (group.length > 2) bytes.push((chunk >> 8) & 255);
    if (group.length > 3) bytes.push(chunk & 255);
    // Bits below the last whole byte must be zero, or two strings would decode alike.
    if (group.length === 2 && (chunk & 0xffff) !== 0) return null;
    if (group.length === 3 && (chunk & 0xff) !== 0) return null;
  }
  return utf8Decode(bytes);
}

function utf8Encode(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) as number;
    // A lone surrogate cannot be encoded; like TextEncoder, write U+FFFD.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
    }
  }
  return bytes;
}

function utf8Decode(bytes: readonly number[]): string | null {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const first = bytes[i] as number;
    const length =
      first < 0x80
        ? 1
        : first >= 0xc2 && first < 0xe0
          ? 2
          : first >= 0xe0 && first < 0xf0
            ? 3
            : first >= 0xf0 && first < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return null;
    let code = length === 1 ? first : first & (0xff >> (length + 1));
    for (let j = 1; j < length; j++) {
      const next = bytes[i + j] as number;
      if ((next & 0xc0) !== 0x80) return null;
      code = (code << 6) | (next & 63);
    }
    const minimum = length === 1 ? 0 : length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
    if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}
