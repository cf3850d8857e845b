/**
 * The hostile input corpus (tests/fixtures/hostileInput.ts) through the real app in Chromium: typed into the
 * agenda, stored in the shared document, written into the invite, and read back by the other person. Also a
 * damaged document in OneDrive, and events without the fields Graph may omit.
 *
 * Nothing crashes (no page error), no script runs (`window.__pwned`, dialogs), the screen never shows a raw
 * error, and refused input is refused with a clear message, the text left in the box.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { cleanInviteText } from '../../src/domain/invite/cleanInviteText';
import { htmlTextContent } from '../../src/domain/invite/htmlText';
import { findInviteBlock } from '../../src/domain/invite/inviteBlockInBody';
import { isTopicLive } from '../../src/domain/space/entityLiveness';
import { parseSpaceDocument } from '../../src/domain/space/parseSpaceDocument';
import { checkNoteText, checkTopicText } from '../../src/domain/space/textLimits';
import { textProblem } from '../../src/ui/agenda/textProblem';
import { en } from '../../src/ui/i18n/messages.en';
import {
  HOSTILE_NOTE,
  HOSTILE_TEXTS,
  LIMIT_TEXTS,
  malformedSpaceDocuments,
  OMISSIONS_BY_SUBJECT,
  REFUSED_TEXTS,
  validSpaceJson,
} from '../fixtures/hostileInput';
import { readDriveFileText } from '../support/readDriveFileText';
import { launchChromium } from './support/chromium';
import { launchChromiumForTeamsHost } from './support/teamsHost/browser';
import { meetingHostContext, openInTeamsHost } from './support/teamsHost/teamsHost';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

const baseUrl = inject('demoBaseUrl');
const LEADER = 'Claire Tremblay (Director, Digital Services)';
const EMPLOYEE = 'Ethan Wong (Senior Software Developer)';
const SPACE_PATH = '/me/drive/special/approot:/spaces/ethan.wong@contoso.ca.json:';
const SECTIONS = ['checkIn', 'direction', 'capability', 'accountability'] as const;

let browser: Browser;
let context: BrowserContext | null = null;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = null;
  dialogs.length = 0;
  pageErrors.length = 0;
});

/** A fresh profile that traps scripts: `__pwned`, dialogs and uncaught errors are recorded. */
async function trappedPage(viewport = { width: 1100, height: 900 }): Promise<Page> {
  context = await browser.newContext({ locale: 'en-CA', timezoneId: 'America/Toronto', viewport });
  await context.addInitScript(() => {
    window.__pwned = false;
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

async function expectNothingRan(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => window.__pwned), `a script ran ${where}`).toBe(false);
  expect(dialogs, `dialogs ${where}`).toEqual([]);
  expect(pageErrors, `page errors ${where}`).toEqual([]);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text.trim().length, `blank screen ${where}`).toBeGreaterThan(0);
  expect(text, `raw error ${where}`).not.toMatch(/\[object Object\]|\bError:|\bTypeError\b|\n\s+at \S+ \(/);
}

async function tokenFor(page: Page, displayName: string): Promise<string> {
  const user = await page.evaluate(
    (name) => window.demoTenant?.users.find((u) => u.displayName === name),
    displayName,
  );
  return encodeDemoToken({
    oid: user?.id ?? '',
    upn: user?.userPrincipalName ?? '',
    scp: 'Calendars.ReadWrite Files.ReadWrite.All',
  });
}

/** Graph from the page, as a person (the demo tenant answers in the page). */
async function graph(
  page: Page,
  bearer: string,
  path: string,
  init: { method?: string; body?: string } = {},
) {
  return page.evaluate(
    async ({ bearer, path, init }) => {
      const response = await fetch(`https://graph.microsoft.com/v1.0${path}`, {
        method: init.method ?? 'GET',
        body: init.body,
        headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
      });
      return { status: response.status, text: await response.text() };
    },
    { bearer, path, init },
  );
}

/** The shared space document's text, read in the page as a browser app must. */
function readSpace(page: Page, bearer: string) {
  return page.evaluate(readDriveFileText, { itemPath: SPACE_PATH, bearer });
}

async function switchPerson(page: Page, label: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByTestId('demo-person').selectOption({ label })]);
  try {
    await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
  } catch (error) {
    const shown = await page.evaluate(() => document.body.innerText.slice(0, 1_000));
    throw new Error(
      `My 1:1s did not show after switching to ${label} (${page.url()}):\n${shown}\n${String(error)}`,
    );
  }
}

