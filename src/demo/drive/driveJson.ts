/** Drives, driveItems and permissions as Graph v1.0 returns them for OneDrive for Business. */
import type { Identity, ItemReference, Permission } from '@microsoft/microsoft-graph-types';
import type { DemoSeedDriveItem, DemoSeedUser } from '../seed/demoSeed.types';
import { isLibraryDriveKey } from '../sharepoint/sharePointLibraries';
import { downloadUrlFor } from './downloadUrl';
import { granteeOf } from './driveAccess';
import { byteLength, contentBytes, mimeTypeFor } from './driveContent';
import { driveIdFor } from './driveIds';
import { currentCTag, currentETag } from './driveTags';
import {
  ancestorsOf,
  childrenOf,
  descendantsOf,
  findDriveItem,
  parentIdOf,
  pathBelowRoot,
} from './driveTree';

/** The whole tenant's OneDrive storage per user (1 TB), as a business plan has. */
const QUOTA_TOTAL = 1_099_511_627_776;
const DEFAULT_TIMESTAMP = '2026-01-05T14:00:00Z';

export type UserIdentity = Identity & { email: string };

export function userIdentity(user: DemoSeedUser): UserIdentity {
  return { email: user.mail ?? user.userPrincipalName, id: user.id, displayName: user.displayName };
}

/** What the renderers need to know besides the item. */
export interface DriveRenderContext {
  items: readonly DemoSeedDriveItem[];
  users: readonly DemoSeedUser[];
  owner: DemoSeedUser;
  caller: DemoSeedUser;
}

/** `https://contoso-my.sharepoint.com/personal/claire_tremblay_contoso_ca/Documents`, as OneDrive for Business names it. */
export function personalSiteUrl(owner: DemoSeedUser): string {
  const [account = owner.userPrincipalName, domain = 'contoso.com'] = owner.userPrincipalName.split('@');
  const tenant = domain.split('.')[0] ?? 'contoso';
  const personal = `${account}@${domain}`.replace(/[@.-]/g, '_');
  return `https://${tenant}-my.sharepoint.com/personal/${personal}/Documents`;
}

export function driveJson(owner: DemoSeedUser, items: readonly DemoSeedDriveItem[]): Record<string, unknown> {
  const used = items
    .filter((item) => item.drive === owner.id && item.file)
    .reduce((sum, item) => sum + fileSize(item), 0);
  return {
    createdDateTime: DEFAULT_TIMESTAMP,
    description: '',
    id: driveIdFor(owner.id),
    lastModifiedDateTime: DEFAULT_TIMESTAMP,
    name: 'OneDrive',
    webUrl: personalSiteUrl(owner),
    driveType: 'business',
    createdBy: { user: { displayName: 'System Account' } },
    lastModifiedBy: { user: userIdentity(owner) },
    owner: { user: userIdentity(owner) },
    quota: { deleted: 0, remaining: QUOTA_TOTAL - used, state: 'normal', total: QUOTA_TOTAL, used },
  };
}

function fileSize(item: DemoSeedDriveItem): number {
  if (item.contentBase64 !== undefined) return contentBytes(item).byteLength;
  return item.content !== undefined ? byteLength(item.content) : (item.size ?? 0);
}

function parentReference(item: DemoSeedDriveItem, context: DriveRenderContext): ItemReference {
  const driveId = driveIdFor(item.drive);
  const parentId = parentIdOf(item);
  const parent = parentId ? findDriveItem(context.items, item.drive, parentId) : undefined;
  const driveType = isLibraryDriveKey(item.drive) ? 'documentLibrary' : 'business';
  if (!parent) return { driveType, driveId };
  // OneDrive gives the path only to whoever can see the folders above the item.
  const path =
    context.caller.id === item.drive ? `/drive/root:${pathBelowRoot(context.items, parent)}` : undefined;
  return {
    driveType,
    driveId,
    id: parent.id,
    name: parent.root ? 'Documents' : parent.name,
    ...(path !== undefined ? { path } : {}),
  };
}

/** Grants on the item and its folders (each once per person), as `permission`s. */
export function effectiveGrants(
  item: DemoSeedDriveItem,
  context: Pick<DriveRenderContext, 'items'>,
): { permission: Permission; holder: DemoSeedDriveItem }[] {
  return [item, ...ancestorsOf(context.items, item)].flatMap((holder) =>
    (holder.permissions ?? []).map((permission) => ({ permission, holder })),
  );
}

export function ownerPermission(owner: DemoSeedUser): Permission {
  const identity = userIdentity(owner);
  return {
    id: permissionIdFor(identity.email),
    roles: ['owner'],
    grantedTo: { user: identity },
    grantedToV2: {
      user: identity,
      siteUser: { ...identity, loginName: `i:0#.f|membership|${identity.email}` },
    },
  };
}

/** SharePoint's user permission ids are the base64 of the member's claim. */
export function permissionIdFor(email: string): string {
  const claim = `i:0#.f|membership|${email.toLowerCase()}`;
  return btoa(claim).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function permissionJson(
  permission: Permission,
  holder: DemoSeedDriveItem,
  item: DemoSeedDriveItem,
  context: DriveRenderContext,
): Permission {
  if (holder.id === item.id) return permission;
  const path =
    context.caller.id === holder.drive ? `/drive/root:${pathBelowRoot(context.items, holder)}` : undefined;
  return {
    ...permission,
    inheritedFrom: {
      driveId: driveIdFor(holder.drive),
      id: holder.id,
      ...(path !== undefined ? { path } : {}),
    },
  };
}

export function driveItemJson(item: DemoSeedDriveItem, context: DriveRenderContext): Record<string, unknown> {
  const createdDateTime = item.createdDateTime ?? item.lastModifiedDateTime ?? DEFAULT_TIMESTAMP;
  const lastModifiedDateTime = item.lastModifiedDateTime ?? createdDateTime;
  const ownerIdentity = { user: userIdentity(context.owner) };
  const path = pathBelowRoot(context.items, item);
  const shared = effectiveGrants(item, context).some(({ permission }) =>
    granteeOf(permission, context.users),
  );
  const size = item.file
    ? fileSize(item)
    : descendantsOf(context.items, item).reduce((sum, entry) => sum + (entry.file ? fileSize(entry) : 0), 0);
  const json: Record<string, unknown> = {
    createdBy: item.createdBy ?? ownerIdentity,
    createdDateTime,
    eTag: currentETag(item),
    id: item.id,
    lastModifiedBy: item.lastModifiedBy ?? item.createdBy ?? ownerIdentity,
    lastModifiedDateTime,
    name: item.root ? 'root' : item.name,
    parentReference: parentReference(item, context),
    webUrl: `${personalSiteUrl(context.owner)}${path}`,
    cTag: currentCTag(item),
    fileSystemInfo: { createdDateTime, lastModifiedDateTime },
    ...(item.description ? { description: item.description } : {}),
    ...(item.file ? { file: { mimeType: item.file.mimeType ?? mimeTypeFor(item.name) } } : {}),
    ...(item.file
      ? { '@microsoft.graph.downloadUrl': downloadUrlFor(item, context.owner, context.caller) }
      : {}),
    ...(item.folder || item.root ? { folder: { childCount: childrenOf(context.items, item).length } } : {}),
    ...(item.root ? { root: {} } : {}),
    ...(item.specialFolder ? { specialFolder: { name: item.specialFolder.name } } : {}),
    ...(shared ? { shared: { scope: 'users', owner: ownerIdentity } } : {}),
    size,
  };
  return json;
}
