import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './support/chromiumPerFile';
import { openAgendaWith, openDemo } from './support/demoApp';

const baseUrl = inject('demoBaseUrl');
const chromium = chromiumPerFile();

describe('the demo tenant’s history, as a newcomer first sees it', () => {
  it('Claire’s agenda with Marcus opens on months of priorities, a growth plan, feedback and a brief', async () => {
    const { context, page } = await openDemo(chromium, baseUrl);
    await openAgendaWith(page, 'Marcus Lee');
    const brief = page.getByTestId('preparation-brief');
    await brief.waitFor({ timeout: 30_000 });
    expect(await brief.getByTestId('brief-topics').innerText()).toContain(
      'Can I take the accessibility certification course in the new year?',
    );
    expect(await brief.getByTestId('brief-feedback').innerText()).toContain('resident workshop');
    const direction = page.getByTestId('section-direction');
    for (const priority of ['Online permit renewal live for residents', 'Accessible benefits portal pages']) {
      await direction.getByTestId('expectation').filter({ hasText: priority }).waitFor();
    }
    // The later change of its standard is stamped and shown (Claire's own: "by you").
    const permits = direction.getByTestId('expectation').filter({ hasText: 'Online permit renewal' });
    expect(await permits.getByTestId('expectation-changed').innerText()).toMatch(/^Changed on .+ by you$/);
    expect(await permits.innerText()).toContain('renewal calls to 311 down by a third');
    await page
      .getByTestId('section-capability')
      .getByTestId('growth-goal')
      .filter({ hasText: 'Facilitating workshops with residents' })
      .waitFor();
    // A reload keeps the same history (it is written once, on a fresh tenant).
    await page.reload();
    await page.getByTestId('one-on-one-list').or(page.getByTestId('preparation-brief')).first().waitFor();
    await context.close();
  });
});
