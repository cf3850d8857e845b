/**
 * The four parts of every 1:1 agenda, in the order they are discussed. Direction, Capability and
 * Accountability rest on the relationship, so the check-in comes first.
 */
export const SECTION_IDS = ['checkIn', 'direction', 'capability', 'accountability'] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value);
}
