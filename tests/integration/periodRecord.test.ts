import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPeriodRecord } from '../../src/domain/record/buildPeriodRecord';
import type { SummarySections } from '../../src/domain/record/periodSummary';
import { midYearPeriod } from '../../src/domain/record/recordPeriod';
import { summaryRevisions, summaryWriteFor } from '../../src/domain/record/summaryRevisions';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { openPairAgenda } from '../../src/services/agenda/openPairAgenda';
import { exportRecordToWord, recordJson } from '../../src/services/record/exportPeriodRecord';
import { loadRecordCalendar } from '../../src/services/record/loadRecordCalendar';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerTest, SEED_PEOPLE } from '../support/graphEmulatorServer';

const startTenant = graphEmulatorPerTest();
const ZONE = 'America/Toronto';
const PERIOD = midYearPeriod(2026);
const SECTIONS: SummarySections = {
  direction: 'Permit backlog <b>cleared</b> by May',
  capability: 'Facilitation: ran two retros',
  accountability: 'Kept 9 of 10 commitments',
  relationship: 'Check-ins every week, open conversations',
};

/** The text runs of a .docx (a zip whose word/document.xml holds the body). */
function wordText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const header = Object.entries(files)
    .filter(([name]) => name.startsWith('word/header'))
    .map(([, content]) => strFromU8(content))
    .join('');
  const text = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
  return `${text(header)}\n${text(xml)}`
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

describe('the conversation record on the demo tenant', () => {
  it('the leader writes the mid-year summary, the employee acknowledges it, and the Word file lands in OneDrive', async () => {
    const tenant = startTenant();
    const claire = connectAs(tenant, SEED_PEOPLE.claire);
    const daniel = connectAs(tenant, SEED_PEOPLE.daniel);
    const now = () => DEFAULT_TEST_NOW;

    const leader = await openPairAgenda({
      graph: claire,
      store: memoryKeyValueStore(),
      counterpartEmail: SEED_PEOPLE.daniel,
      now,
    });
    const leaderSpace = leader.session.space;
    if (!leaderSpace) throw new Error('no space');
    const before = leaderSpace.snapshot().document;
    if (!before) throw new Error('no document');
    leaderSpace.submit(
      summaryWriteFor(before, PERIOD, SECTIONS, {
        newId: 'summary-1',
        editId: 'w1',
        at: now().toISOString(),
      }),
    );
    await leaderSpace.flush();
    expect(leaderSpace.snapshot().pendingEdits).toBe(0);

    const employee = await openPairAgenda({
      graph: daniel,
      store: memoryKeyValueStore(),
      counterpartEmail: SEED_PEOPLE.claire,
      reference: leader.session.reference,
      now,
    });
    const employeeSpace = employee.session.space;
    const seen = employeeSpace?.snapshot().document;
    if (!employeeSpace || !seen) throw new Error('the employee cannot read the space');
    const [revision] = summaryRevisions(seen, PERIOD);
    expect(revision?.sections).toEqual(SECTIONS);
    employeeSpace.submit({
      id: 'a1',
      at: new Date(DEFAULT_TEST_NOW.getTime() + 60_000).toISOString(),
      by: 'employee',
      type: 'acknowledgePeriodSummary',
      summaryId: revision?.summaryId ?? '',
      comment: 'I read it; I see the backlog differently.',
      sections: revision?.sections ?? SECTIONS,
      sectionsWrittenAt: revision?.writtenAt ?? '',
    });
    await employeeSpace.flush();

    await leaderSpace.load();
    const document = leaderSpace.snapshot().document;
    if (!document) throw new Error('no document');
    const calendar = await loadRecordCalendar(claire, SEED_PEOPLE.daniel, PERIOD);
    const record = buildPeriodRecord(document, {
      period: PERIOD,
      ...calendar,
      now: DEFAULT_TEST_NOW,
      timeZone: ZONE,
    });
    expect(record.summary[0]?.acknowledgement?.comment).toBe('I read it; I see the backlog differently.');
    expect(record.meetings.held).toBeGreaterThan(0);

    for (const [locale, headings] of [
      ['en', ['Direction', 'Capability', 'Accountability', 'Relationship', 'Acknowledged by Daniel']],
      [
        'fr-CA',
        ['Orientation', 'Capacités', 'Engagements et suivi', 'Relation', 'Pris connaissance par Daniel'],
      ],
    ] as const) {
      const exported = await exportRecordToWord(claire, record, locale, ZONE);
      // Read back as a browser app would: the item's download link, without the token.
      const item = await fetch(
        `https://graph.microsoft.com/v1.0/me/drive/special/approot:/records/daniel.okafor_contoso.ca/${exported.fileName}:`,
        { headers: { Authorization: `Bearer ${await claireToken(tenant)}` } },
      );
      expect(item.status).toBe(200);
      const meta = (await item.json()) as Record<string, unknown>;
      const download = await fetch(String(meta['@microsoft.graph.downloadUrl']));
      const stored = new Uint8Array(await download.arrayBuffer());
      expect(stored).toEqual(exported.bytes);
      const text = wordText(stored);
      for (const heading of headings) expect(text).toContain(heading);
      for (const section of Object.values(SECTIONS)) expect(text).toContain(section);
      expect(text).toContain('I see the backlog differently');
    }
    const json = JSON.parse(recordJson(record, DEFAULT_TEST_NOW)) as {
      schema: string;
      record: { summary: unknown[] };
    };
    expect(json.schema).toBe('one-on-one-period-record');
    expect(json.record.summary).toHaveLength(1);
    leader.session.dispose();
    employee.session.dispose();
  });
});

async function claireToken(tenant: ReturnType<typeof startTenant>): Promise<string> {
  const { DemoTokenProvider } = await import('../../src/auth/DemoTokenProvider');
  const user = tenant.emulator.listUsers().find((u) => u.userPrincipalName === SEED_PEOPLE.claire);
  if (!user) throw new Error('no Claire');
  return new DemoTokenProvider(user).getAccessToken(['Files.ReadWrite.All']);
}
