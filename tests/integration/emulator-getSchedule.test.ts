import { describe, expect, it } from 'vitest';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });

const { claire, ethan } = SEED_PEOPLE;

interface ScheduleInformation {
  scheduleId: string;
  availabilityView: string;
  scheduleItems: {
    status: string;
    subject?: string;
    isPrivate: boolean;
    start: { dateTime: string; timeZone: string };
  }[];
  workingHours?: { daysOfWeek: string[]; startTime: string; endTime: string; timeZone: { name: string } };
  error?: { responseCode: string };
}

function getSchedule(user: string, body: unknown, headers: Record<string, string> = {}) {
  return tenant.fetchAs(user, '/me/calendar/getSchedule', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Wednesday of the anchor week, 08:00 to 18:00 in Toronto. */
const WEDNESDAY = {
  startTime: { dateTime: '2026-11-18T13:00:00', timeZone: 'UTC' },
  endTime: { dateTime: '2026-11-18T23:00:00', timeZone: 'UTC' },
  availabilityViewInterval: 30,
};

describe('POST /me/calendar/getSchedule', () => {
  it("answers each person's busy times, the availability view and working hours", async () => {
    const response = await getSchedule(claire, {
      ...WEDNESDAY,
      schedules: [claire, ethan, 'nobody@contoso.ca'],
    });
    expect(response.status).toBe(200);
    const { value } = (await response.json()) as { value: ScheduleInformation[] };
    const [mine, his, unknown] = value;

    // Claire's Wednesday: the 1:1 with Ethan at 13:00 ET (18:00Z); the "free" hold at 16:00 does not count.
    expect(mine?.availabilityView).toHaveLength(20);
    expect(mine?.availabilityView[10]).toBe('2');
    expect(mine?.availabilityView[16]).toBe('0');
    const ethanMeeting = mine?.scheduleItems.find((item) =>
      item.start.dateTime.startsWith('2026-11-18T18:00'),
    );
    expect(ethanMeeting).toMatchObject({ status: 'busy', subject: '1:1 Ethan / Claire', isPrivate: false });

    // Ethan's copy of the same meeting: his status and times, not the subject (only the caller's own items have one).
    const hisMeeting = his?.scheduleItems.find((item) => item.start.dateTime.startsWith('2026-11-18T18:00'));
    expect(hisMeeting?.status).toBe('busy');
    expect(hisMeeting).not.toHaveProperty('subject');
    expect(his?.workingHours).toMatchObject({
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      timeZone: { name: 'America/Vancouver' },
    });

    expect(unknown).toMatchObject({
      scheduleId: 'nobody@contoso.ca',
      error: { responseCode: 'ErrorMailRecipientNotFound' },
    });
  });

  it('writes times in the Prefer: outlook.timezone zone', async () => {
    const response = await getSchedule(
      claire,
      { ...WEDNESDAY, schedules: [claire] },
      { Prefer: 'outlook.timezone="Eastern Standard Time"' },
    );
    expect(response.headers.get('Preference-Applied')).toBe('outlook.timezone="Eastern Standard Time"');
    const { value } = (await response.json()) as { value: ScheduleInformation[] };
    const starts = value[0]?.scheduleItems.map((item) => item.start) ?? [];
    expect(starts).toContainEqual({
      dateTime: '2026-11-18T13:00:00.0000000',
      timeZone: 'Eastern Standard Time',
    });
  });

  it.each<[string, unknown]>([
    ['no schedules', { ...WEDNESDAY, schedules: [] }],
    [
      'an end before the start',
      { ...WEDNESDAY, schedules: [claire], endTime: WEDNESDAY.startTime, startTime: WEDNESDAY.endTime },
    ],
    ['an interval below 5 minutes', { ...WEDNESDAY, schedules: [claire], availabilityViewInterval: 2 }],
    [
      'an unknown time zone',
      { ...WEDNESDAY, schedules: [claire], startTime: { dateTime: '2026-11-18T13:00:00', timeZone: 'Mars' } },
    ],
  ])('answers 400 for %s', async (_name, body) => {
    expect((await getSchedule(claire, body)).status).toBe(400);
  });

  it("refuses another user's getSchedule endpoint (403), as with a delegated token", async () => {
    const response = await tenant.fetchAs(claire, `/users/${ethan}/calendar/getSchedule`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...WEDNESDAY, schedules: [ethan] }),
    });
    expect(response.status).toBe(403);
  });
});
