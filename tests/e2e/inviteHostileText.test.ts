import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanInviteText } from '../../src/domain/invite/cleanInviteText';
import type { InviteAgenda } from '../../src/domain/invite/inviteAgenda';
import {
  findInviteBlock,
  isInviteBlockUntouched,
  upsertInviteBlock,
} from '../../src/domain/invite/inviteBlockInBody';
import { renderInviteBlockHtml } from '../../src/domain/invite/renderInviteBlock';
import { HOSTILE_TOPICS } from '../fixtures/hostileTopics';
import { sampleAgenda } from '../fixtures/outlookBodies/inviteAgendas';
import { outlookInviteDocument } from '../fixtures/outlookBodies/teamsInviteBodies';
import { launchChromium } from './support/chromium';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Every hostile text as a topic (and as some authors' and owners' names), plus hostile links. */
function hostileAgenda(): InviteAgenda {
  const agenda = sampleAgenda({ topicsPerSection: 0, actionItems: 0 });
  HOSTILE_TOPICS.forEach((text, index) => {
    agenda.sections[index % 4]?.topics.push({
      text,
      author: index % 2 === 0 ? 'employee' : 'leader',
      authorName: index % 3 === 0 ? text : 'Sam Report',
    });
  });
  agenda.actionItems = HOSTILE_TOPICS.slice(0, 12).map((text, index) => ({
    text,
    ownerName: index % 2 === 0 ? text : 'Dana Leader',
    dueDate: index % 3 === 0 ? '2026-12-01' : null,
  }));
  agenda.links = {
    teamsDeepLink: 'javascript:window.__pwned=true',
    webUrl: 'https://agenda.contoso.example/?space="><script>window.__pwned=true</script>',
  };
  return agenda;
}

function oneLine(text: string): string {
  return cleanInviteText(text).replace(/\s*\n\s*/g, ' ');
}

/** The same agenda with harmless texts of the same shape: as many lines per item, names present or not. */
function cleanTwin(agenda: InviteAgenda): InviteAgenda {
  const sameLines = (text: string) =>
    cleanInviteText(text)
      .split('\n')
      .map(() => 'clean')
      .join('\n');
  const sameName = (name: string) => (oneLine(name) === '' ? '' : 'Name');
  return {
    ...agenda,
    sections: agenda.sections.map((section) => ({
      ...section,
      topics: section.topics.map((topic) => ({
        ...topic,
        text: sameLines(topic.text),
        authorName: sameName(topic.authorName),
      })),
    })),
    actionItems: agenda.actionItems.map((item) => ({
      ...item,
      text: sameLines(item.text),
      ownerName: sameName(item.ownerName),
    })),
    links: { teamsDeepLink: 'javascript:void 0', webUrl: 'https://agenda.contoso.example/' },
  };
}

interface PageReport {
  pwned: boolean;
  dialogs: string[];
  consoleMessages: string[];
  pageErrors: string[];
  /** Tag and attributes of every element of the block, in document order. */
  blockShape: string[];
  elementCount: number;
  scripts: number;
  eventHandlerAttributes: string[];
  hrefs: string[];
  /** Per topic or action item: its own text (br as LF) and the text of its details. */
  items: { text: string; details: string }[];
  serialized: string;
}

