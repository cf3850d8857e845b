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
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** OneDrive derives a file's type from its extension, not from the upload's Content-Type. */
export function mimeTypeFor(name: string): string {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** A file's stored content: UTF-8 text as text, any other bytes as base64 (the demo state is JSON). */
export type DriveContent = { content: string } | { contentBase64: string };

/** The uploaded bytes as stored content, or 413 above the limit. */
export async function readUploadedContent(request: Request): Promise<DriveContent> {
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN);
  if (declared > MAX_SIMPLE_UPLOAD_BYTES) throw graphErrors.driveFileTooLarge(MAX_SIMPLE_UPLOAD_BYTES);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_SIMPLE_UPLOAD_BYTES)
    throw graphErrors.driveFileTooLarge(MAX_SIMPLE_UPLOAD_BYTES);
  try {
    return { content: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { contentBase64: btoa(binary) };
  }
}

/** The bytes of stored content. */
export function contentBytes(item: { content?: string; contentBase64?: string }): Uint8Array {
  if (item.contentBase64 !== undefined)
    return Uint8Array.from(atob(item.contentBase64), (c) => c.charCodeAt(0));
  return new TextEncoder().encode(item.content ?? '');
}