async function openAgendaWith(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open agenda with ${name}` }).click();
  await page
    .getByTestId('section-checkIn')
    .or(page.getByText('The agenda document cannot be read'))
    .or(page.getByText('Made by a newer version of the app'))
    .first()
    .waitFor({ timeout: 30_000 });
}

async function waitUntilSaved(page: Page): Promise<void> {
  await page
    .locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]')
    .first()
    .waitFor({ timeout: 60_000 });
}

/** The text of each topic row's label in a section, as shown. */
async function shownTopics(page: Page): Promise<string[]> {
  return page
    .getByTestId('topic')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('label')?.textContent ?? ''));
}

describe('hostile texts through the UI, the shared document and the invite', () => {
  it('shows, stores and sends every accepted text as typed, refuses the rest with a message, and runs nothing', async () => {
    const page = await trappedPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    await openAgendaWith(page, 'Ethan Wong');

    const accepted: string[] = [];
    const refusedSeen: string[] = [];
    for (const [index, text] of HOSTILE_TEXTS.entries()) {
      const section = page.getByTestId(`section-${SECTIONS[index % SECTIONS.length]}`);
      const box = section.getByRole('textbox', { name: /Add a topic/ });
      await box.fill(text);
      // What the box holds: a single-line input drops line breaks, as any browser does.
      const typed = await box.inputValue();
      const check = checkTopicText(typed);
      const before = await section.getByTestId('topic').count();
      await section.getByRole('button', { name: /Add a topic/ }).click();
      if (!check.ok) {
        const message = textProblem(check, en) ?? '';
        await section.getByText(message, { exact: true }).waitFor();
        refusedSeen.push(message);
        // The text stays in the box, and nothing was added.
        expect(await box.inputValue()).toBe(typed);
        expect(await section.getByTestId('topic').count()).toBe(before);
        await box.fill('');
        continue;
      }
      await expect.poll(() => section.getByTestId('topic').count()).toBe(before + 1);
      accepted.push(check.value);
    }
    // Every refusal the corpus names was met, with its message.
    for (const refused of REFUSED_TEXTS) {
      expect(
        refusedSeen.some((message) => refused.message.test(message)),
        refused.name,
      ).toBe(true);
    }
    for (const limit of LIMIT_TEXTS) expect(accepted, limit.name).toContain(limit.text);

    // Shown exactly as stored (labels are plain text; React escapes).
    expect((await shownTopics(page)).sort()).toEqual([...accepted].sort());

    // A note with markup and the block's markers, saved when the field is left.
    const note = page.getByRole('textbox', { name: 'Your shared note' });
    await note.fill(HOSTILE_NOTE);
    await page.keyboard.press('Tab');
    await waitUntilSaved(page);
    await expectNothingRan(page, 'in the agenda');

    // Narrow (a 320 px pane): the long word and 2,000 emoji wrap, nothing in the app sticks out sideways.
    // (The demo bar above the app is not part of the product and is left out.)
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // The outermost elements that stick out, to say what overflows.
      const inApp = Array.from(document.querySelectorAll('main *'));
      const culprits = inApp
        .filter((element) => {
          const right = element.getBoundingClientRect().right;
          const parent = element.parentElement?.getBoundingClientRect().right ?? 0;
          return right > width + 1 && parent <= width + 1;
        })
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 40)} "${(e.textContent ?? '').slice(0, 30)}"`,
        );
      const right = Math.max(0, ...inApp.map((element) => element.getBoundingClientRect().right));
      return { by: right - width, culprits };
    });
    expect(overflow.by, overflow.culprits.join('; ')).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1100, height: 900 });

    // The shared document holds each text exactly as cleaned.
    const leaderToken = await tokenFor(page, 'Claire Tremblay');
    const stored = parseSpaceDocument((await readSpace(page, leaderToken)).text);
    if (!stored.ok) throw new Error(stored.problems.join('; '));
    expect(
      stored.document.topics
        .filter(isTopicLive)
        .map((t) => t.text)
        .sort(),
    ).toEqual([...accepted].sort());
    const noteCheck = checkNoteText(HOSTILE_NOTE);
    expect(stored.document.occurrenceNotes.map((n) => n.text)).toEqual([noteCheck.ok ? noteCheck.value : '']);

    // Into the invite ("a new day", so the once-a-day rule lets the update through).
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('oneOnOne.inviteUpdated.')) localStorage.removeItem(key);
    });
    await page.getByRole('button', { name: 'Update invite' }).click();
    await page.getByText('The invite now carries this agenda.').waitFor({ timeout: 30_000 });
    const occurrence = await page.getByTestId('occurrence-picker').inputValue();
    const ethanToken = await tokenFor(page, 'Ethan Wong');
    const span = `startDateTime=${new Date(Date.parse(occurrence) - 60_000).toISOString()}&endDateTime=${new Date(Date.parse(occurrence) + 60_000).toISOString()}`;
    const events = JSON.parse(
      (await graph(page, ethanToken, `/me/calendarView?${span}&$select=subject,body`)).text,
    ) as { value: { subject: string; body: { content: string } }[] };
    const body = events.value.find((e) => e.subject.includes('Ethan'))?.body.content ?? '';
    const range = findInviteBlock(body, 'html');
    if (!range) throw new Error('No block in the employee’s invite');
    // Exchange drops the block's data attributes (its stored hash), so the visible text is what is checked.
    expect(htmlTextContent(body.slice(range.start, range.end))).toContain('Add your topics');
    expect(body).toContain('meet_invite_block.action.join_link');

    // The invite as a mail client renders it, in a page of its own with the network cut: nothing runs.
    const mail = await context?.newPage();
    if (!mail) throw new Error('No page');
    await mail.route('**/*', (route) => route.abort());
    await mail.setContent(body, { waitUntil: 'load' });
    for (const item of (await mail.locator('#one-on-one-agenda li').all()).slice(0, 40)) {
      await item.hover({ force: true });
    }
    const rendered = await mail.evaluate(() => {
      const block = document.getElementById('one-on-one-agenda');
      const elements = block ? [block, ...Array.from(block.querySelectorAll('*'))] : [];
      return {
        pwned: window.__pwned === true,
        tags: [...new Set(elements.map((e) => e.tagName.toLowerCase()))].sort(),
        handlers: elements.flatMap((e) =>
          Array.from(e.attributes)
            .filter((a) => a.name.startsWith('on'))
            .map((a) => a.name),
        ),
        hrefs: Array.from(block?.querySelectorAll('[href]') ?? []).map((e) => e.getAttribute('href') ?? ''),
        items: Array.from(block?.querySelectorAll('li:not([style])') ?? []).map((li) =>
          Array.from(li.childNodes)
            .map((n) => (n.nodeName === 'BR' ? '\n' : n.nodeType === Node.TEXT_NODE ? n.textContent : ''))
            .join(''),
        ),
      };
    });
    await mail.close();
    expect(rendered.pwned).toBe(false);
    expect(rendered.handlers).toEqual([]);
    expect(
      rendered.tags.filter((t) => !['a', 'br', 'div', 'li', 'p', 'span', 'strong', 'ul'].includes(t)),
    ).toEqual([]);
    // Links lead only to Teams or to the app's own origin (https in production, the test server here).
    for (const href of rendered.hrefs)
      expect(href.startsWith(`${baseUrl}/`) || /^(https:\/\/|msteams:)/.test(href)).toBe(true);
    for (const text of accepted) expect(rendered.items).toContain(cleanInviteText(text));
    await expectNothingRan(page, 'after the invite update');

    // The employee reads the same texts, in their own session.
    await switchPerson(page, EMPLOYEE);
    await openAgendaWith(page, 'Claire Tremblay');
    await expect.poll(async () => (await shownTopics(page)).length).toBe(accepted.length);
    expect((await shownTopics(page)).sort()).toEqual([...accepted].sort());
    await page.getByText(/Claire Tremblay's note/).waitFor();
    await expectNothingRan(page, 'in the employee’s agenda');
  });
});

