import type { Locale } from '../../domain/locale';
import { normalizeEmail } from '../../domain/normalizeEmail';
import type { PeriodRecord } from '../../domain/record/periodRecord';
import type { GraphConnection } from '../../graph/createGraphClient';
import { type UploadedDriveFile, uploadDriveFileBytes } from '../../graph/driveFiles';
import { recordOutline } from './recordDocumentOutline';
import { recordWordDocument, WORD_MIME_TYPE } from './recordWordDocument';

/**
 * Where exports go: the author's own app folder (`Apps/<app>/records/…` in their OneDrive). The app writes
 * only inside its folder, so it never overwrites a person's own documents, and the files sit next to the
 * spaces they come from; the person moves or shares them from OneDrive as they like.
 */
export function recordFilePath(record: PeriodRecord, locale: Locale, extension: 'docx' | 'json'): string {
  const who = normalizeEmail(record.employee.email).replace(/[^a-z0-9._-]/g, '_');
  const language = locale === 'fr-CA' ? 'fr' : 'en';
  return `records/${who}/${record.period.start}_${record.period.end}_${language}.${extension}`;
}

export interface WordExport {
  bytes: Uint8Array;
  fileName: string;
  file: UploadedDriveFile;
}

/** Makes the Word document of the record in `locale` and saves it to the author's OneDrive. */
export async function exportRecordToWord(
  graph: GraphConnection,
  record: PeriodRecord,
  locale: Locale,
  timeZone: string,
): Promise<WordExport> {
  const bytes = await recordWordDocument(recordOutline(record, locale, timeZone), locale);
  const path = recordFilePath(record, locale, 'docx');
  const file = await uploadDriveFileBytes(graph, { appFolderPath: path }, bytes, WORD_MIME_TYPE);
  return { bytes, fileName: path.split('/').at(-1) ?? 'record.docx', file };
}

/**
 * The record as JSON for a records-management system: the period's facts as the domain builds them, in a
 * documented envelope (schema name and version), with no private notes (the record never has any).
 */
export function recordJson(record: PeriodRecord, exportedAt: Date): string {
  return `${JSON.stringify(
    { schema: 'one-on-one-period-record', version: 1, exportedAt: exportedAt.toISOString(), record },
    null,
    2,
  )}\n`;
}
