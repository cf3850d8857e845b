import type { SectionId } from '../../../domain/space/agendaSections';
import type { PreparationBrief } from '../../../domain/space/preparationBrief';
import type { SpaceDocument } from '../../../domain/space/spaceDocument';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import type { PairNames } from '../agendaActions';
import { ExpectationsPanel } from './ExpectationsPanel';
import { FeedbackPanel } from './FeedbackPanel';
import { GrowthPlanPanel } from './GrowthPlanPanel';
import type { PerformanceActions } from './performanceActions';

interface SectionLeadProps {
  section: SectionId;
  document: SpaceDocument;
  brief: PreparationBrief | null;
  myRole: SpaceRole;
  names: PairNames;
  actions: PerformanceActions;
}

/** What opens a section and lives across meetings: feedback in Check-in, priorities in Direction, growth in Capability. */
export function SectionLead({ section, document, brief, myRole, names, actions }: SectionLeadProps) {
  switch (section) {
    case 'checkIn':
      return (
        <FeedbackPanel
          since={brief?.feedbackSince ?? []}
          document={document}
          myRole={myRole}
          names={names}
          actions={actions}
        />
      );
    case 'direction':
      return (
        <ExpectationsPanel
          expectations={document.expectations}
          myRole={myRole}
          names={names}
          actions={actions}
        />
      );
    case 'capability':
      return (
        <GrowthPlanPanel
          goals={document.growthGoals}
          coachingNotes={document.coachingNotes}
          myRole={myRole}
          names={names}
          actions={actions}
        />
      );
    case 'accountability':
      return null;
  }
}