describe('a damaged agenda document in OneDrive, through the UI', () => {
  it('says the document cannot be read, offers no edit that would overwrite it, and leaves it as it was', async () => {
    const page = await trappedPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    const token = await tokenFor(page, 'Claire Tremblay');
    const variants = malformedSpaceDocuments();
    // The employee meets two of them; the leader all (reopening the agenda reads the file again).
    const forEmployee = new Set([1, 12]);
    for (const [index, { name, content }] of variants.entries()) {
      const put = await graph(page, token, `${SPACE_PATH}/content`, { method: 'PUT', body: content });
      expect(put.status, name).toBeLessThan(300);
      // As stored (a lone surrogate cannot travel in UTF-8: it arrives as U+FFFD).
      const stored = (await readSpace(page, token)).text;
      const asEmployee = forEmployee.has(index);
      if (asEmployee) await switchPerson(page, EMPLOYEE);
      await openAgendaWith(page, asEmployee ? 'Claire Tremblay' : 'Ethan Wong');
      // A file from a newer app is not damaged: the person is told to update, not that it cannot be read.
      const newer = name === 'a newer version';
      const alert = page.getByRole('alert').filter({
        hasText: newer ? 'Made by a newer version of the app' : 'The agenda document cannot be read',
      });
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.innerText(), name).toContain(
        newer ? 'Update the app to edit it.' : 'It has not been changed.',
      );
      expect(await page.getByTestId('section-checkIn').count(), name).toBe(0);
      expect(await page.getByRole('button', { name: 'Update invite' }).count(), name).toBe(0);
      await expectNothingRan(page, `with ${name}`);
      // Nothing wrote over it, even after the agenda refreshed itself.
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await page.waitForTimeout(200);
      expect((await readSpace(page, token)).text, name).toBe(stored);
      if (asEmployee) await switchPerson(page, LEADER);
      else {
        await page.getByRole('button', { name: 'My 1:1s' }).click();
        await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
      }
    }
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  });
});

