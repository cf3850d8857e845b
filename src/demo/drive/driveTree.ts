/** The folder tree of one OneDrive, over the flat list of stored items (parents by `parentReference.id`). */
import type { DemoSeedDriveItem } from '../seed/demoSeed.types';

/** Characters OneDrive for Business refuses in names. */
const INVALID_NAME_CHARACTERS = /["*:<>?/\\|]/;

export function parentIdOf(item: DemoSeedDriveItem): string | null {
  return item.parentReference?.id ?? null;
}

export function isFolder(item: DemoSeedDriveItem): boolean {
  return Boolean(item.folder || item.root);
}

export function itemsOfDrive(items: readonly DemoSeedDriveItem[], ownerId: string): DemoSeedDriveItem[] {
  return items.filter((item) => item.drive === ownerId);
}

export function findDriveItem(
  items: readonly DemoSeedDriveItem[],
  ownerId: string,
  itemId: string,
): DemoSeedDriveItem | undefined {
  return items.find((item) => item.drive === ownerId && item.id === itemId);
}

export function rootOf(items: readonly DemoSeedDriveItem[], ownerId: string): DemoSeedDriveItem | undefined {
  return items.find((item) => item.drive === ownerId && item.root);
}

export function appRootOf(
  items: readonly DemoSeedDriveItem[],
  ownerId: string,
): DemoSeedDriveItem | undefined {
  return items.find((item) => item.drive === ownerId && item.specialFolder?.name === 'approot');
}

export function childrenOf(
  items: readonly DemoSeedDriveItem[],
  parent: DemoSeedDriveItem,
): DemoSeedDriveItem[] {
  return items
    .filter((item) => item.drive === parent.drive && parentIdOf(item) === parent.id)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** OneDrive names are unique per folder, compared without case. */
export function childNamed(
  items: readonly DemoSeedDriveItem[],
  parent: DemoSeedDriveItem,
  name: string,
): DemoSeedDriveItem | undefined {
  const lowered = name.toLowerCase();
  return items.find(
    (item) =>
      item.drive === parent.drive && parentIdOf(item) === parent.id && item.name.toLowerCase() === lowered,
  );
}

/** Parent first, then its parent, up to the root. Stops on a broken or cyclic chain. */
export function ancestorsOf(
  items: readonly DemoSeedDriveItem[],
  item: DemoSeedDriveItem,
): DemoSeedDriveItem[] {
  const chain: DemoSeedDriveItem[] = [];
  let parentId = parentIdOf(item);
  while (parentId !== null && chain.length < items.length) {
    const parent = findDriveItem(items, item.drive, parentId);
    if (!parent) break;
    chain.push(parent);
    parentId = parentIdOf(parent);
  }
  return chain;
}

export function descendantsOf(
  items: readonly DemoSeedDriveItem[],
  folder: DemoSeedDriveItem,
): DemoSeedDriveItem[] {
  const found: DemoSeedDriveItem[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next) break;
    const children = childrenOf(items, next);
    found.push(...children);
    pending.push(...children);
  }
  return found;
}

/** The item's path below the root, e.g. `/Apps/1-1 Agenda/notes.json` (`` for the root). */
export function pathBelowRoot(items: readonly DemoSeedDriveItem[], item: DemoSeedDriveItem): string {
  if (item.root) return '';
  const names = [item, ...ancestorsOf(items, item)]
    .filter((entry) => !entry.root)
    .map((entry) => entry.name)
    .reverse();
  return `/${names.join('/')}`;
}

/** Why a name is not allowed, or null. */
export function nameProblem(name: string): string | null {
  if (name === '' || name === '.' || name === '..') return `'${name}' is not a valid name.`;
  if (INVALID_NAME_CHARACTERS.test(name))
    return `The name '${name}' contains characters OneDrive does not allow.`;
  if (name.trim() !== name) return `The name '${name}' starts or ends with a space.`;
  return null;
}

/** The names along a relative path (`a/b.json`), without empty parts. */
export function splitItemPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/** A free name in the folder for `@microsoft.graph.conflictBehavior=rename`: `notes 1.json`, `notes 2.json`, ... */
export function freeName(
  items: readonly DemoSeedDriveItem[],
  parent: DemoSeedDriveItem,
  name: string,
): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let counter = 1; ; counter++) {
    const candidate = `${stem} ${counter}${extension}`;
    if (!childNamed(items, parent, candidate)) return candidate;
  }
}
