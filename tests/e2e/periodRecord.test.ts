import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { seriousAxeViolations } from './support/axeAudit';
import { chromiumPerFile } from './support/chromiumPerFile';
import { openAgendaWith, openDemo, switchPerson, waitUntilSaved } from './support/demoApp';

const baseUrl = inject('demoBaseUrl');
const chromium = chromiumPerFile();
const EMPLOYEE = 'Ethan Wong (Senior Software Developer)';
const LEADER = 'Claire Tremblay';
const YEAR = new Date().getFullYear();
const MID_YEAR = `Mid-year ${YEAR} (January to June)`;
const SECTIONS = {
  direction: 'Shipped the permit portal; backlog under 30 files',
  capability: 'Led two design reviews; next: facilitation course',
  accountability: 'Kept most commitments, two slipped in April',
  relationship: 'Weekly check-ins, candid about workload',
};
const COMMENT = 'I read it; April slipped because of the outage.';

async function openRecordWith(page: Page, name: string): Promise<void> {
  await openAgendaWith(page, name);
  await page.getByRole('button', { name: 'Conversation record' }).click();
  await page.getByTestId('record-period').selectOption({ label: MID_YEAR });
  await page.getByTestId('record-section').first().waitFor({ timeout: 30_000 });
}

async function tokenFor(page: Page, displayName: string): Promise<string> {
  const user = await page.evaluate(
    (name) => window.demoTenant?.users.find((u) => u.displayName === name),
    displayName,
  );
  return encodeDemoToken({
    oid: user?.id ?? '',
    upn: user?.userPrincipalName ?? '',
    scp: 'Files.ReadWrite.All',
  });
}

/** The file's bytes from the leader's OneDrive, read as the app reads files (item, then its download link). */
async function readDriveBytes(page: Page, bearer: string, path: string): Promise<Uint8Array> {
  const base64 = await page.evaluate(
    async ({ bearer, path }) => {
      const item = await fetch(`https://graph.microsoft.com/v1.0/me/drive/special/approot:/${path}:`, {
        headers: { Authorization: `Bearer ${bearer}` },
      });
      if (item.status !== 200) throw new Error(`item ${item.status}`);
      const link = ((await item.json()) as Record<string, string>)['@microsoft.graph.downloadUrl'] ?? '';
      const bytes = new Uint8Array(await (await fetch(link)).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    { bearer, path },
  );
  return Uint8Array.from(Buffer.from(base64, 'base64'));
}

function wordText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const parts = Object.entries(files)
    .filter(([name]) => name === 'word/document.xml' || name.startsWith('word/header'))
    .map(([, content]) => strFromU8(content));
  return parts
    .flatMap((xml) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]))
    .join('\n')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