describe('the agenda document replaced by another one while the agenda is open', () => {
  it('keeps the edit on screen and either saves it or says plainly that it is not saved, with a retry', async () => {
    const page = await trappedPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    await openAgendaWith(page, 'Ethan Wong');
    const direction = page.getByTestId('section-direction');
    await direction.getByRole('textbox', { name: /Add a topic/ }).fill('Before the file was replaced');
    await direction.getByRole('button', { name: /Add a topic/ }).click();
    await waitUntilSaved(page);

    // Another program (or a restore from the recycle bin) puts a different, valid space in its place.
    const token = await tokenFor(page, 'Claire Tremblay');
    const replacement = validSpaceJson();
    expect(
      (await graph(page, token, `${SPACE_PATH}/content`, { method: 'PUT', body: replacement })).status,
    ).toBeLessThan(300);
    await direction.getByRole('textbox', { name: /Add a topic/ }).fill('Typed after the file was replaced');
    await direction.getByRole('button', { name: /Add a topic/ }).click();
    await direction.getByTestId('topic').filter({ hasText: 'Typed after the file was replaced' }).waitFor();

    const saved = page.locator('[data-testid="sync-status"][data-state="saved"][data-pending="0"]');
    const failed = page.getByTestId('save-error');
    await saved.or(failed).first().waitFor({ timeout: 30_000 });
    console.info('replaced-file outcome:', (await failed.isVisible()) ? 'save-error shown' : 'saved');
    if (await failed.isVisible()) {
      // Not saved: said so, the edit is still on screen, and there is a way to try again.
      expect(await failed.innerText()).toContain('Your changes are not saved');
      await failed.getByRole('button', { name: 'Try again' }).click();
      await saved.or(failed).first().waitFor({ timeout: 30_000 });
      expect(
        await direction.getByTestId('topic').filter({ hasText: 'Typed after the file was replaced' }).count(),
      ).toBe(1);
    } else {
      // Saved into the space now in the file.
      const stored = parseSpaceDocument((await readSpace(page, token)).text);
      expect(
        stored.ok && stored.document.topics.some((t) => t.text === 'Typed after the file was replaced'),
      ).toBe(true);
    }
    await expectNothingRan(page, 'after the file was replaced');
  });
});

