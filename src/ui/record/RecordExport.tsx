import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Spinner,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { LOCALES, type Locale } from '../../domain/locale';
import type { PeriodRecord } from '../../domain/record/periodRecord';
import { recordJson, type WordExport } from '../../services/record/exportPeriodRecord';
import { WORD_MIME_TYPE } from '../../services/record/recordWordDocument';
import { LoadErrorMessage } from '../LoadErrorMessage';
import type { RecordApi } from './RecordApi';
import { RECORD_UI_STRINGS } from './recordUiStrings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'fr-CA': 'Français (Canada)' };

/** Saves a file the person asked for, in their browser's downloads. */
function offerDownload(bytes: Uint8Array | string, type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type WordState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; result: WordExport }
  | { status: 'failed'; error: unknown };

/** Word (to OneDrive, and offered as a download), JSON for a records system, and print. */
export function RecordExport({
  record,
  locale,
  timeZone,
  api,
}: {
  record: PeriodRecord;
  locale: Locale;
  timeZone: string;
  api: RecordApi;
}) {
  const styles = useStyles();
  const strings = RECORD_UI_STRINGS[locale];
  const [language, setLanguage] = useState<Locale>(locale);
  const [word, setWord] = useState<WordState>({ status: 'idle' });
  const saveWord = () => {
    setWord({ status: 'saving' });
    api.exportWord(record, language, timeZone).then(
      (result) => setWord({ status: 'saved', result }),
      (error: unknown) => setWord({ status: 'failed', error }),
    );
  };
  const baseName = `record_${record.period.start}_${record.period.end}`;
  return (
    <section className={`${styles.panel} record-screen-only`} aria-label={strings.exportHeading}>
      <Title3 as="h2">{strings.exportHeading}</Title3>
      <Field label={strings.exportLanguage}>
        <Select
          value={language}
          data-testid="record-export-language"
          onChange={(_, data) => {
            setLanguage(data.value === 'fr-CA' ? 'fr-CA' : 'en');
            setWord({ status: 'idle' });
          }}
        >
          {LOCALES.map((value) => (
            <option key={value} value={value} lang={value}>
              {LANGUAGE_NAMES[value]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={saveWord} disabled={word.status === 'saving'}>
          {strings.saveWord}
        </Button>
        <Button
          onClick={() =>
            offerDownload(recordJson(record, new Date()), 'application/json', `${baseName}.json`)
          }
        >
          {strings.downloadJson}
        </Button>
        <Button onClick={() => window.print()}>{strings.print}</Button>
      </div>
      {word.status === 'saving' ? <Spinner size="tiny" label={strings.savingWord} /> : null}
      {word.status === 'saved' ? (
        <MessageBar intent="success" role="status" data-testid="record-word-saved">
          <MessageBarBody>
            {strings.wordSaved(word.result.fileName)}{' '}
            {word.result.file.webUrl ? (
              <Link href={word.result.file.webUrl} target="_blank" rel="noopener noreferrer">
                {strings.openInOneDrive}
              </Link>
            ) : null}{' '}
            <Link
              as="button"
              onClick={() => offerDownload(word.result.bytes, WORD_MIME_TYPE, word.result.fileName)}
            >
              {strings.downloadWord}
            </Link>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {word.status === 'failed' ? (
        <LoadErrorMessage title={strings.wordFailed} error={word.error} onRetry={saveWord} />
      ) : null}
    </section>
  );
}
