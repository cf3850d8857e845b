/**
 * eTag and cTag of a driveItem, in OneDrive for Business's format: `"{GUID},N"` and `"c:{GUID},N"`.
 * The eTag changes on any change of the item, the cTag only when its content changes.
 */
import type { DemoSeedDriveItem } from '../seed/demoSeed.types';
import { stableGuid } from '../util/stableHash';

const TAG_PATTERN = /^"(?:c:)?\{([0-9A-Fa-f-]{36})\},(\d+)"$/;

interface ParsedTag {
  guid: string;
  version: number;
}

function parseTag(tag: string | null | undefined): ParsedTag | null {
  const match = tag ? TAG_PATTERN.exec(tag) : null;
  return match?.[1] && match[2] ? { guid: match[1].toUpperCase(), version: Number(match[2]) } : null;
}

export function formatETag(guid: string, version: number): string {
  return `"{${guid}},${version}"`;
}

export function formatCTag(guid: string, version: number): string {
  return `"c:{${guid}},${version}"`;
}

/** The item's GUID: from its eTag, or (a seed item without tags) derived from its id. */
export function itemGuid(item: DemoSeedDriveItem): string {
  return parseTag(item.eTag)?.guid ?? parseTag(item.cTag)?.guid ?? stableGuid(`driveItem:${item.id}`);
}

export function currentETag(item: DemoSeedDriveItem): string {
  return item.eTag ?? formatETag(itemGuid(item), 1);
}

export function currentCTag(item: DemoSeedDriveItem): string {
  return item.cTag ?? formatCTag(itemGuid(item), 1);
}

/** The tags after a change: eTag always moves on, cTag only when the content changed. */
export function bumpedTags(item: DemoSeedDriveItem, contentChanged: boolean): { eTag: string; cTag: string } {
  const guid = itemGuid(item);
  const eTag = formatETag(guid, (parseTag(item.eTag)?.version ?? 1) + 1);
  const cTag = contentChanged ? formatCTag(guid, (parseTag(item.cTag)?.version ?? 1) + 1) : currentCTag(item);
  return { eTag, cTag };
}
