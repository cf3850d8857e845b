import type { ReactNode } from 'react';
import { DemoTokenProvider } from '../auth/DemoTokenProvider';
import type { TokenProvider } from '../auth/TokenProvider';
import type { HostInfo } from '../host/HostInfo';
import { outlookUserEmail } from '../host/outlook/outlookAppointment';
import { DemoBar } from './DemoBar';
import { type DemoTenant, startDemoTenant } from './startDemoTenant';

/** A fresh start on "My 1:1s": the previous person's open agenda (in the hash) means nothing to the next one. */
function restartAtMyOneOnOnes(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', `${pathname}${search}`);
  window.location.reload();
}

export interface DemoSession {
  tokens: TokenProvider;
  /** The demo bar: says the tenant is emulated, switches person, resets the data. */
  banner: ReactNode;
}

/** Signs in to the running demo tenant as the person the host names (or the demo bar chose). */
export type DemoSignIn = (host: HostInfo) => DemoSession;

/**
 * Starts the emulator, which needs nothing from the host, so it runs while the host is being detected; then
 * signs in as the chosen person. Switching person reloads the page, so every surface starts again as that
 * person with nothing of the previous one in memory.
 */
export async function startDemoSession(query: URLSearchParams): Promise<DemoSignIn> {
  const latency = Number(query.get('latency'));
  const tenant = await startDemoTenant(Number.isFinite(latency) && latency > 0 ? { latencyMs: latency } : {});
  return (host) => signInToDemoTenant(tenant, host);
}

function signInToDemoTenant(tenant: DemoTenant, host: HostInfo): DemoSession {
  // Inside a (test) Teams or Outlook host, the host names the user, as they do; elsewhere the demo bar's choice.
  const hostUser = (
    host.teamsContext?.user?.userPrincipalName ?? (host.kind === 'outlook' ? outlookUserEmail() : null)
  )?.toLowerCase();
  const user =
    (hostUser
      ? tenant.users.find(
          (u) => u.userPrincipalName.toLowerCase() === hostUser || u.mail?.toLowerCase() === hostUser,
        )
      : undefined) ??
    tenant.users.find((u) => u.id === tenant.currentUserId) ??
    tenant.users[0];
  if (!user) throw new Error('The demo seed has no users');
  return {
    tokens: new DemoTokenProvider(user),
    banner: (
      <DemoBar
        canSwitchPerson={!hostUser}
        people={tenant.users}
        currentUserId={user.id}
        onSwitchPerson={(id) => {
          tenant.setCurrentUser(id);
          restartAtMyOneOnOnes();
        }}
        onReset={() => {
          void tenant.reset().then(restartAtMyOneOnOnes);
        }}
      />
    ),
  };
}
