import { Body1, makeStyles, Subtitle2, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { RecordOutline } from '../../services/record/recordDocumentOutline';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  paragraph: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * The record's sections as the Word document has them (the same outline), one `<section>` each, so print
 * starts each on a new page. Text is rendered as text: nothing a person wrote becomes markup.
 */
export function RecordOutlineView({ outline }: { outline: RecordOutline }) {
  const styles = useStyles();
  return (
    <>
      {outline.sections.map((blocks, sectionIndex) => {
        const heading = blocks.find((block) => block.kind === 'heading')?.text ?? '';
        const items: ReactElement[] = [];
        let bullets: string[] = [];
        const flush = (key: string) => {
          if (bullets.length === 0) return;
          items.push(
            <ul key={key} className={styles.list}>
              {bullets.map((text, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a static list, rebuilt whole.
                <li key={i} className={styles.paragraph}>
                  {text}
                </li>
              ))}
            </ul>,
          );
          bullets = [];
        };
        blocks.forEach((block, index) => {
          if (block.kind === 'bullet') {
            bullets.push(block.text);
            return;
          }
          flush(`list-${index}`);
          const key = `block-${index}`;
          if (block.kind === 'title')
            items.push(
              <Title2 key={key} as="h1">
                {block.text}
              </Title2>,
            );
          else if (block.kind === 'subtitle')
            items.push(
              <Subtitle2 key={key} as="p">
                {block.text}
              </Subtitle2>,
            );
          else if (block.kind === 'heading')
            items.push(
              <Title3 key={key} as="h2">
                {block.text}
              </Title3>,
            );
          else if (block.kind === 'subheading')
            items.push(
              <Text key={key} as="h3" weight="semibold" size={400}>
                {block.text}
              </Text>,
            );
          else
            items.push(
              <Body1 key={key} as="p" className={styles.paragraph}>
                {block.text}
              </Body1>,
            );
        });
        flush('list-end');
        return (
          <section
            // biome-ignore lint/suspicious/noArrayIndexKey: the sections are fixed and in a fixed order.
            key={sectionIndex}
            className={`record-section ${styles.section}`}
            aria-label={heading}
            data-testid="record-section"
          >
            {items}
          </section>
        );
      })}
    </>
  );
}
