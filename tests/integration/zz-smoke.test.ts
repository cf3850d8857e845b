import { expect, it } from 'vitest';
import { SEED_PEOPLE, startGraphEmulatorServer } from '../support/graphEmulatorServer';

it('smoke', async () => {
  const t = startGraphEmulatorServer();
  const { claire, daniel } = SEED_PEOPLE;
  const r = await t.fetchAs(claire, '/me/drive/special/approot');
  console.log(r.status, await r.text());
  const p = await t.fetchAs(claire, '/me/drive/special/approot:/spaces/a.json:/content', {
    method: 'PUT',
    body: '{"a":1}',
  });
  const item = await p.json();
  console.log(p.status, JSON.stringify(item, null, 1));
  const g = await t.fetchAs(claire, `/drives/${item.parentReference.driveId}/items/${item.id}/content`);
  console.log(g.status, g.headers.get('content-type'), await g.text());
  const d = await t.fetchAs(daniel, `/drives/${item.parentReference.driveId}/items/${item.id}`);
  console.log(d.status, await d.text());
  const inv = await t.fetchAs(claire, `/drives/${item.parentReference.driveId}/items/${item.id}/invite`, {
    method: 'POST',
    body: JSON.stringify({
      recipients: [{ email: daniel }],
      roles: ['write'],
      requireSignIn: true,
      sendInvitation: false,
    }),
  });
  console.log(inv.status, await inv.text());
  const d2 = await t.fetchAs(daniel, `/drives/${item.parentReference.driveId}/items/${item.id}/content`);
  console.log(d2.status, await d2.text());
  const ch = await t.fetchAs(claire, `/me/drive/root/children`);
  console.log(ch.status, await ch.text());
  t.close();
  expect(1).toBe(1);
});
