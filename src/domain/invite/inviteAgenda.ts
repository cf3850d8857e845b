import type { Locale } from '../locale';
import type { SectionId } from '../space/agendaSections';

/**
 * What the invite block shows: one occurrence's agenda, already localized and independent of how
 * the space is stored. Texts are plain text exactly as people typed them; the renderer escapes.
 */
export interface InviteAgenda {
  /** Language of the block's own labels ("Agenda", "Action items", …). */
  locale: Locale;
  /** In display order; normally the four sections in `SECTION_IDS` order. */
  sections: InviteSection[];
  actionItems: InviteActionItem[];
  /** Titles of the pair's active priorities, shown compact under Direction; absent or empty: none. */
  priorities?: string[];
  links: InviteLinks;
}

export interface InviteSection {
  id: SectionId;
  /** Already localized (see `SECTION_TITLES`). */
  title: string;
  /** Guiding questions, already localized. */
  prompts: string[];
  /** Open topics, in display order. */
  topics: InviteTopic[];
}

export interface InviteTopic {
  text: string;
  author: 'leader' | 'employee';
  authorName: string;
}

export interface InviteActionItem {
  text: string;
  ownerName: string;
  /** Calendar date `YYYY-MM-DD`, or null when there is none. */
  dueDate: string | null;
}

/**
 * Where "Add your topics" leads. A link that is empty or not http(s)/msteams is not rendered as
 * a link (see `safeLinkUrl`).
 */
export interface InviteLinks {
  /** Teams deep link to the app's tab; its subEntityId carries the shared-space reference. */
  teamsDeepLink: string;
  /** The same place in the web app. */
  webUrl: string;
}
