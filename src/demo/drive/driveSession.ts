/**
 * One request's work on the OneDrives: lookups and writes on a copy of the items, committed to the
 * store in one `update` when something changed. Items are replaced, never mutated, so a state that
 * was read or persisted earlier never changes under anyone.
 */
import type { Permission } from '@microsoft/microsoft-graph-types';
import { graphErrors } from '../http/graphErrorResponse';
import type { DemoSeedDriveItem, DemoSeedUser } from '../seed/demoSeed.types';
import { libraryByDriveKey } from '../sharepoint/sharePointLibraries';
import type { EmulatorState, StateStore } from '../state/stateStore';
import { granteeOf } from './driveAccess';
import { type DriveContent, mimeTypeFor } from './driveContent';
import { newItemIdentity } from './driveIds';
import { permissionIdFor, userIdentity } from './driveJson';
import { bumpedTags, formatCTag, formatETag } from './driveTags';
import { appRootOf, childNamed, descendantsOf, isFolder, nameProblem, rootOf } from './driveTree';

export interface DriveSessionOptions {
  store: StateStore;
  caller: DemoSeedUser;
  now: Date;
  /** The name of the app folder (`Apps/<name>`) that `special/approot` creates. */
  appFolderName: string;
}

function timestamp(now: Date): string {
  return now.toISOString().replace('.000Z', 'Z');
}

export class DriveSession {
  readonly state: EmulatorState;
  private items: DemoSeedDriveItem[];
  private changed = false;
  private readonly stamp: string;

  constructor(private readonly options: DriveSessionOptions) {
    this.state = options.store.read();
    this.items = [...(this.state.driveItems ?? [])];
    this.stamp = timestamp(options.now);
  }

  get allItems(): readonly DemoSeedDriveItem[] {
    return this.items;
  }

  get caller(): DemoSeedUser {
    return this.options.caller;
  }

  /** Writes the changes, if any, to the store. */
  commit(): void {
    if (!this.changed) return;
    const items = this.items;
    this.options.store.update((state) => ({ ...state, driveItems: items }));
    this.changed = false;
  }

  find(id: string): DemoSeedDriveItem | undefined {
    return this.items.find((item) => item.id === id);
  }

  /** The drive's root folder, created on first use (only ever for its owner). */
  root(owner: DemoSeedUser): DemoSeedDriveItem {
    return (
      rootOf(this.items, owner.id) ??
      this.add(this.newItem(owner, null, 'root', { root: {}, folder: { childCount: 0 } }, owner))
    );
  }

  /** `Apps/<app name>`, marked as the app's special folder, created on first use like Graph does. */
  appRoot(owner: DemoSeedUser): DemoSeedDriveItem {
    const existing = appRootOf(this.items, owner.id);
    if (existing) return existing;
    const apps = this.folderPath(this.root(owner), ['Apps']);
    return this.add(
      this.newItem(
        owner,
        apps,
        this.options.appFolderName,
        { folder: { childCount: 0 }, specialFolder: { name: 'approot' } },
        owner,
      ),
    );
  }

  /** Walks (creating missing folders) from `base` down `names`; 409 when a file is in the way. */
  folderPath(base: DemoSeedDriveItem, names: readonly string[]): DemoSeedDriveItem {
    let folder = base;
    for (const name of names) {
      const existing = childNamed(this.items, folder, name);
      if (existing && !isFolder(existing)) throw graphErrors.driveNameAlreadyExists(name);
      folder =
        existing ?? this.add(this.newItem(this.owner(folder), folder, name, { folder: { childCount: 0 } }));
    }
    return folder;
  }

  createFolder(parent: DemoSeedDriveItem, name: string, description?: string | null): DemoSeedDriveItem {
    return this.add(
      this.newItem(this.owner(parent), parent, name, {
        folder: { childCount: 0 },
        ...(description ? { description } : {}),
      }),
    );
  }

  createFile(parent: DemoSeedDriveItem, name: string, content: string | DriveContent): DemoSeedDriveItem {
    const stored = typeof content === 'string' ? { content } : content;
    return this.add(
      this.newItem(this.owner(parent), parent, name, { file: { mimeType: mimeTypeFor(name) }, ...stored }),
    );
  }

  /** New content; the size then follows from it (a seed's `size` without content no longer applies). */
  replaceContent(item: DemoSeedDriveItem, content: string | DriveContent): DemoSeedDriveItem {
    const { size: _size, content: _text, contentBase64: _bytes, ...rest } = item;
    const stored = typeof content === 'string' ? { content } : content;
    return this.replace({ ...rest, ...bumpedTags(item, true), ...this.modifiedStamp(), ...stored });
  }