async function load(html: string): Promise<PageReport> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  const dialogs: string[] = [];
  const consoleMessages: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => consoleMessages.push(message.text()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('**/*', (route) => route.abort());
  await page.addInitScript(() => {
    window.__pwned = false;
  });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    // Give hover and focus handlers their chance, had any been created.
    for (const item of await page.locator('#one-on-one-agenda li').all()) await item.hover({ force: true });
    await page.keyboard.press('Tab');

    const report = await page.evaluate(() => {
      const block = document.getElementById('one-on-one-agenda');
      const elements = block === null ? [] : [block, ...Array.from(block.querySelectorAll('*'))];
      const shapeOf = (element: Element) => {
        const attributes = Array.from(element.attributes)
          .map((attribute) =>
            attribute.name === 'href' || attribute.name === 'data-1on1-hash'
              ? attribute.name
              : `${attribute.name}=${attribute.value}`,
          )
          .sort();
        return `${element.tagName.toLowerCase()}[${attributes.join(' ')}]`;
      };
      const ownText = (element: Element) =>
        Array.from(element.childNodes)
          .map((node) =>
            node.nodeName === 'BR' ? '\n' : node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '',
          )
          .join('');
      // Topics and action items are the list items without a style (prompts and "…and N more" have one).
      const items = Array.from(block?.querySelectorAll('li:not([style])') ?? []).map((item) => ({
        text: ownText(item),
        details: item.querySelector('span')?.textContent ?? '',
      }));
      const all = Array.from(document.querySelectorAll('*'));
      return {
        pwned: window.__pwned === true,
        blockShape: elements.map(shapeOf),
        elementCount: all.length,
        scripts: document.scripts.length,
        eventHandlerAttributes: all.flatMap((element) =>
          Array.from(element.attributes)
            .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
            .map((attribute) => `${element.tagName}.${attribute.name}`),
        ),
        hrefs: Array.from(document.querySelectorAll('[href]')).map(
          (element) => element.getAttribute('href') ?? '',
        ),
        items,
        serialized: document.documentElement.outerHTML,
      };
    });
    return { ...report, dialogs, consoleMessages, pageErrors };
  } finally {
    await context.close();
  }
}

describe('hostile topic texts in the invite block, loaded in Chromium', () => {
  const agenda = hostileAgenda();
  const body = outlookInviteDocument('<div>Our weekly 1:1.</div>');
  const hostileHtml = upsertInviteBlock(body, renderInviteBlockHtml(agenda), 'html');
  const cleanHtml = upsertInviteBlock(body, renderInviteBlockHtml(cleanTwin(agenda)), 'html');

  it('runs no script and opens no dialog', async () => {
    const report = await load(hostileHtml);
    expect(report.pwned).toBe(false);
    expect(report.dialogs).toEqual([]);
    expect(report.pageErrors).toEqual([]);
    expect(report.consoleMessages).toEqual([]);
    expect(report.scripts).toBe(0);
    expect(report.eventHandlerAttributes).toEqual([]);
    for (const href of report.hrefs) expect(href).toMatch(/^(https:\/\/|msteams:)/);
  });

  it('adds no element or attribute beyond those of a clean agenda of the same shape', async () => {
    const [hostile, clean] = await Promise.all([load(hostileHtml), load(cleanHtml)]);
    expect(hostile.blockShape.length).toBeGreaterThan(HOSTILE_TOPICS.length);
    expect(hostile.blockShape).toEqual(clean.blockShape);
    expect(hostile.elementCount).toBe(clean.elementCount);
  });

  it('shows every text exactly as typed, minus control characters', async () => {
    const report = await load(hostileHtml);
    const expected = [
      ...agenda.sections.flatMap((section) =>
        section.topics.map((topic) => ({
          text: cleanInviteText(topic.text),
          details: oneLine(topic.authorName) === '' ? '' : ` — ${oneLine(topic.authorName)}`,
        })),
      ),
      ...agenda.actionItems.map((item) => {
        const details = [oneLine(item.ownerName), item.dueDate === null ? '' : `Due ${item.dueDate}`]
          .filter((part) => part !== '')
          .join(' · ');
        return { text: cleanInviteText(item.text), details: details === '' ? '' : ` — ${details}` };
      }),
    ];
    expect(report.items).toEqual(expected);
  });

  it('is still found, whole and untouched, after Chromium re-serializes the page', async () => {
    const report = await load(hostileHtml);
    expect(findInviteBlock(report.serialized, 'html')).not.toBeNull();
    expect(isInviteBlockUntouched(report.serialized, 'html')).toBe(true);
  });
});
