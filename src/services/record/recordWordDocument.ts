import type { RecordOutline } from './recordDocumentOutline';

export const WORD_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The record as a Word document, made with the `docx` library (loaded here, on first export, so no entry
 * carries it). Each section starts on a new page; every page's header names the pair and the period.
 * Text goes in as text runs, so nothing a person wrote can become markup.
 */
export async function recordWordDocument(
  outline: RecordOutline,
  language: string,
  /** How the library is loaded: on first use (a script outside the bundler passes its own import). */
  loadDocx: () => Promise<typeof import('docx')> = () => import('docx'),
): Promise<Uint8Array> {
  const docx = await loadDocx();
  const { Document, Header, HeadingLevel, Packer, Paragraph, TextRun } = docx;
  const paragraphOf = (block: RecordOutline['sections'][number][number]) => {
    const lines = block.text.split('\n');
    const children = lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 }));
    switch (block.kind) {
      case 'title':
        return new Paragraph({ heading: HeadingLevel.TITLE, children });
      case 'subtitle':
        return new Paragraph({ heading: HeadingLevel.HEADING_3, children });
      case 'heading':
        return new Paragraph({ heading: HeadingLevel.HEADING_1, children });
      case 'subheading':
        return new Paragraph({ heading: HeadingLevel.HEADING_2, children });
      case 'bullet':
        return new Paragraph({ bullet: { level: 0 }, children });
      default:
        return new Paragraph({ children });
    }
  };
  const header = new Header({ children: [new Paragraph({ children: [new TextRun(outline.header)] })] });
  const document = new Document({
    creator: 'My 1:1s',
    title: outline.header,
    styles: { default: { document: { run: { language: { value: language } } } } },
    sections: outline.sections.map((blocks) => ({
      headers: { default: header },
      children: blocks.map(paragraphOf),
    })),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
