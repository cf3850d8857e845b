import { decodeSpaceReference, encodeSpaceReference, type SpaceReference } from './spaceReference';

/** The query parameter that carries a space reference in the app's web URL. */
export const SPACE_QUERY_PARAMETER = 'space';

export interface AgendaLinkTargets {
  /** Where the app is hosted, e.g. https://agenda.example.org */
  appOrigin: string;
  /** The Teams app id of the manifest, for the deep link. */
  teamsAppId: string;
  /** The personal tab's entityId. */
  teamsTabEntityId: string;
}

export interface AgendaLinks {
  webUrl: string;
  teamsDeepLink: string;
}

/**
 * The "Add your topics" links of a space: the web app with `?space=<reference>`, and a Teams deep link to the
 * personal tab whose subEntityId is the reference. Both carry the same reference, so either finds the space.
 */
export function buildAgendaLinks(reference: SpaceReference, targets: AgendaLinkTargets): AgendaLinks {
  const encoded = encodeSpaceReference(reference);
  const webUrl = `${targets.appOrigin.replace(/\/+$/, '')}/?${SPACE_QUERY_PARAMETER}=${encoded}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: encoded }));
  const teamsDeepLink = `https://teams.microsoft.com/l/entity/${encodeURIComponent(targets.teamsAppId)}/${encodeURIComponent(targets.teamsTabEntityId)}?context=${context}`;
  return { webUrl, teamsDeepLink };
}

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
