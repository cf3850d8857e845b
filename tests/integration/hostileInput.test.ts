/**
 * The hostile input corpus (tests/fixtures/hostileInput.ts) through the graph layer and the Graph emulator:
 * texts into the shared document and the invite, malformed JSON in the stored document, and events with the
 * fields Graph may omit. Nothing throws where it should not, refused text is refused with a reason, a
 * document the app cannot read is never overwritten, and the invite block stays inert and whole.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { HttpResponse, http } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { inviteAgendaStatus } from '../../src/domain/invite/agendaOnInvite';
import { cleanInviteText } from '../../src/domain/invite/cleanInviteText';
import { htmlTextContent } from '../../src/domain/invite/htmlText';
import { pairInviteAgenda } from '../../src/domain/invite/inviteAgendaFromSpace';
import { findInviteBlock } from '../../src/domain/invite/inviteBlockInBody';
import { OUTLOOK_BODY_MAX_CHARS } from '../../src/domain/invite/outlookBodyLimit';
import { nextHeldOccurrence } from '../../src/domain/space/agendaForOccurrence';
import { isActionItemLive, isTopicLive } from '../../src/domain/space/entityLiveness';
import { nextEditTime } from '../../src/domain/space/nextEditTime';
import { parseSpaceDocument } from '../../src/domain/space/parseSpaceDocument';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import type { SpaceEdit } from '../../src/domain/space/spaceEdits';
import { encodeSpaceReference } from '../../src/domain/space/spaceReference';
import { checkActionItemText, checkNoteText, checkTopicText } from '../../src/domain/space/textLimits';
import { orderAtEnd } from '../../src/domain/space/topicOrder';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { getPeopleAroundMe } from '../../src/graph/people';
import { type KeyValueStore, memoryKeyValueStore } from '../../src/host/keyValueStore';
import { openPairAgenda } from '../../src/services/agenda/openPairAgenda';
import { attachAgendaToInvite } from '../../src/services/invites/attachAgendaToInvite';
import { syncInviteAgendas } from '../../src/services/invites/syncInviteAgendas';
import { loadUpcomingOneOnOnes } from '../../src/services/oneOnOnes/loadUpcomingOneOnOnes';
import {
  applyOmissions,
  type EventOmission,
  HOSTILE_NOTE,
  HOSTILE_TEXTS,
  malformedSpaceDocuments,
  OMISSIONS_BY_SUBJECT,
  omissionsFor,
  REFUSED_TEXTS,
} from '../fixtures/hostileInput';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';
import { readDriveFileText } from '../support/readDriveFileText';

const DEPLOYMENT = {
  appOrigin: 'https://agenda.contoso.ca',
  teamsAppId: '7e0c5b1a-2f4d-4c8e-9a1b-3d5f7e9c1a2b',
};
const SPACE_ITEM_PATH = '/me/drive/special/approot:/spaces/ethan.wong@contoso.ca.json:';
const SPACE_PATH = `${SPACE_ITEM_PATH}/content`;
const now = () => DEFAULT_TEST_NOW;

const tenant = graphEmulatorPerFile();
let leader: GraphConnection;
let employee: GraphConnection;

beforeAll(() => {
  leader = connectAs(tenant, SEED_PEOPLE.claire);
  employee = connectAs(tenant, SEED_PEOPLE.ethan);
});

function stamp(document: SpaceDocument, by: 'leader' | 'employee') {
  return { id: crypto.randomUUID(), at: nextEditTime(document, now()), by };
}

/** The leader's (or employee's) agenda with Ethan / Claire, opened as the app does. */
async function open(as: 'leader' | 'employee', store: KeyValueStore = memoryKeyValueStore()) {
  return openPairAgenda({
    graph: as === 'leader' ? leader : employee,
    store,
    counterpartEmail: as === 'leader' ? SEED_PEOPLE.ethan : SEED_PEOPLE.claire,
    now,
  });
}

