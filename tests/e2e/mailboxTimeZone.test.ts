import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './support/chromiumPerFile';
import { openDemo, switchPerson } from './support/demoApp';

const baseUrl = inject('demoBaseUrl');
const chromium = chromiumPerFile();
const ETHAN = 'Ethan Wong (Senior Software Developer)';
const SERIES = '1:1 Ethan / Claire';

/** The "Next: …" line of the series on My 1:1s, once the mailbox zone has been read. */
async function nextTimeShown(page: Page): Promise<string> {
  const line = page.getByTestId('one-on-one-series').filter({ hasText: SERIES }).first();
  await line.waitFor();
  // The mailbox zone arrives after the list: wait for its request to be answered before reading the line.
  await page.waitForLoadState('networkidle');
  return (await line.getByText(/^Next: /).textContent()) ?? '';
}

async function timeShownTo(person: string | null, deviceTimeZone: string): Promise<string> {
  const { context, page } = await openDemo(chromium, baseUrl, 'en-CA', deviceTimeZone);
  try {
    if (person) await switchPerson(page, person);
    return await nextTimeShown(page);
  } finally {
    await context.close();
  }
}

describe("times in the person's mailbox time zone, not the device's", () => {
  it('shows Ethan (mailbox in Vancouver) the same time on a Toronto device as on a Vancouver one', async () => {
    const onVancouverDevice = await timeShownTo(ETHAN, 'America/Vancouver');
    const onTorontoDevice = await timeShownTo(ETHAN, 'America/Toronto');
    expect(onVancouverDevice).toMatch(/^Next: /);
    expect(onTorontoDevice).toBe(onVancouverDevice);
  });

  it('shows Claire (mailbox in Eastern time) the same time on a Vancouver device as on a Toronto one, 3 hours after Ethan sees it', async () => {
    const onTorontoDevice = await timeShownTo(null, 'America/Toronto');
    const onVancouverDevice = await timeShownTo(null, 'America/Vancouver');
    expect(onVancouverDevice).toBe(onTorontoDevice);
    const ethan = await timeShownTo(ETHAN, 'America/Toronto');
    expect(ethan).not.toBe(onTorontoDevice);
  });
});
