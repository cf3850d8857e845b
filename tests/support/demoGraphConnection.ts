import { GRAPH_SCOPES } from '../../src/auth/authConfig';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import {
  createGraphClient,
  type GraphConnection,
  type GraphRetryPolicy,
} from '../../src/graph/createGraphClient';
import type { GraphTenant } from './graphEmulatorServer';

/** Fast retries for tests: the policy is the production one, only the back-off without Retry-After is shorter. */
export const TEST_RETRY_POLICY: GraphRetryPolicy = { delaySeconds: 0, maxRetries: 3 };

/** The production Graph client, signed in to the emulator as a seed user (by userPrincipalName). */
export function connectAs(
  tenant: GraphTenant,
  userPrincipalName: string,
  retry: GraphRetryPolicy = TEST_RETRY_POLICY,
): GraphConnection {
  const user = tenant.emulator.listUsers().find((u) => u.userPrincipalName === userPrincipalName);
  if (!user) throw new Error(`No seed user ${userPrincipalName}`);
  return createGraphClient(new DemoTokenProvider(user), GRAPH_SCOPES, retry);
}
