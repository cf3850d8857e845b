import { describe, expect, inject, it } from 'vitest';
import { encodeSpaceReference } from '../../src/domain/space/spaceReference';
import { chromiumPerFile } from './support/chromiumPerFile';
import { openAgendaWith, openDemo, switchPerson, waitUntilSaved } from './support/demoApp';

const baseUrl = inject('demoBaseUrl');
const EMPLOYEE = 'Ethan Wong (Senior Software Developer)';
const chromium = chromiumPerFile();
/** A space the signed-in employee cannot open: no such item in the leader's drive (404, like a 403). */
const UNSHARED_REFERENCE = encodeSpaceReference({ driveId: 'b!unknown-drive', itemId: '01NOTSHAREDWITHYOU' });

describe("sharing the pair's space, and saying when it failed", () => {
  it('tells the leader the share failed, and shares it again on "Try again"', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await page.getByTestId('invite-status').first().waitFor({ timeout: 30_000 });
    // Forget that the invite sync shared the spaces, so opening the agenda shares again, and OneDrive refuses.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('oneOnOne.shared.')) localStorage.removeItem(key);
      }
      window.demoTenant?.faults.enqueue({ status: 503, times: 1000, match: '/invite' });
    });
    await openAgendaWith(page, 'Ethan Wong');
    const notice = page.getByTestId('share-error');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.innerText()).toContain('Ethan Wong cannot open this agenda yet');
    // The leader's own agenda still works.
    await waitUntilSaved(page);
    expect(
      await page.evaluate(
        () => window.demoTenant?.faults.served.filter((fault) => fault.path.endsWith('/invite')).length,
      ),
    ).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('oneOnOne.shared.'))),
    ).toBe(false);

    await page.evaluate(() => window.demoTenant?.faults.clear());
    await notice.getByRole('button', { name: 'Try again' }).click();
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    // Shared now: this device remembers it, so the next open does not invite again.
    expect(
      await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('oneOnOne.shared.'))),
    ).toBe(true);
  });

  it('tells the employee whose space is not shared with them who has to act, in the agenda and from a link', async () => {
    const { page } = await openDemo(chromium, baseUrl);
    await switchPerson(page, EMPLOYEE);

    // The agenda, opened with a reference to a space the leader has not shared.
    await page.goto(
      `${baseUrl}/?space=${UNSHARED_REFERENCE}#/agenda/${encodeURIComponent('claire.tremblay@contoso.ca')}`,
    );
    const inAgenda = page.getByTestId('space-not-shared');
    await inAgenda.waitFor({ timeout: 30_000 });
    expect(await inAgenda.innerText()).toContain('Ask Claire Tremblay to open your 1:1 agenda once');
    await inAgenda.getByRole('button', { name: 'Try again' }).waitFor();

    // The invite's link alone: My 1:1s, and why the link's agenda did not open.
    await page.goto(`${baseUrl}/?space=${UNSHARED_REFERENCE}`);
    await page.getByTestId('one-on-one-list').waitFor({ timeout: 30_000 });
    const fromLink = page.getByTestId('linked-space-problem');
    await fromLink.waitFor();
    expect(await fromLink.innerText()).toContain('This agenda is not shared with you');
    expect(await fromLink.innerText()).toContain('Ask the person who leads your 1:1');
  });
});
