/** Users as Graph's directory returns them: a default property set, others on `$select`. */
import type { User } from '@microsoft/microsoft-graph-types';
import type { EntitySelectRules } from '../odata/selectProperties';
import type { DemoSeedUser } from '../seed/demoSeed.types';

const USER_DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

const USER_PROPERTIES = [
  ...USER_DEFAULT_PROPERTIES,
  'accountEnabled',
  'ageGroup',
  'city',
  'companyName',
  'country',
  'createdDateTime',
  'department',
  'employeeHireDate',
  'employeeId',
  'employeeType',
  'faxNumber',
  'imAddresses',
  'mailboxSettings',
  'mailNickname',
  'otherMails',
  'postalCode',
  'preferredName',
  'proxyAddresses',
  'showInAddressList',
  'state',
  'streetAddress',
  'usageLocation',
  'userType',
] as const;

export const userSelectRules: EntitySelectRules = {
  typeName: 'microsoft.graph.user',
  errorCode: 'Request_BadRequest',
  properties: USER_PROPERTIES,
  alwaysIncluded: ['@odata.type'],
  defaults: USER_DEFAULT_PROPERTIES,
};

/** The user's directory object; the seed's demo-only `managerId` never appears. */
export function userEntity(user: DemoSeedUser, asDirectoryObject: boolean): Record<string, unknown> {
  const { managerId: _managerId, ...graphUser } = user;
  const entity: User & Record<string, unknown> = {
    businessPhones: [],
    givenName: null,
    surname: null,
    jobTitle: null,
    mail: null,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: null,
    ...graphUser,
  };
  return asDirectoryObject ? { '@odata.type': '#microsoft.graph.user', ...entity } : entity;
}
