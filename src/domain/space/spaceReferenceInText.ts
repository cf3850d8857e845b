import { decodeSpaceReference, type SpaceReference } from './spaceReference';

/** The query parameter that carries a space reference in the app's web URL (see buildInviteLinks). */
export const SPACE_QUERY_PARAMETER = 'space';

const REFERENCE_PATTERN = /s1\.[A-Za-z0-9_-]{1,400}\.[A-Za-z0-9_-]{1,400}/g;

/**
 * Finds a space reference in any text that carries our links: an invite body (HTML or text, links possibly
 * HTML-escaped or URL-encoded), or a tab's subEntityId. The first reference that decodes wins.
 */
export function findSpaceReferenceInText(text: string): SpaceReference | null {
  for (const match of text.matchAll(REFERENCE_PATTERN)) {
    const reference = decodeSpaceReference(match[0]);
    if (reference) return reference;
  }
  return null;
}
