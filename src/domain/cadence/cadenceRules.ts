/**
 * The thresholds of cadence health. Coaching conversations should happen at least monthly and issues be
 * addressed early, so a leader is told when a report has gone a month without a 1:1, has none booked for
 * the coming month, or keeps seeing theirs cancelled.
 */
export const CADENCE_RULES = {
  /** Flag "no 1:1 in the last N days": the last one held is more than N calendar days ago, or none is known. */
  recentDays: 30,
  /** Flag "no 1:1 scheduled in the next N days". */
  scheduledAheadDays: 30,
  /** The window of the held, cancelled and moved counts. */
  historyDays: 90,
  /** Flag when this many 1:1s or more were cancelled in the history window. */
  cancellationsToFlag: 2,
  /** The chart's weeks, the current one included. */
  chartWeeks: 12,
  /**
   * Flag "no recognition in N days": high performers feel unseen when good work goes unremarked, so a
   * leader is told after two months without recording any.
   */
  recognitionDays: 60,
} as const;