describe('events without the fields Graph may omit, through the UI', () => {
  /**
   * Every Graph answer the app reads passes through a wrapper that drops fields from the chosen 1:1s (by
   * subject, then by id for body reads that select only id and body), as Graph may omit them.
   */
  async function omitFieldsInGraphAnswers(target: BrowserContext): Promise<void> {
    await target.addInitScript((rules: readonly { subject: string; omissions: readonly string[] }[]) => {
      const byId = new Map<string, readonly string[]>();
      const omit = (event: Record<string, unknown>, omissions: readonly string[]) => {
        const copy: Record<string, unknown> = { ...event };
        for (const omission of omissions) {
          if (omission === 'noAttendees') delete copy.attendees;
          if (omission === 'nullAttendees') copy.attendees = null;
          if (omission === 'noOrganizerEmail') {
            const name = (copy.organizer as { emailAddress?: { name?: string } } | undefined)?.emailAddress
              ?.name;
            copy.organizer = { emailAddress: { name: name ?? null } };
          }
          if (omission === 'nullBody') copy.body = null;
          if (omission === 'noOnlineMeeting') {
            copy.onlineMeeting = null;
            copy.isOnlineMeeting = false;
          }
          if (omission === 'noSubject') copy.subject = null;
        }
        return copy;
      };
      const rewrite = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(rewrite);
        if (!value || typeof value !== 'object') return value;
        const record = value as Record<string, unknown>;
        if (Array.isArray(record.value)) return { ...record, value: rewrite(record.value) };
        if (Array.isArray(record.responses)) {
          return {
            ...record,
            responses: (record.responses as { body?: unknown }[]).map((r) => ({
              ...r,
              body: rewrite(r.body),
            })),
          };
        }
        const id = typeof record.id === 'string' ? record.id : null;
        if ('subject' in record) {
          const omissions = rules.find((r) => r.subject === record.subject)?.omissions ?? [];
          if (id && omissions.length > 0) byId.set(id, omissions);
          return omissions.length > 0 ? omit(record, omissions) : record;
        }
        const known = id ? byId.get(id) : undefined;
        return known ? omit(record, known) : record;
      };
      const original = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        const response = await original(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (!url.startsWith('https://graph.microsoft.com/')) return response;
        if (!(response.headers.get('Content-Type') ?? '').includes('json')) return response;
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        if (method !== 'GET' && !url.includes('$batch')) return response;
        const json = (await response.json()) as unknown;
        return new Response(JSON.stringify(rewrite(json)), {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      };
    }, OMISSIONS_BY_SUBJECT);
  }

  it('lists, opens and attaches without a crash, and explains what it cannot do', async () => {
    const page = await trappedPage();
    if (!context) throw new Error('No context');
    await omitFieldsInGraphAnswers(context);
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    const list = await page.getByTestId('one-on-one-list').innerText();
    // No body or no Teams meeting: still a 1:1.
    expect(list).toContain('Daniel Okafor');
    expect(list).toContain('Sophie Lavoie');
    await expectNothingRan(page, 'in My 1:1s');

    for (const name of ['Sophie Lavoie', 'Daniel Okafor', 'Aisha Benali']) {
      const open = page.getByRole('button', { name: `Open agenda with ${name}` });
      if ((await open.count()) === 0) continue;
      await open.click();
      await page.getByTestId('section-checkIn').waitFor({ timeout: 30_000 });
      await waitUntilSaved(page);
      const update = page.getByRole('button', { name: 'Update invite' });
      if ((await update.count()) > 0) {
        await page.evaluate(() => {
          for (const key of Object.keys(localStorage))
            if (key.startsWith('oneOnOne.inviteUpdated.')) localStorage.removeItem(key);
        });
        await update.click();
        await page
          .getByText(
            /The invite now carries this agenda\.|The invite already carries this agenda\.|The invite could not be updated\./,
          )
          .first()
          .waitFor({ timeout: 30_000 });
      }
      await expectNothingRan(page, `in the agenda with ${name}`);
      await page.getByRole('button', { name: 'My 1:1s' }).click();
      await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    }
  });

  it('the side panel of a 1:1 whose event has no Teams meeting says it is not in the calendar', async () => {
    const teamsBrowser = await launchChromiumForTeamsHost();
    try {
      const teamsContext = await teamsBrowser.newContext();
      await omitFieldsInGraphAnswers(teamsContext);
      const chatId =
        createGraphEmulator({ seed: loadDefaultDemoSeed() }).chatIdForEvent('Sophie / Claire 1:1') ?? '';
      expect(chatId).not.toBe('');
      const session = await openInTeamsHost(teamsContext, {
        appUrl: `${baseUrl}/meeting.html?host=teams`,
        frameContext: 'sidePanel',
        // Signed in as the default host user, Claire (the leader).
        hostContext: meetingHostContext(chatId),
        nestedAppAuth: false,
      });
      const notice = session.appFrame().getByTestId('not-one-on-one');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.innerText()).toContain('This meeting is not in your calendar');
      expect(await session.successCount()).toBe(1);
    } finally {
      await teamsBrowser.close();
    }
  });
});
