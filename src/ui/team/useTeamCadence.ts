import { useEffect, useMemo, useState } from 'react';
import { actionItemFacts } from '../../domain/cadence/actionItemFacts';
import { computeTeamCadence, type TeamMemberCadence } from '../../domain/cadence/computeTeamCadence';
import {
  lastRecognitionDate,
  type RecognitionFlag,
  recognitionFlag,
} from '../../domain/cadence/recognitionFlag';
import type { DirectoryPerson } from '../../domain/calendarEvent';
import type { CalendarDate } from '../../domain/space/calendarDate';
import type { TeamMember, TeamOverview } from '../../services/team/loadTeamOverview';

/** The last recognition the leader recorded, and whether it is too long ago; null without a shared space. */
export interface RecognitionFacts {
  last: CalendarDate | null;
  flag: RecognitionFlag | null;
}

export interface TeamRow extends TeamMemberCadence<DirectoryPerson> {
  member: TeamMember;
  recognition: RecognitionFacts | null;
}

/**
 * Every report's cadence, recomputed when a space changes (an item closed from To Do, say). "Now" is when
 * the team was loaded: the calendar read is of that moment too.
 */
export function useTeamCadence(overview: TeamOverview | null, timeZone: string): TeamRow[] {
  const [revision, setRevision] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newly loaded team is the trigger.
  const now = useMemo(() => new Date(), [overview]);
  useEffect(() => {
    if (!overview) return;
    const unsubscribe = overview.members.map((member) =>
      member.space ? member.space.subscribe(() => setRevision((n) => n + 1)) : () => undefined,
    );
    return () => {
      for (const stop of unsubscribe) stop();
    };
  }, [overview]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` is the recompute trigger.
  return useMemo(() => {
    if (!overview) return [];
    const byEmail = new Map(overview.members.map((member) => [member.person.email, member]));
    const rows = computeTeamCadence(
      overview.members.map((member) => {
        const document = member.space?.snapshot().document ?? null;
        return {
          person: member.person,
          input: { ...member.calendar, actionItems: document ? actionItemFacts(document) : null },
        };
      }),
      { now, timeZone },
    );
    return rows.flatMap((row) => {
      const member = byEmail.get(row.person.email);
      if (!member) return [];
      const document = member.space?.snapshot().document ?? null;
      const recognition = document
        ? { last: lastRecognitionDate(document), flag: recognitionFlag(document, { now, timeZone }) }
        : null;
      return [{ ...row, member, recognition }];
    });
  }, [overview, timeZone, now, revision]);
}
