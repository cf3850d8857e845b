/**
 * English strings of the performance conversation parts of the agenda (priorities, growth plan,
 * feedback, the preparation brief). Kept apart from `messages.en.ts` so the feature's words sit together;
 * French (Canada) must provide every key: `PerformanceMessages` makes the compiler check it.
 */

const pluralRules = new Intl.PluralRules('en');
const plural = (count: number, one: string, other: string) =>
  pluralRules.select(count) === 'one' ? one : other;

export const performanceEn = {
  expectationsHeading: 'Priorities',
  expectationsEmpty: 'No priorities yet. Agree on what matters most and what good looks like.',
  proposePriority: 'Propose a priority',
  priorityLabel: 'Priority',
  whatGoodLooksLikeLabel: 'What good looks like',
  goalLinkLabel: 'Connects to (team or organisation goal, optional)',
  reviewDateLabel: 'Review on (optional)',
  reviewOn: (date: string) => `Review on ${date}`,
  connectsTo: (goal: string) => `Connects to: ${goal}`,
  statusLabel: 'Status',
  expectationStatus: { active: 'Active', achieved: 'Achieved', retired: 'Retired' },
  growthStatus: { active: 'Active', paused: 'Paused', achieved: 'Achieved', retired: 'Retired' },
  proposedBadge: 'Proposed',
  confirmedBadge: 'Confirmed',
  confirm: 'Confirm',
  confirmLabel: (title: string) => `Confirm ${title}`,
  awaitingLeader: (name: string) => `Waiting for ${name} to confirm`,
  changedOn: (date: string, name: string) => `Changed on ${date} by ${name}`,
  you: 'you',
  showHistory: 'History',
  historyLabel: (title: string) => `History of ${title}`,
  historyField: {
    priority: 'priority',
    whatGoodLooksLike: 'what good looks like',
    goalLink: 'connects to',
    reviewDate: 'review date',
    status: 'status',
    confirmed: 'confirmed',
    deleted: 'deleted',
  } as Record<string, string>,
  historyEntry: (date: string, name: string, field: string, value: string) =>
    `${date}, ${name}: ${field} → ${value}`,
  cleared: '(cleared)',
  growthHeading: 'Growth plan',
  growthEmpty: 'No growth goals yet. Pick a skill to build and a first step.',
  proposeGoal: 'Propose a growth goal',
  capabilityLabel: 'Skill or capability',
  nextStepLabel: 'Next step',
  leaderSupportLabel: 'Support from the leader',
  nextStep: (text: string) => `Next step: ${text}`,
  leaderSupport: (text: string) => `Support: ${text}`,
  coachingNotes: (count: number) => plural(count, `${count} coaching note`, `${count} coaching notes`),
  addCoachingNoteLabel: (goal: string) => `Add a coaching note on ${goal}`,
  coachingNotePlaceholder: 'What you discussed, what to try next',
  feedbackHeading: 'Feedback and recognition',
  feedbackSinceEmpty: 'No feedback recorded since your last 1:1.',
  recordFeedback: 'Record feedback',
  feedbackKindLabel: 'Kind',
  feedbackKind: { recognition: 'Recognition', constructive: 'Constructive' },
  feedbackTextLabel: 'What happened and why it matters',
  feedbackDateLabel: 'Date',
  feedbackLinkLabel: 'About (optional)',
  noLink: 'Nothing specific',
  feedbackBy: (name: string, date: string) => `${name}, ${date}`,
  briefHeading: 'Since your last 1:1',
  briefFirst: 'This is your first 1:1 together.',
  daysSinceLast: (days: number) =>
    days === 0
      ? 'Your last 1:1 was today.'
      : plural(days, 'Your last 1:1 was 1 day ago.', `Your last 1:1 was ${days} days ago.`),
  briefTopics: (name: string, count: number) =>
    plural(count, `1 topic from ${name}`, `${count} topics from ${name}`),
  briefActionItems: (count: number) => plural(count, '1 action item due', `${count} action items due`),
  overdue: 'Overdue',
  briefFeedback: (count: number) => plural(count, '1 piece of feedback', `${count} pieces of feedback`),
  briefExpectations: (count: number) => plural(count, '1 priority changed', `${count} priorities changed`),
  briefGoals: (count: number) => plural(count, '1 growth goal changed', `${count} growth goals changed`),
  briefNothing: 'Nothing new since then.',
  addSupportLabel: (goal: string) => `Add the support you give for ${goal}`,
  addSupportPlaceholder: 'Time, a contact, a course, feedback…',
  lastRecognition: 'Last recognition',
  noRecognitionYet: 'None recorded yet',
  noSharedSpace: 'No shared agenda yet',
  flagNoRecognition: 'No recognition in 60 days',
  guidesTitle: 'Situation guides (only you see these)',
  guidesHelp:
    'Short prompts for the conversations that are hard to start. They stay in your own template, never in the shared agenda.',
  editGuide: (title: string) => `Edit ${title}`,
  edit: 'Edit',
  guideSuggested: 'Back to the suggested prompts',
  guideField: (title: string) => `${title}: one prompt per line`,
  guideProblem: 'Each line must be 1 to 500 characters, at most 8 lines.',
  delete: 'Delete',
  deleteLabel: (title: string) => `Delete ${title}`,
};

export type PerformanceMessages = typeof performanceEn;