describe('the conversation record', () => {
  it('the leader writes the mid-year summary, the employee acknowledges it with a comment, and the Word file is in OneDrive in English and French', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await openRecordWith(page, 'Ethan Wong');
    for (const [id, text] of Object.entries(SECTIONS)) await page.getByTestId(`summary-${id}`).fill(text);
    await page.getByRole('button', { name: 'Save summary' }).click();
    await waitUntilSaved(page);
    expect(await page.getByTestId('record-section').first().innerText()).toContain('Not acknowledged yet');

    await switchPerson(page, EMPLOYEE);
    await openRecordWith(page, LEADER);
    const form = page.getByRole('form', { name: 'Acknowledge the summary' });
    expect(await form.innerText()).toContain('It does not mean you agree with it');
    await page.getByTestId('acknowledge-comment').fill(COMMENT);
    await form.getByRole('button', { name: 'I have read this summary' }).click();
    await waitUntilSaved(page);
    const summary = page.getByTestId('record-section').first();
    await summary.getByText('Acknowledged by Ethan Wong', { exact: false }).waitFor();
    expect(await summary.innerText()).toContain(COMMENT);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await switchPerson(page, 'Claire Tremblay (Director, Digital Services)');
    await openRecordWith(page, 'Ethan Wong');
    const bearer = await tokenFor(page, LEADER);
    for (const [language, headings] of [
      ['en', ['Direction', 'Capability', 'Accountability', 'Relationship', 'Acknowledged by Ethan Wong']],
      [
        'fr-CA',
        ['Orientation', 'Capacités', 'Engagements et suivi', 'Relation', 'Pris connaissance par Ethan Wong'],
      ],
    ] as const) {
      await page.getByTestId('record-export-language').selectOption(language);
      await page.getByRole('button', { name: 'Save as Word to OneDrive' }).click();
      await page.getByTestId('record-word-saved').waitFor({ timeout: 30_000 });
      const file = `records/ethan.wong_contoso.ca/${YEAR}-01-01_${YEAR}-06-30_${language === 'en' ? 'en' : 'fr'}.docx`;
      const text = wordText(await readDriveBytes(page, bearer, file));
      for (const heading of headings) expect(text).toContain(heading);
      for (const section of Object.values(SECTIONS)) expect(text).toContain(section);
      expect(text).toContain(COMMENT);
    }

    expect(await seriousAxeViolations(page)).toEqual([]);
    // Printing: the print stylesheet hides the controls, repeats the header, starts each section on a page.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const sections = [...document.querySelectorAll('[data-testid="record-section"]')];
      const header = document.querySelector('.record-print-header');
      return {
        breaks: sections.map((section) => getComputedStyle(section).breakBefore),
        header: header ? getComputedStyle(header).position : null,
        headerText: header?.textContent ?? '',
        controlsShown: [...document.querySelectorAll('.record-screen-only')].some(
          (el) => getComputedStyle(el).display !== 'none',
        ),
      };
    });
    expect(printed.breaks.slice(1).every((value) => value === 'page')).toBe(true);
    expect(printed.breaks.length).toBe(6);
    expect(printed.header).toBe('fixed');
    expect(printed.headerText).toContain('Ethan Wong with Claire Tremblay');
    expect(printed.controlsShown).toBe(false);
    for (const width of [794, 816]) {
      // A4 and Letter at 96 dpi.
      await page.setViewportSize({ width, height: 1056 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format })).toString('latin1');
      expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(6);
    }

    // The leader leaves: her OneDrive (and the shared space in it) goes. The employee still has their copy.
    await page.emulateMedia({ media: 'screen' });
    await switchPerson(page, EMPLOYEE);
    await openRecordWith(page, LEADER);
    const employeeBearer = await tokenFor(page, 'Ethan Wong');
    const mirrorPath = 'space-mirrors/claire.tremblay@contoso.ca.json';
    await expect
      .poll(
        async () =>
          new TextDecoder().decode(
            await readDriveBytes(page, employeeBearer, mirrorPath).catch(() => new Uint8Array()),
          ),
        {
          timeout: 30_000,
        },
      )
      .toContain(COMMENT);
    const removed = await page.evaluate(
      async ({ bearer }) =>
        (
          await fetch(
            'https://graph.microsoft.com/v1.0/me/drive/special/approot:/spaces/ethan.wong@contoso.ca.json:',
            {
              method: 'DELETE',
              headers: { Authorization: `Bearer ${bearer}` },
            },
          )
        ).status,
      { bearer },
    );
    expect(removed).toBe(204);
    // Reopened in the app (a reload could restore the demo state from before the delete).
    await page.getByRole('button', { name: 'Back to the agenda' }).click();
    await page.getByRole('button', { name: 'Conversation record' }).click();
    await page.getByTestId('record-own-copy').waitFor({ timeout: 30_000 });
    await page.getByTestId('record-period').selectOption({ label: MID_YEAR });
    const ownCopy = page.getByTestId('record-section').first();
    await ownCopy.getByText('Acknowledged by Ethan Wong', { exact: false }).waitFor();
    expect(await ownCopy.innerText()).toContain(SECTIONS.direction);
    expect(await page.getByRole('form', { name: 'Acknowledge the summary' }).count()).toBe(0);
  });

  it('speaks French (Canada) to a French-speaking reader', async () => {
    const { page } = await openDemo(chromium, baseUrl, 'fr-CA');
    await page.getByRole('button', { name: 'Ouvrir l’ordre du jour avec Ethan Wong' }).click();
    await page.getByRole('button', { name: 'Dossier des conversations' }).click();
    await page.getByTestId('record-section').first().waitFor({ timeout: 30_000 });
    const text = await page.locator('main').innerText();
    for (const words of [
      'Dossier des conversations',
      'Rédiger le sommaire',
      'Orientation',
      'Relation',
      'Engagements',
    ]) {
      expect(text).toContain(words);
    }
    expect(await page.getByTestId('record-period').inputValue()).toBe('last12Months');
  });
});
