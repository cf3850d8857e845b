import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { readDriveFileText } from '../support/readDriveFileText';
import { chromiumPerFile } from './support/chromiumPerFile';
import { openAgendaWith, openDemo, switchPerson, waitUntilSaved } from './support/demoApp';

/** Feedback is its author's own words: the author edits and deletes it, from the keyboard; the other person cannot. */

const baseUrl = inject('demoBaseUrl');
const chromium = chromiumPerFile();
const LEADER = 'Claire Tremblay (Director, Digital Services)';
const EMPLOYEE = 'Ethan Wong (Senior Software Developer)';
const SPACE_PATH = '/me/drive/special/approot:/spaces/ethan.wong@contoso.ca.json:';
const FIRST = 'The release notes were clear';
const EDITED = 'The release notes were clear and went out a day early';

async function storedFeedback(page: Page): Promise<{ text: string; kind: string; deleted: boolean }[]> {
  const user = await page.evaluate(() =>
    window.demoTenant?.users.find((u) => u.displayName === 'Claire Tremblay'),
  );
  const bearer = encodeDemoToken({
    oid: user?.id ?? '',
    upn: user?.userPrincipalName ?? '',
    scp: 'Files.ReadWrite.All',
  });
  const file = await page.evaluate(readDriveFileText, { itemPath: SPACE_PATH, bearer });
  return JSON.parse(file.text).feedback;
}

describe('editing and deleting feedback', () => {
  it('lets the author edit and delete their feedback with the keyboard, and the other person neither', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    await openAgendaWith(page, 'Ethan Wong');
    const checkIn = page.getByTestId('section-checkIn');
    await checkIn.getByRole('button', { name: 'Record feedback' }).click();
    const form = checkIn.getByTestId('feedback-form');
    await form.getByRole('textbox', { name: /^What happened/ }).fill(FIRST);
    await form.getByRole('button', { name: 'Add' }).click();
    await form.waitFor({ state: 'detached' });

    // Edit: kind and text, from the keyboard.
    await checkIn.getByRole('button', { name: `Edit feedback: ${FIRST}` }).focus();
    await page.keyboard.press('Enter');
    const editForm = checkIn.getByRole('form', { name: 'Edit feedback' });
    await editForm.getByRole('combobox', { name: 'Kind' }).selectOption('constructive');
    const text = editForm.getByRole('textbox', { name: /^What happened/ });
    expect(await text.inputValue()).toBe(FIRST);
    await text.fill(EDITED);
    await editForm.getByRole('button', { name: 'Save' }).press('Enter');
    const entry = checkIn.getByTestId('feedback-entry').filter({ hasText: EDITED });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('Constructive');
    await waitUntilSaved(page);
    expect(await storedFeedback(page)).toMatchObject([
      { text: EDITED, kind: 'constructive', deleted: false },
    ]);

    // The employee reads it, and is offered no way to change or delete the leader's words.
    await switchPerson(page, EMPLOYEE);
    await openAgendaWith(page, 'Claire Tremblay');
    const theirs = page
      .getByTestId('section-checkIn')
      .getByTestId('feedback-entry')
      .filter({ hasText: EDITED });
    await theirs.waitFor({ timeout: 30_000 });
    expect(await theirs.getByRole('button').count()).toBe(0);

    // The leader deletes it: asked first, in place; Cancel keeps it, Delete removes it for both.
    await switchPerson(page, LEADER);
    await openAgendaWith(page, 'Ethan Wong');
    const mine = page
      .getByTestId('section-checkIn')
      .getByTestId('feedback-entry')
      .filter({ hasText: EDITED });
    await mine.getByRole('button', { name: `Delete feedback: ${EDITED}` }).press('Enter');
    await mine.getByText('Delete this feedback for both of you?').waitFor();
    // Focus is on Cancel, so a second Enter keeps it.
    await page.keyboard.press('Enter');
    await mine.getByRole('button', { name: `Delete feedback: ${EDITED}` }).click();
    await mine.getByRole('button', { name: 'Delete', exact: true }).click();
    await mine.waitFor({ state: 'detached' });
    await waitUntilSaved(page);
    expect(await storedFeedback(page)).toMatchObject([{ text: EDITED, deleted: true }]);

    await switchPerson(page, EMPLOYEE);
    await openAgendaWith(page, 'Claire Tremblay');
    await page.getByTestId('feedback').waitFor();
    expect(await page.getByTestId('feedback-entry').filter({ hasText: EDITED }).count()).toBe(0);
  });
});
