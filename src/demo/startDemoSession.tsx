import type { ReactNode } from 'react';
import { DemoTokenProvider } from '../auth/DemoTokenProvider';
import type { TokenProvider } from '../auth/TokenProvider';
import { DemoBar } from './DemoBar';
import { startDemoTenant } from './startDemoTenant';

export interface DemoSession {
  tokens: TokenProvider;
  /** The demo bar: says the tenant is emulated, switches person, resets the data. */
  banner: ReactNode;
}

/**
 * Starts the emulator and signs in as the chosen person. Switching person reloads the page, so every surface
 * starts again as that person with nothing of the previous one in memory.
 */
export async function startDemoSession(query: URLSearchParams): Promise<DemoSession> {
  const latency = Number(query.get('latency'));
  const tenant = await startDemoTenant(Number.isFinite(latency) && latency > 0 ? { latencyMs: latency } : {});
  const user = tenant.users.find((u) => u.id === tenant.currentUserId) ?? tenant.users[0];
  if (!user) throw new Error('The demo seed has no users');
  return {
    tokens: new DemoTokenProvider(user),
    banner: (
      <DemoBar
        people={tenant.users}
        currentUserId={user.id}
        onSwitchPerson={(id) => {
          tenant.setCurrentUser(id);
          window.location.reload();
        }}
        onReset={() => {
          tenant.reset();
          window.location.reload();
        }}
      />
    ),
  };
}