  /** Rename, move (within the drive) and description. */
  updateMetadata(
    item: DemoSeedDriveItem,
    changes: { name?: string; parent?: DemoSeedDriveItem; description?: string | null },
  ): DemoSeedDriveItem {
    const parent = changes.parent;
    if (
      parent &&
      (parent.id === item.id || descendantsOf(this.items, item).some((entry) => entry.id === parent.id))
    ) {
      throw graphErrors.driveInvalidRequest('An item cannot be moved into itself or one of its folders.');
    }
    const next: DemoSeedDriveItem = { ...item, ...bumpedTags(item, false), ...this.modifiedStamp() };
    if (changes.name !== undefined) next.name = changes.name;
    if (parent) next.parentReference = { ...item.parentReference, id: parent.id };
    if (changes.description !== undefined) next.description = changes.description;
    return this.replace(next);
  }

  /** Deletes the item and everything below it. */
  delete(item: DemoSeedDriveItem): void {
    const removed = new Set([item.id, ...descendantsOf(this.items, item).map((entry) => entry.id)]);
    this.items = this.items.filter((entry) => !(entry.drive === item.drive && removed.has(entry.id)));
    this.changed = true;
  }

  /** Grants `roles` to the user on the item, replacing an earlier grant to them there. */
  grant(item: DemoSeedDriveItem, grantee: DemoSeedUser, roles: string[]): Permission {
    const identity = userIdentity(grantee);
    const permission: Permission = {
      id: permissionIdFor(identity.email),
      roles,
      grantedTo: { user: identity },
      grantedToV2: {
        user: identity,
        siteUser: { ...identity, loginName: `i:0#.f|membership|${identity.email}` },
      },
      invitation: {
        email: identity.email,
        signInRequired: true,
        invitedBy: { user: userIdentity(this.caller) },
      },
    };
    const others = (item.permissions ?? []).filter(
      (existing) => granteeOf(existing, this.state.users)?.id !== grantee.id,
    );
    this.replace({ ...item, permissions: [...others, permission] });
    return permission;
  }

  revoke(item: DemoSeedDriveItem, permissionId: string): boolean {
    const remaining = (item.permissions ?? []).filter((permission) => permission.id !== permissionId);
    if (remaining.length === (item.permissions ?? []).length) return false;
    this.replace({ ...item, permissions: remaining });
    return true;
  }

  private owner(item: DemoSeedDriveItem): DemoSeedUser {
    const owner =
      this.state.users.find((user) => user.id === item.drive) ??
      libraryByDriveKey(this.state, item.drive)?.principal;
    if (!owner) throw new Error(`No owner for drive item ${item.id}`);
    return owner;
  }

  private modifiedStamp(): Pick<DemoSeedDriveItem, 'lastModifiedBy' | 'lastModifiedDateTime'> {
    return { lastModifiedBy: { user: userIdentity(this.caller) }, lastModifiedDateTime: this.stamp };
  }

  private newItem(
    owner: DemoSeedUser,
    parent: DemoSeedDriveItem | null,
    name: string,
    facets: Partial<DemoSeedDriveItem>,
    actor: DemoSeedUser = this.caller,
  ): DemoSeedDriveItem {
    if (!facets.root) {
      const problem = nameProblem(name);
      if (problem) throw graphErrors.driveInvalidRequest(problem, 'invalidPath');
      if (parent && childNamed(this.items, parent, name)) throw graphErrors.driveNameAlreadyExists(name);
    }
    const { guid, id } = newItemIdentity(new Set(this.items.map((item) => item.id)));
    const by = { user: userIdentity(actor) };
    return {
      drive: owner.id,
      id,
      name,
      ...(parent ? { parentReference: { id: parent.id } } : {}),
      eTag: formatETag(guid, 1),
      cTag: formatCTag(guid, 1),
      createdBy: by,
      createdDateTime: this.stamp,
      lastModifiedBy: by,
      lastModifiedDateTime: this.stamp,
      ...facets,
    };
  }

  private add(item: DemoSeedDriveItem): DemoSeedDriveItem {
    this.items.push(item);
    this.changed = true;
    return item;
  }

  private replace(item: DemoSeedDriveItem): DemoSeedDriveItem {
    this.items = this.items.map((entry) =>
      entry.drive === item.drive && entry.id === item.id ? item : entry,
    );
    this.changed = true;
    return item;
  }
}
