/**
 * Checks of `driveItems` that need the whole seed: each item in a user's drive, one root per drive,
 * parents that exist and are folders (no cycles), unique ids and sibling names, content only on files,
 * and grants only to users of the tenant.
 */
import { granteeOf } from '../drive/driveAccess';
import { nameProblem } from '../drive/driveTree';
import { libraryDriveKey } from '../sharepoint/sharePointLibraries';
import type { DemoSeed, DemoSeedDriveItem } from './demoSeed.types';
import type { SeedIssue } from './seedCrossReferences';

function facetIssue(item: DemoSeedDriveItem): string | null {
  const isFolder = Boolean(item.folder || item.root);
  if (isFolder && item.file) return 'an item is a file or a folder, not both';
  if (!isFolder && !item.file) return 'an item needs a file or folder facet';
  if (isFolder && item.content !== undefined) return 'only files have content';
  return null;
}

export function driveItemIssues(seed: DemoSeed): SeedIssue[] {
  const items = seed.driveItems ?? [];
  const issues: SeedIssue[] = [];
  // A drive is a user's OneDrive or a site's document library.
  const userIds = new Set([
    ...seed.users.map((user) => user.id),
    ...(seed.sharePointSites ?? []).flatMap((site) =>
      site.libraries.map((library) => libraryDriveKey(library.id)),
    ),
  ]);
  const byId = new Map<string, DemoSeedDriveItem>();
  const siblingNames = new Set<string>();
  const roots = new Set<string>();
  const appRoots = new Set<string>();
  items.forEach((item, index) => {
    const at = (...path: (string | number)[]) => ['driveItems', index, ...path];
    if (!userIds.has(item.drive))
      issues.push({ path: at('drive'), message: `no user has id "${item.drive}"` });
    if (byId.has(item.id)) issues.push({ path: at('id'), message: `duplicate drive item id "${item.id}"` });
    byId.set(item.id, item);
    const facet = facetIssue(item);
    if (facet) issues.push({ path: at(), message: facet });
    if (item.root) {
      if (roots.has(item.drive)) issues.push({ path: at('root'), message: 'a drive has one root folder' });
      roots.add(item.drive);
    } else {
      const problem = nameProblem(item.name);
      if (problem) issues.push({ path: at('name'), message: problem });
    }
    if (item.specialFolder?.name === 'approot') {
      if (appRoots.has(item.drive))
        issues.push({ path: at('specialFolder'), message: 'a drive has one approot' });
      appRoots.add(item.drive);
    }
    const siblingKey = `${item.drive}|${item.parentReference?.id ?? ''}|${item.name.toLowerCase()}`;
    if (!item.root && siblingNames.has(siblingKey)) {
      issues.push({ path: at('name'), message: `another item in the folder is named "${item.name}"` });
    }
    siblingNames.add(siblingKey);
    (item.permissions ?? []).forEach((permission, permissionIndex) => {
      if (!granteeOf(permission, seed.users)) {
        issues.push({ path: at('permissions', permissionIndex), message: 'granted to nobody in the tenant' });
      }
    });
  });
  items.forEach((item, index) => {
    if (item.root) {
      if (item.parentReference?.id)
        issues.push({ path: ['driveItems', index, 'parentReference'], message: 'the root has no parent' });
      return;
    }
    // Walk up to the root; a missing, foreign or non-folder parent, or a cycle, is an error.
    let current = item;
    for (let steps = 0; ; steps++) {
      const parentId = current.parentReference?.id;
      const parent = parentId ? byId.get(parentId) : undefined;
      if (!parent || parent.drive !== item.drive || !(parent.folder || parent.root) || steps > items.length) {
        issues.push({
          path: ['driveItems', index, 'parentReference', 'id'],
          message: `no folder "${parentId ?? ''}" in the same drive leads to its root`,
        });
        return;
      }
      if (parent.root) return;
      current = parent;
    }
  });
  return issues;
}
