import { describe, expect, it } from 'vitest';
import { createUserTimeZone } from '../../src/services/userTimeZone';
import { connectAs } from '../support/demoGraphConnection';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });

describe("the person's time zone", () => {
  it("is the mailbox's (a Windows name, as Graph gives it), whatever the device says", async () => {
    const zone = createUserTimeZone(connectAs(tenant, SEED_PEOPLE.claire), 'America/Vancouver');
    expect(await zone()).toBe('America/New_York');
  });

  it("is the device's while the mailbox cannot be read, and the mailbox's once it can", async () => {
    const zone = createUserTimeZone(connectAs(tenant, SEED_PEOPLE.claire), 'America/Vancouver');
    tenant.emulator.faults.enqueue({
      status: 503,
      times: 10,
      match: '/mailboxSettings',
      retryAfterSeconds: 0,
    });
    expect(await zone()).toBe('America/Vancouver');
    tenant.emulator.faults.clear();
    expect(await zone()).toBe('America/New_York');
  });
});
