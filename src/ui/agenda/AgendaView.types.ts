import type { AppDeployment } from '../../domain/appDeployment';
import type { InviteAgenda } from '../../domain/invite/inviteAgenda';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import type { PairOccurrence } from '../../services/agenda/loadPairOccurrences';
import type { AttachOutcome } from '../../services/invites/attachAgendaToInvite';

/** What the agenda needs to write itself into an invite; absent where invites cannot be written. */
export interface InviteWriter {
  /** Where the app is: the invite's "Add your topics" links open it. */
  deployment: AppDeployment;
  update(userId: string, occurrence: PairOccurrence, agenda: InviteAgenda): Promise<AttachOutcome>;
}

export interface AgendaViewProps {
  session: AgendaSession;
  invite?: InviteWriter | undefined;
  occurrences: readonly PairOccurrence[];
  /** Show this occurrence first (the meeting the side panel is open in); default: the next held one. */
  initialOccurrenceKey?: string | null;
}
