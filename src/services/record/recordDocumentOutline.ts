import type { Locale } from '../../domain/locale';
import type { PeriodRecord } from '../../domain/record/periodRecord';
import { SUMMARY_SECTION_IDS } from '../../domain/record/periodSummary';
import { formatPeriodDates, formatRecordDate, RECORD_LABELS } from '../../domain/record/recordLabels';

/**
 * The record as a plain outline of headings and paragraphs, in the reader's language: what the Word
 * document (and any other export that needs prose) is made of, so every export says the same thing.
 */
export type OutlineBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string };

export interface RecordOutline {
  /** The running header of every page: the pair and the period. */
  header: string;
  /** One list per section; each section starts on a new page. */
  sections: OutlineBlock[][];
}

export function recordOutline(record: PeriodRecord, locale: Locale, timeZone: string): RecordOutline {
  const labels = RECORD_LABELS[locale];
  const date = (value: string) => formatRecordDate(value, locale, timeZone);
  const pair = labels.pairLine(record.leader.name, record.employee.name);
  const dates = formatPeriodDates(record.period.start, record.period.end, locale);
  const nameOf = (role: 'leader' | 'employee') =>
    role === 'leader' ? record.leader.name : record.employee.name;

  const summary: OutlineBlock[] = [
    { kind: 'title', text: labels.title },
    { kind: 'subtitle', text: `${pair} · ${labels.periodKind[record.period.kind]} · ${dates}` },
    { kind: 'heading', text: labels.summaryHeading },
  ];
  if (record.summary.length === 0) summary.push({ kind: 'paragraph', text: labels.noSummary });
  for (const revision of record.summary) {
    summary.push({
      kind: 'subheading',
      text:
        revision.number > 1
          ? `${labels.revision(revision.number)} · ${labels.revisionAfterAcknowledgement}`
          : labels.revision(revision.number),
    });
    summary.push({ kind: 'paragraph', text: labels.writtenBy(record.leader.name, date(revision.writtenAt)) });
    for (const id of SUMMARY_SECTION_IDS) {
      summary.push({ kind: 'subheading', text: labels.summarySections[id] });
      summary.push({ kind: 'paragraph', text: revision.sections[id] || '—' });
    }
    if (revision.acknowledgement) {
      summary.push({
        kind: 'paragraph',
        text: labels.acknowledgedBy(record.employee.name, date(revision.acknowledgement.at)),
      });
      summary.push({ kind: 'paragraph', text: labels.acknowledgingIsNotAgreeing });
      if (revision.acknowledgement.comment) {
        summary.push({ kind: 'subheading', text: labels.employeeComment(record.employee.name) });
        summary.push({ kind: 'paragraph', text: revision.acknowledgement.comment });
      }
    } else {
      summary.push({ kind: 'paragraph', text: labels.notAcknowledged });
    }
  }

  const priorities: OutlineBlock[] = [{ kind: 'heading', text: labels.priorities }];
  if (record.priorities.length === 0) priorities.push({ kind: 'paragraph', text: labels.noPriorities });
  for (const p of record.priorities) {
    priorities.push({ kind: 'subheading', text: `${p.priority} (${labels.expectationStatus[p.status]})` });
    if (p.whatGoodLooksLike) {
      priorities.push({ kind: 'paragraph', text: `${labels.whatGoodLooksLike}: ${p.whatGoodLooksLike}` });
    }
    if (p.goalLink) priorities.push({ kind: 'paragraph', text: p.goalLink });
    for (const change of p.changes) {
      priorities.push({
        kind: 'bullet',
        text: `${date(change.at)} · ${nameOf(change.by)} · ${change.field}: ${String(change.value ?? '—')}`,
      });
    }
  }

  const growth: OutlineBlock[] = [{ kind: 'heading', text: labels.growthGoals }];
  if (record.growthGoals.length === 0) growth.push({ kind: 'paragraph', text: labels.noGrowthGoals });
  for (const g of record.growthGoals) {
    growth.push({ kind: 'subheading', text: `${g.capability} (${labels.goalStatus[g.status]})` });
    if (g.nextStep) growth.push({ kind: 'paragraph', text: `${labels.nextStep}: ${g.nextStep}` });
    if (g.leaderSupport)
      growth.push({ kind: 'paragraph', text: `${labels.leaderSupport}: ${g.leaderSupport}` });
    for (const note of g.coachingNotes) {
      growth.push({ kind: 'bullet', text: `${date(note.createdAt)} · ${nameOf(note.author)}: ${note.text}` });
    }
  }

  const { commitments: c } = record;
  const percent = c.followThrough === null ? null : Math.round(c.followThrough * 100);
  const commitments: OutlineBlock[] = [
    { kind: 'heading', text: labels.commitments },
    { kind: 'paragraph', text: labels.commitmentCounts(c.made, c.kept, c.dropped, c.open) },
    { kind: 'paragraph', text: labels.followThrough(percent) },
    ...c.items.map(
      (item): OutlineBlock => ({
        kind: 'bullet',
        text: `${item.text} · ${nameOf(item.owner)}${item.dueDate ? ` · ${date(item.dueDate)}` : ''} · ${item.status}`,
      }),
    ),
  ];

  const feedback: OutlineBlock[] = [
    { kind: 'heading', text: labels.feedback },
    {
      kind: 'paragraph',
      text: labels.feedbackCounts(record.feedback.recognition, record.feedback.constructive),
    },
  ];
  if (record.feedback.entries.length === 0) feedback.push({ kind: 'paragraph', text: labels.noFeedback });
  for (const entry of record.feedback.entries) {
    feedback.push({
      kind: 'bullet',
      text: `${date(entry.date)} · ${labels.feedbackKind[entry.kind]} · ${nameOf(entry.author)}: ${entry.text}`,
    });
  }

  const { meetings: m } = record;
  const meetings: OutlineBlock[] = [
    { kind: 'heading', text: labels.meetings },
    { kind: 'paragraph', text: labels.meetingCounts(m.held, m.cancelled, m.moved) },
  ];
  if (m.occurrences.length === 0) meetings.push({ kind: 'paragraph', text: labels.noMeetings });
  for (const meeting of m.occurrences) {
    const moved = meeting.moved ? ` (${labels.moved})` : '';
    meetings.push({
      kind: 'subheading',
      text: `${date(meeting.date)} · ${labels.meetingStatus[meeting.status]}${moved}`,
    });
    for (const note of meeting.notes)
      meetings.push({ kind: 'bullet', text: `${nameOf(note.author)}: ${note.text}` });
  }

  return {
    header: `${labels.title} · ${pair} · ${dates}`,
    sections: [summary, priorities, growth, commitments, feedback, meetings],
  };
}