async function rawSpace(): Promise<string> {
  const bearer = tenant.tokenFor(SEED_PEOPLE.claire);
  const { status, text } = await readDriveFileText({ itemPath: SPACE_ITEM_PATH, bearer });
  expect(status).toBe(200);
  return text;
}

describe('hostile texts through the shared document and the invite', () => {
  it('stores every accepted text exactly as cleaned, refuses the others with a reason, and keeps the invite inert', async () => {
    const store = memoryKeyValueStore();
    const { session, occurrences } = await open('leader', store);
    const space = session.space;
    if (!space) throw new Error('The leader has no space');
    expect(space.snapshot().status.state).toBe('saved');
    const next = nextHeldOccurrence(occurrences, now());
    if (!next) throw new Error('No next 1:1 with Ethan');

    const accepted: string[] = [];
    for (const [index, text] of HOSTILE_TEXTS.entries()) {
      const check = checkTopicText(text);
      if (!check.ok) {
        // Refused, with a reason the UI turns into a message: nothing is stored.
        expect(['empty', 'too-long']).toContain(check.reason);
        continue;
      }
      accepted.push(check.value);
      const document = space.snapshot().document as SpaceDocument;
      const section =
        (['checkIn', 'direction', 'capability', 'accountability'] as const)[index % 4] ?? 'checkIn';
      space.submit({
        ...stamp(document, 'leader'),
        type: 'addTopic',
        topicId: crypto.randomUUID(),
        section,
        text: check.value,
        order: orderAtEnd(document.topics.filter((t) => t.section === section)),
        createdForOccurrence: next.key,
      } satisfies SpaceEdit);
    }
    for (const refused of REFUSED_TEXTS) expect(checkTopicText(refused.text).ok, refused.name).toBe(false);
    // Action items and a note with the same payloads.
    const itemTexts = HOSTILE_TEXTS.slice(0, 20).flatMap((text) => {
      const check = checkActionItemText(text);
      return check.ok ? [check.value] : [];
    });
    for (const text of itemTexts) {
      const document = space.snapshot().document as SpaceDocument;
      space.submit({
        ...stamp(document, 'leader'),
        type: 'addActionItem',
        actionItemId: crypto.randomUUID(),
        text,
        owner: 'employee',
        dueDate: '2026-12-01',
        createdInOccurrence: next.key,
      } satisfies SpaceEdit);
    }
    const note = checkNoteText(HOSTILE_NOTE);
    if (!note.ok) throw new Error('The note was refused');
    space.submit({
      ...stamp(space.snapshot().document as SpaceDocument, 'leader'),
      type: 'setSharedNote',
      occurrence: next.key,
      text: note.value,
    });
    await space.flush();
    expect(space.snapshot()).toMatchObject({ status: { state: 'saved' }, pendingEdits: 0 });

    // The stored file, read back, holds every text exactly as cleaned; nothing refused got in.
    const stored = parseSpaceDocument(await rawSpace());
    if (!stored.ok) throw new Error(stored.problems.join('; '));
    const storedTexts = stored.document.topics.filter(isTopicLive).map((t) => t.text);
    expect(storedTexts.sort()).toEqual([...accepted].sort());
    expect(
      stored.document.actionItems
        .filter(isActionItemLive)
        .map((i) => i.text)
        .sort(),
    ).toEqual([...itemTexts].sort());
    expect(stored.document.occurrenceNotes.map((n) => n.text)).toEqual([note.value]);
    for (const refused of REFUSED_TEXTS.filter((r) => r.text.trim() !== '')) {
      expect(storedTexts.some((t) => t.includes(refused.text.slice(0, 50)) && t.length > 2_000)).toBe(false);
    }

    // Into the invite: inert, whole, the join link kept, every open topic's text shown as typed.
    const reference = session.reference;
    if (!reference) throw new Error('No space reference');
    const agenda = pairInviteAgenda({
      document: stored.document,
      occurrences,
      key: next.key,
      template: null,
      reference,
      deployment: DEPLOYMENT,
      locale: 'en',
    });
    if (!agenda) throw new Error('No invite agenda');
    const outcome = await attachAgendaToInvite({
      graph: leader,
      store,
      userId: session.participants.me.id,
      occurrence: next,
      agenda,
      now: now(),
      trigger: 'user',
    });
    expect(outcome).toBe('attached');

    const bodies = await tenant
      .fetchAs(
        SEED_PEOPLE.ethan,
        `/me/calendarView?startDateTime=${next.start}&endDateTime=${next.end}&$select=subject,body`,
      )
      .then((r) => r.json() as Promise<{ value: Event[] }>);
    const body = bodies.value.find((e) => e.subject?.includes('Ethan'))?.body?.content ?? '';
    expect(body.length).toBeLessThanOrEqual(OUTLOOK_BODY_MAX_CHARS);
    const range = findInviteBlock(body, 'html');
    if (!range) throw new Error('No block in the employee’s invite');
    // Exchange dropped the block's data attributes (its stored hash): compare what the attendee sees instead.
    expect(inviteAgendaStatus(body, 'html', agenda)).toBe('on-invite');
    expect(body).toContain('meet_invite_block.action.join_link');
    const block = body.slice(range.start, range.end);
    // Only the block's own markup: a few tags, a few attributes, safe links. Everything typed is text.
    const tags = [...block.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/g)];
    const tagNames = new Set(tags.map((t) => (t[1] as string).toLowerCase()));
    expect(
      [...tagNames].filter((t) => !['div', 'p', 'strong', 'ul', 'li', 'span', 'a', 'br'].includes(t)),
    ).toEqual([]);
    const attributes = new Set(
      tags.flatMap((t) => [...(t[2] as string).matchAll(/\s+([\w-]+)(?:="[^"]*")?/g)].map((a) => a[1])),
    );
    expect(
      [...attributes].filter(
        (a) => !['id', 'class', 'style', 'href', 'data-1on1-agenda', 'data-1on1-hash'].includes(a as string),
      ),
    ).toEqual([]);
    for (const [, href] of block.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https:\/\/|msteams:)/);
    // No "<" reaches the block unescaped other than its own tags and comments.
    expect(
      block
        .replace(/<!--one-on-one-agenda:(begin|end)-->/g, '')
        .replace(/<\/?(div|p|strong|ul|li|span|a|br)\b[^>]*>/g, ''),
    ).not.toContain('<');
    const shown = htmlTextContent(block);
    for (const text of accepted) {
      // As the invite shows it: control characters out, line breaks as spaces where the block joins lines.
      const expected = cleanInviteText(text).replace(/\s*\n\s*/g, ' ');
      if (!shown.replace(/\s*\n\s*/g, ' ').includes(expected)) {
        throw new Error(`Not shown in the invite: ${JSON.stringify(expected.slice(0, 80))}`);
      }
    }
    // The employee finds the space through that invite and reads the same texts.
    const theirs = await open('employee');
    expect(theirs.session.space?.snapshot().status.state).toBe('saved');
    expect(
      theirs.session.space
        ?.snapshot()
        .document?.topics.map((t) => t.text)
        .sort(),
    ).toEqual(storedTexts.sort());
    theirs.session.dispose();
    session.dispose();

    // The block's own end marker, typed into a topic, did not end the block early.
    expect(body.slice(range.end)).not.toContain('forged');
  });
});

describe('malformed JSON in the stored space document', () => {
  it.each(malformedSpaceDocuments())(
    '$name: read as unreadable, explained, and never overwritten',
    async ({ content }) => {
      const put = await tenant.fetchAs(SEED_PEOPLE.claire, SPACE_PATH, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: content,
      });
      expect(put.status).toBeLessThan(300);
      const before = await rawSpace();

      for (const as of ['leader', 'employee'] as const) {
        const store = memoryKeyValueStore();
        if (as === 'employee') {
          // The employee found the space before (its reference is remembered).
          const file = await tenant
            .fetchAs(SEED_PEOPLE.claire, SPACE_ITEM_PATH)
            .then((r) => r.json() as Promise<{ id: string; parentReference: { driveId: string } }>);
          const ethan = await getPeopleAroundMe(employee);
          store.set(
            `oneOnOne.spaceReference.${ethan.me.id}.${SEED_PEOPLE.claire}`,
            encodeSpaceReference({ driveId: file.parentReference.driveId, itemId: file.id }),
          );
        }
        const { session } = await open(as, store);
        const status = session.space?.snapshot().status;
        expect(status?.state, as).toBe('unreadable');
        const problems = status?.state === 'unreadable' ? status.problems : [];
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) {
          expect(typeof problem).toBe('string');
          expect(problem).not.toMatch(/\[object Object\]|undefined/);
          expect(problem.length).toBeLessThan(2_000);
        }
        // An edit made anyway stays local; the file is not touched.
        session.space?.submit({
          id: crypto.randomUUID(),
          at: now().toISOString(),
          by: as,
          type: 'addTopic',
          topicId: crypto.randomUUID(),
          section: 'checkIn',
          text: 'Typed while the file was damaged',
          order: 1,
          createdForOccurrence: null,
        });
        await session.space?.flush();
        session.dispose();
        expect(await rawSpace()).toBe(before);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();

      // The invite sync skips the pair without throwing, and sends nothing for it.
      const people = await getPeopleAroundMe(leader);
      const sent = tenant.emulator.sentUpdates().length;
      const result = await syncInviteAgendas({
        graph: leader,
        store: memoryKeyValueStore(),
        people,
        deployment: DEPLOYMENT,
        locale: 'en',
        now: now(),
        days: 14,
      });
      const ethanUpdates = tenant.emulator
        .sentUpdates()
        .slice(sent)
        .filter((u) => u.to.toLowerCase().includes('ethan'));
      expect(ethanUpdates).toEqual([]);
      expect(result.statuses).toBeInstanceOf(Map);
      expect(await rawSpace()).toBe(before);
    },
  );
});

