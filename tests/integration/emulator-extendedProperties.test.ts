import type { Event } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });
const { claire, daniel } = SEED_PEOPLE;
type EventJson = Event & { id: string };

const VIEW = '/me/calendarView?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-12-07T00:00:00Z&$top=200';
const DANIEL_1ON1 = 'Daniel / Claire weekly 1:1';
const PROPERTY = 'String {cf4b1e39-29b0-4780-8156-cb42186a7c7b} Name LastUpdate';
const expand = (id: string) =>
  `$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${id}')`)}`;

async function firstOccurrence(user: string): Promise<EventJson> {
  const response = await tenant.fetchAs(user, VIEW);
  const view = (await response.json()) as { value: EventJson[] };
  const found = view.value.find((event) => event.subject === DANIEL_1ON1);
  if (!found) throw new Error(`${user} has no ${DANIEL_1ON1}`);
  return found;
}

const getEvent = (user: string, id: string, query: string) =>
  tenant.fetchAs(user, `/me/events/${id}?${query}`);

const patch = (id: string, body: unknown) =>
  tenant.fetchAs(claire, `/me/events/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('single-value extended properties on events', () => {
  it("are written by the organizer's PATCH without a meeting update, and read only with $expand", async () => {
    const occurrence = await firstOccurrence(claire);
    const before = tenant.emulator.sentUpdates().length;
    const written = await patch(occurrence.id, {
      singleValueExtendedProperties: [{ id: PROPERTY, value: '2026-11-18T15:00:00.000Z' }],
    });
    expect(written.status).toBe(200);
    expect(tenant.emulator.sentUpdates().length).toBe(before);

    const plain = (await (await getEvent(claire, occurrence.id, '$select=id,body')).json()) as EventJson;
    expect(plain.singleValueExtendedProperties).toBeUndefined();
    const expanded = (await (
      await getEvent(claire, occurrence.id, `$select=id,body&${expand(PROPERTY)}`)
    ).json()) as EventJson;
    expect(expanded.singleValueExtendedProperties).toEqual([
      { id: PROPERTY, value: '2026-11-18T15:00:00.000Z' },
    ]);
    expect(expanded.body?.content).toContain('meet_invite_block');

    // Written again: replaced, not added. The GUID's case does not make another property; the name's does.
    await patch(occurrence.id, {
      singleValueExtendedProperties: [
        { id: PROPERTY.toUpperCase().replace('LASTUPDATE', 'LastUpdate'), value: 'b' },
      ],
    });
    const again = (await (await getEvent(claire, occurrence.id, expand(PROPERTY))).json()) as EventJson;
    expect(again.singleValueExtendedProperties?.map((p) => p.value)).toEqual(['b']);
    const otherName = (await (
      await getEvent(claire, occurrence.id, expand(PROPERTY.replace('LastUpdate', 'lastupdate')))
    ).json()) as EventJson;
    expect(otherName.singleValueExtendedProperties).toBeUndefined();
  });

  it("never reach the attendee's copy", async () => {
    const occurrence = await firstOccurrence(claire);
    await patch(occurrence.id, { singleValueExtendedProperties: [{ id: PROPERTY, value: 'x' }] });
    const copy = await firstOccurrence(daniel);
    const seen = (await (await getEvent(daniel, copy.id, expand(PROPERTY))).json()) as EventJson;
    expect(seen.id).toBe(copy.id);
    expect(seen.singleValueExtendedProperties).toBeUndefined();
  });

  it('refuses an id in no documented format and any other $expand with 400', async () => {
    const occurrence = await firstOccurrence(claire);
    const invalid = await patch(occurrence.id, {
      singleValueExtendedProperties: [{ id: 'LastUpdate', value: 'x' }],
    });
    expect(invalid.status).toBe(400);
    expect((await getEvent(claire, occurrence.id, '$expand=attachments')).status).toBe(400);
  });
});
