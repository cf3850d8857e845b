import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPeriodRecord } from '../../src/domain/record/buildPeriodRecord';
import { midYearPeriod } from '../../src/domain/record/recordPeriod';
import { summaryWriteFor } from '../../src/domain/record/summaryRevisions';
import { applySpaceEdit } from '../../src/domain/space/spaceEdits';
import { recordOutline } from '../../src/services/record/recordDocumentOutline';
import { recordWordDocument } from '../../src/services/record/recordWordDocument';
import { emptySpace } from '../support/spaceBuilders';

const HOSTILE = '<script>alert(1)</script> & <w:t>broken</w:t> "quotes" 🎉 مرحبا';

function recordWith(text: string) {
  const period = midYearPeriod(2026);
  const space = emptySpace();
  const document = applySpaceEdit(
    space,
    summaryWriteFor(
      space,
      period,
      { direction: text, capability: 'Line one\nLine two', accountability: '', relationship: 'ok' },
      { newId: 's1', editId: 'e1', at: '2026-06-20T10:00:00.000Z' },
    ),
  );
  return buildPeriodRecord(document, {
    period,
    occurrences: [],
    cancelledDates: [],
    now: new Date('2026-07-01T12:00:00Z'),
    timeZone: 'America/Toronto',
  });
}

describe('the Word document of a record', () => {
  it('keeps hostile text as text in well-formed XML, one section per page with the pair in every header', async () => {
    const bytes = await recordWordDocument(recordOutline(recordWith(HOSTILE), 'en', 'America/Toronto'), 'en');
    const files = unzipSync(bytes);
    const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    // Every text run opens and closes once: the person's text never adds elements.
    expect(body.match(/<w:t[ >]/g)?.length).toBe(body.match(/<\/w:t>/g)?.length);
    expect(body).not.toContain('<script>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;w:t&gt;broken&lt;/w:t&gt;');
    expect(body).toContain('🎉 مرحبا');
    // Six sections, each its own docx section (a new page), each with the header.
    expect(body.match(/<w:sectPr/g)?.length).toBe(6);
    const header = Object.entries(files).find(([name]) => name.startsWith('word/header'));
    expect(strFromU8(header?.[1] ?? new Uint8Array())).toContain('Sam Report with Dana Leader');
    expect(body).toContain('Line one</w:t>');
    expect(body).toMatch(/<w:br\/><w:t[^>]*>Line two/);
  });

  it('writes the headings and dates in French (Canada)', async () => {
    const outline = recordOutline(recordWith('Texte'), 'fr-CA', 'America/Toronto');
    const text = outline.sections
      .flat()
      .map((block) => block.text)
      .join('\n');
    for (const words of [
      'Orientation',
      'Capacités',
      'Engagements et suivi',
      'Relation',
      'Pas encore pris connaissance',
    ]) {
      expect(text).toContain(words);
    }
    expect(outline.header).toContain('1 janvier 2026 – 30 juin 2026');
  });
});
