import type { PeriodSummary, SummarySections } from './periodSummary';

function sectionsOf(value: SummarySections): SummarySections {
  return {
    direction: value.direction,
    capability: value.capability,
    accountability: value.accountability,
    relationship: value.relationship,
  };
}

/** A summary with its keys in a fixed order, so equal documents serialize identically. */
export function canonicalPeriodSummary(value: PeriodSummary): PeriodSummary {
  const { acknowledgement, stamps } = value;
  return {
    id: value.id,
    periodStart: value.periodStart,
    periodEnd: value.periodEnd,
    createdAt: value.createdAt,
    previousRevisionId: value.previousRevisionId,
    sections: sectionsOf(value.sections),
    acknowledgement:
      acknowledgement === null
        ? null
        : {
            comment: acknowledgement.comment,
            sections: sectionsOf(acknowledgement.sections),
            sectionsWrittenAt: acknowledgement.sectionsWrittenAt,
          },
    deleted: value.deleted,
    stamps: {
      sections: { at: stamps.sections.at, by: stamps.sections.by },
      acknowledgement: { at: stamps.acknowledgement.at, by: stamps.acknowledgement.by },
      deleted: { at: stamps.deleted.at, by: stamps.deleted.by },
    },
  };
}