describe('events without the fields Graph may omit', () => {
  beforeAll(() => {
    // A fresh tenant: no invite carries an agenda yet.
    tenant.restart();
    leader = connectAs(tenant, SEED_PEOPLE.claire);
    employee = connectAs(tenant, SEED_PEOPLE.ethan);
  });

  /** Graph as seen through a proxy that drops the fields, on every read of events (calendarView, events, $batch). */
  /**
   * Graph as seen through a proxy that drops the fields on every read of events (calendarView, events,
   * `$batch`). An event is recognised by its subject where it has one, then by its id (a body read selects
   * only id and body).
   */
  function omitFieldsOnReads() {
    const byId = new Map<string, readonly EventOmission[]>();
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (!value || typeof value !== 'object') return value;
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.value)) return { ...record, value: rewrite(record.value) };
      if (Array.isArray(record.responses)) {
        return {
          ...record,
          responses: (record.responses as { body?: unknown }[]).map((r) => ({ ...r, body: rewrite(r.body) })),
        };
      }
      const id = typeof record.id === 'string' ? record.id : null;
      if ('subject' in record) {
        const omissions = omissionsFor(record.subject as string);
        if (id && omissions.length > 0) byId.set(id, omissions);
        return applyOmissions(record as Event, omissions);
      }
      const known = id ? byId.get(id) : undefined;
      return known ? applyOmissions(record as Event, known) : value;
    };
    tenant.server.use(
      http.all('https://graph.microsoft.com/v1.0/*', async ({ request }) => {
        const response = await tenant.emulator.handle(request);
        const type = response.headers.get('Content-Type') ?? '';
        if (!type.includes('json') || (request.method !== 'GET' && !request.url.endsWith('$batch')))
          return response;
        const json = (await response.json()) as unknown;
        return HttpResponse.json(rewrite(json) as Record<string, unknown>, {
          status: response.status,
          headers: response.headers,
        });
      }),
    );
  }

  it('lists, opens and attaches agendas without throwing, and degrades each event sensibly', async () => {
    omitFieldsOnReads();
    expect(OMISSIONS_BY_SUBJECT.length).toBeGreaterThan(3);
    const upcoming = await loadUpcomingOneOnOnes(leader, now(), 14);
    const names = upcoming.persons.map((p) => p.counterpart.name);
    // Missing body or Teams meeting: still a 1:1.
    expect(names).toContain('Daniel Okafor');
    expect(names).toContain('Sophie Lavoie');
    const sophie = upcoming.persons.find((p) => p.counterpart.name === 'Sophie Lavoie');
    expect(sophie?.series[0]?.occurrences[0]?.joinUrl ?? null).toBeNull();

    // Each pair opens, whatever the event lacks.
    for (const email of [
      SEED_PEOPLE.daniel,
      SEED_PEOPLE.sophie,
      SEED_PEOPLE.aisha,
      SEED_PEOPLE.marcus,
      SEED_PEOPLE.julie,
    ]) {
      const opened = await openPairAgenda({
        graph: leader,
        store: memoryKeyValueStore(),
        counterpartEmail: email,
        now,
      });
      expect(opened.session.participants.counterpart.email).toBe(email);
      opened.session.dispose();
    }

    // Auto-attach runs over all of them without throwing (Sophie's, with no Teams meeting, is in its 7 days).
    const store = memoryKeyValueStore();
    const result = await syncInviteAgendas({
      graph: leader,
      store,
      people: upcoming.people,
      deployment: DEPLOYMENT,
      locale: 'en',
      now: now(),
      days: 14,
    });
    expect(result.attached.length).toBeGreaterThan(0);

    // "Update invite" on the next 1:1 with Daniel (a null body) and with Sophie (no Teams meeting).
    for (const email of [SEED_PEOPLE.daniel, SEED_PEOPLE.sophie]) {
      const { session, occurrences } = await openPairAgenda({
        graph: leader,
        store,
        counterpartEmail: email,
        now,
      });
      const next = nextHeldOccurrence(occurrences, now());
      const document = session.space?.snapshot().document;
      if (!next || !document || !session.reference) throw new Error(`No agenda to attach for ${email}`);
      const agenda = pairInviteAgenda({
        document,
        occurrences,
        key: next.key,
        template: null,
        reference: session.reference,
        deployment: DEPLOYMENT,
        locale: 'en',
      });
      if (!agenda) throw new Error('No invite agenda');
      const outcome = await attachAgendaToInvite({
        graph: leader,
        store: memoryKeyValueStore(),
        userId: session.participants.me.id,
        occurrence: next,
        agenda,
        now: now(),
        trigger: 'user',
      });
      expect(['attached', 'unchanged'], email).toContain(outcome);
      session.dispose();
      // What Exchange now holds for that occurrence carries the block.
      tenant.server.resetHandlers();
      const stored = await tenant
        .fetchAs(SEED_PEOPLE.claire, `/me/events/${encodeURIComponent(next.eventId)}?$select=body`)
        .then((r) => r.json() as Promise<Event>);
      expect(findInviteBlock(stored.body?.content ?? '', 'html'), email).not.toBeNull();
      omitFieldsOnReads();
    }

    // The employee side, with the same omissions: Ethan is unaffected, Daniel's null body is read as empty.
    omitFieldsOnReads();
    const daniel = connectAs(tenant, SEED_PEOPLE.daniel);
    const theirs = await openPairAgenda({
      graph: daniel,
      store: memoryKeyValueStore(),
      counterpartEmail: SEED_PEOPLE.claire,
      now,
    });
    expect(theirs.session.participants.myRole).toBe('employee');
    theirs.session.dispose();
    const danielUpcoming = await loadUpcomingOneOnOnes(daniel, now(), 14);
    expect(danielUpcoming.persons.map((p) => p.counterpart.name)).toContain('Claire Tremblay');
  });
});
