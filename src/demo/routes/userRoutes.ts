/** Directory routes: `/users/{id | userPrincipalName}`, its `manager` and `directReports` (`/me/...` resolves here). */
import { graphErrors } from '../http/graphErrorResponse';
import { graphJson } from '../http/graphResponses';
import type { RouteDefinition } from '../http/routeTypes';
import { directReportsOf } from '../mailbox/directory';
import { contextUrl } from '../odata/contextUrl';
import { nextLinkFor, takePage } from '../odata/paging';
import { parseODataQuery } from '../odata/queryOptions';
import { projectEntity } from '../odata/selectProperties';
import { directoryUser } from './mailboxOwner';
import { userEntity, userSelectRules } from './userJson';

/** Directory collections page at 100 by default and accept `$top` up to 999. */
const DIRECTORY_PAGE_SIZE = 100;
const DIRECTORY_MAX_PAGE_SIZE = 999;

export const userRoutes: readonly RouteDefinition[] = [
  {
    method: 'GET',
    path: '/users/{user}',
    handle(context) {
      const { select } = parseODataQuery(context.url);
      const user = directoryUser(context);
      const body = projectEntity(userEntity(user, false), select, userSelectRules);
      return graphJson({ '@odata.context': contextUrl.user(select), ...body }, context.meta);
    },
  },
  {
    method: 'GET',
    path: '/users/{user}/manager',
    handle(context) {
      const { select } = parseODataQuery(context.url);
      const user = directoryUser(context);
      const manager = context.state.users.find((candidate) => candidate.id === user.managerId);
      if (!manager) throw graphErrors.userNotFound('manager');
      const body = projectEntity(userEntity(manager, true), select, userSelectRules);
      return graphJson({ '@odata.context': contextUrl.directoryObject(), ...body }, context.meta);
    },
  },
  {
    method: 'GET',
    path: '/users/{user}/directReports',
    handle(context) {
      const query = parseODataQuery(context.url);
      const user = directoryUser(context);
      const reports = directReportsOf(context.state.users, user.id);
      const pageSize = Math.min(query.top ?? DIRECTORY_PAGE_SIZE, DIRECTORY_MAX_PAGE_SIZE);
      const page = takePage(
        reports,
        { pageSize, skipToken: query.skipToken, skip: query.skip },
        (report) => report.id,
      );
      return graphJson(
        {
          '@odata.context': contextUrl.directoryObjects(query.select),
          ...(page.nextSkipToken ? { '@odata.nextLink': nextLinkFor(context.url, page.nextSkipToken) } : {}),
          value: page.items.map((report) =>
            projectEntity(userEntity(report, true), query.select, userSelectRules),
          ),
        },
        context.meta,
      );
    },
  },
];
