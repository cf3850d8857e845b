/**
 * File content. The demo stores it as UTF-8 text (the app's documents are JSON). Graph takes up to
 * 250 MB in a simple PUT; the demo keeps its whole state in localStorage, so it stops at 4 MB.
 */
import { graphErrors } from '../http/graphErrorResponse';

export const MAX_SIMPLE_UPLOAD_BYTES = 4 * 1024 * 1024;

const MIME_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  csv: 'text/csv',
  xml: 'application/xml',
};

/** OneDrive derives a file's type from its extension, not from the upload's Content-Type. */
export function mimeTypeFor(name: string): string {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** The uploaded bytes as text, or 413 above the limit. */
export async function readUploadedText(request: Request): Promise<string> {
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN);
  if (declared > MAX_SIMPLE_UPLOAD_BYTES) throw graphErrors.driveFileTooLarge(MAX_SIMPLE_UPLOAD_BYTES);
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_SIMPLE_UPLOAD_BYTES)
    throw graphErrors.driveFileTooLarge(MAX_SIMPLE_UPLOAD_BYTES);
  return new TextDecoder().decode(bytes);
}
