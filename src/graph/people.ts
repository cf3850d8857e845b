import type { User } from '@microsoft/microsoft-graph-types';
import type { DirectoryPerson } from '../domain/calendarEvent';
import { batchGet } from './batch';
import type { GraphConnection } from './createGraphClient';
import { failureKindOfStatus, GraphRequestError } from './graphRequestError';

const PERSON_FIELDS = 'id,displayName,mail,userPrincipalName,jobTitle';

export interface PeopleAroundMe {
  me: DirectoryPerson;
  manager: DirectoryPerson | null;
  directReports: DirectoryPerson[];
}

export function directoryPersonFromGraph(user: User): DirectoryPerson {
  return {
    id: user.id ?? '',
    displayName: user.displayName ?? user.mail ?? user.userPrincipalName ?? '',
    email: (user.mail || user.userPrincipalName || '').toLowerCase(),
    jobTitle: user.jobTitle ?? null,
  };
}

function failure(url: string, status: number, body: unknown): GraphRequestError {
  const code = (body as { error?: { code?: string; message?: string } } | null)?.error;
  return new GraphRequestError(
    failureKindOfStatus(status),
    code?.message ?? `${url} answered ${status}`,
    status,
    code?.code ?? null,
  );
}

interface UserPage {
  value?: User[];
  '@odata.nextLink'?: string;
}

/**
 * Me, my manager and my direct reports in one `$batch` round trip. No manager is a 404, which is normal.
 * More than a page of reports is followed through nextLink.
 */
export async function getPeopleAroundMe(graph: GraphConnection): Promise<PeopleAroundMe> {
  const requests = [
    { id: 'me', url: `/me?$select=${PERSON_FIELDS}` },
    { id: 'manager', url: `/me/manager?$select=${PERSON_FIELDS}` },
    { id: 'reports', url: `/me/directReports?$select=${PERSON_FIELDS}` },
  ];
  const results = await batchGet(graph, requests);
  const me = results.get('me');
  if (me?.status !== 200) throw failure('/me', me?.status ?? 0, me?.body);
  const manager = results.get('manager');
  if (manager && manager.status !== 200 && manager.status !== 404) {
    throw failure('/me/manager', manager.status, manager.body);
  }
  const reports = results.get('reports');
  if (reports?.status !== 200) throw failure('/me/directReports', reports?.status ?? 0, reports?.body);

  const reportUsers: User[] = [];
  let page = reports.body as UserPage;
  for (;;) {
    reportUsers.push(...(page.value ?? []));
    const next = page['@odata.nextLink'];
    if (!next) break;
    page = await graph.run<UserPage>((client) => client.api(next).get());
  }
  return {
    me: directoryPersonFromGraph(me.body as User),
    manager: manager?.status === 200 ? directoryPersonFromGraph(manager.body as User) : null,
    directReports: reportUsers.map(directoryPersonFromGraph),
  };
}
