import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { readDriveFileText } from '../support/readDriveFileText';
import { chromiumPerFile } from './support/chromiumPerFile';
import { openAgendaWith, openDemo, switchPerson, waitUntilSaved } from './support/demoApp';

/**
 * A space that a newer version of the app wrote, met by this version: shown read-only with the update message,
 * with nothing to edit it, and the file in OneDrive left byte for byte as it was.
 */

const baseUrl = inject('demoBaseUrl');
const chromium = chromiumPerFile();
const EMPLOYEE = 'Ethan Wong (Senior Software Developer)';
const SPACE_PATH = '/me/drive/special/approot:/spaces/ethan.wong@contoso.ca.json:';
const TOPIC = 'Handover plan before the holidays';

async function leaderToken(page: Page): Promise<string> {
  const user = await page.evaluate(() =>
    window.demoTenant?.users.find((u) => u.displayName === 'Claire Tremblay'),
  );
  return encodeDemoToken({
    oid: user?.id ?? '',
    upn: user?.userPrincipalName ?? '',
    scp: 'Files.ReadWrite.All',
  });
}

async function spaceText(page: Page, bearer: string): Promise<string> {
  const file = await page.evaluate(readDriveFileText, { itemPath: SPACE_PATH, bearer });
  expect(file.status).toBe(200);
  return file.text;
}

/** What a person sees of the newer space: the update message and the read-only agenda, and no way to edit. */
async function expectReadOnly(page: Page): Promise<void> {
  const alert = page.getByRole('alert').filter({ hasText: 'Made by a newer version of the app' });
  await alert.waitFor({ timeout: 30_000 });
  expect(await alert.innerText()).toContain('Update the app to edit it.');
  const view = page.getByTestId('read-only-space');
  await view.getByTestId('read-only-topic').filter({ hasText: TOPIC }).waitFor();
  expect(await view.innerText()).toContain('Read-only');
  expect(await view.getByTestId('read-only-priority').allInnerTexts()).toEqual([
    expect.stringContaining('Answer permit questions within two days'),
  ]);
  // Nothing in it is a control, and none of the agenda's editors is anywhere on the page.
  expect(await view.locator('button, input, textarea, select, [contenteditable="true"]').count()).toBe(0);
  expect(await page.getByTestId('section-checkIn').count()).toBe(0);
  for (const name of [
    /Add a topic/,
    /Propose a priority/,
    /Propose a growth goal/,
    /Record feedback/,
    /Update invite/,
  ]) {
    expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);
  }
  // The one text box left is the person's private note, which lives in their own drive, not in this file.
  expect(await page.getByRole('textbox').count()).toBe(
    await page.getByRole('textbox', { name: /^Private note/ }).count(),
  );
}

describe('a space written by a newer version of the app', () => {
  it('is shown read-only to both people, with the update message and no edit controls, and is never written', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    await openAgendaWith(page, 'Ethan Wong');
    const direction = page.getByTestId('section-direction');
    await direction.getByRole('textbox', { name: /Add a topic/ }).fill(TOPIC);
    await direction.getByRole('button', { name: /Add a topic/ }).click();
    await direction.getByRole('button', { name: 'Propose a priority' }).click();
    const form = direction.getByTestId('expectation-form');
    await form.getByRole('textbox', { name: /^Priority/ }).fill('Answer permit questions within two days');
    await form.getByRole('textbox', { name: 'What good looks like' }).fill('No question waits past Friday');
    await form.getByRole('button', { name: 'Add' }).click();
    await waitUntilSaved(page);

    // A version 3 app rewrites the file, with fields and a list this version has never heard of.
    const token = await leaderToken(page);
    const json = JSON.parse(await spaceText(page, token));
    json.version = 3;
    json.reactions = [{ id: 'r1', on: json.topics[0].id, emoji: '👍' }];
    for (const topic of json.topics) topic.reactions = [];
    for (const expectation of json.expectations) expectation.weight = 2;
    const newer = JSON.stringify(json);
    const put = await page.evaluate(
      async ({ bearer, path, body }) =>
        (
          await fetch(`https://graph.microsoft.com/v1.0${path}/content`, {
            method: 'PUT',
            body,
            headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
          })
        ).status,
      { bearer: token, path: SPACE_PATH, body: newer },
    );
    expect(put).toBeLessThan(300);

    // The leader reopens the agenda.
    await page.getByRole('button', { name: 'My 1:1s' }).click();
    await page.getByTestId('one-on-one-list').waitFor();
    await page.getByRole('button', { name: 'Open agenda with Ethan Wong' }).click();
    await expectReadOnly(page);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    expect(await spaceText(page, token)).toBe(newer);

    // The employee meets it too.
    await switchPerson(page, EMPLOYEE);
    await page.getByRole('button', { name: 'Open agenda with Claire Tremblay' }).click();
    await expectReadOnly(page);
    expect(await page.getByTestId('read-only-topic').filter({ hasText: TOPIC }).innerText()).toContain(
      'From Claire Tremblay',
    );
    expect(await spaceText(page, token)).toBe(newer);
  });
});
