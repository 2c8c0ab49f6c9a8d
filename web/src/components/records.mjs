// Views of inductions and assessments that several pages show: the induction table, the induction's
// summary list and the assessment table.
import { html } from '../html.mjs';
import { KIND_NAMES, label, shownTerms, teacherName } from '../domain.mjs';
import { formatDate } from './date-input.mjs';
import { nextAssessmentCell } from './next-assessment.mjs';
import { summaryList } from './summary-list.mjs';
import { table } from './table.mjs';
import { tag } from './tag.mjs';

/**
 * Inductions as a table; `extra(induction)` fills the last column ("Next step"); `next` adds the next
 * assessment with its due date and status, as the list item carries them (components/next-assessment.mjs).
 */
export function inductionTable(inductions, extra = () => '', { caption = 'Inductions', last = 'Next step', next = false } = {}) {
  return table({
    caption,
    head: ['Teacher', 'TRN', 'Programme', 'Started', 'Status', ...(next ? ['Next assessment'] : []), last],
    rows: inductions.map((i) => [
      html`<a class="govuk-link" href="#/inductions/${i.inductionId}">${teacherName(i)}</a>`,
      i.teacher.trn, i.programme, formatDate(i.startDate), tag(i.status), ...(next ? [nextAssessmentCell(i)] : []), extra(i),
    ]),
  });
}

/** `schedule`: the server's (GET .../schedule items), when the page has it: its terms are the induction's. */
export function inductionSummary(i, schedule) {
  return summaryList([
    ['Teacher', teacherName(i)],
    ['TRN', i.teacher.trn],
    ['Programme', schedule?.length ? `${i.programme} (${schedule.length} terms)` : i.programme],
    ['Start date', formatDate(i.startDate)],
    ['Status', tag(i.status)],
    ['Outcome', i.outcome ? `${label(i.outcome)} on ${formatDate(i.outcomeDate)}` : ''],
    ['Terms served', i.termsRequired !== undefined ? `${shownTerms(i.termsServed)} of ${shownTerms(i.termsRequired)} FTE terms required` : ''],
    ['Absence', i.absence?.length ? html`${i.absence.map((y) => html`Year ${y.year}: ${y.daysAbsent} days absent (${y.statutoryLeaveDays} statutory leave)${Number(y.extensionTerms) > 0 ? `, extended by ${shownTerms(y.extensionTerms)} terms` : ''}<br>`)}` : ''],
    ['Extensions', i.extensions?.length ? html`${i.extensions.map((e) => html`${shownTerms(e.terms)} terms (${label(e.source)}): ${e.reason}<br>`)}` : ''],
    ['Reductions', i.reductions?.length ? html`${i.reductions.map((r) => html`${shownTerms(r.terms)} terms: ${r.reason}<br>`)}` : ''],
    ['Closed because', i.closeReason ? label(i.closeReason) : ''],
    ['Legal hold', i.legalHold ? 'Yes' : ''],
  ]);
}

const END_REASONS = { LEFT: 'Left the school', FTE_CHANGED: 'FTE changed', CLOSED: 'Closed' };

/** The induction's periods (CONTRACT.md section 6): where, when, at what FTE, and the FTE terms served. */
export function periodTable(induction) {
  if (!induction.periods?.length) return '';
  return table({
    caption: 'Periods',
    head: ['School (URN)', 'From', 'To', 'FTE', 'FTE terms served', 'Ended'],
    rows: induction.periods.map((p) => [
      p.schoolUrn, formatDate(p.startDate), p.endDate ? formatDate(p.endDate) : 'Now', String(p.fte),
      shownTerms(p.termsServed), p.endReason ? END_REASONS[p.endReason] : '',
    ]),
  });
}

export function assessmentTable(induction, assessments) {
  if (!assessments.length) return html`<p class="govuk-body">No assessments yet.</p>`;
  return table({
    caption: 'Assessments',
    head: ['Term', 'Assessment', 'Progress', 'Status'],
    rows: assessments.map((a) => [
      a.term,
      html`<a class="govuk-link" href="#/inductions/${induction.inductionId}/assessments/${a.assessmentId}">${KIND_NAMES[a.kind]}<span class="govuk-visually-hidden">, term ${a.term}</span></a>`,
      label(a.progress), tag(a.status),
    ]),
  });
}

/** Each induction with its assessments (one request per induction: a school's or a tutor's few). */
export async function withAssessments(api, inductions) {
  return Promise.all(inductions.map(async (induction) => ({
    induction, assessments: await api.all(`/inductions/${encodeURIComponent(induction.inductionId)}/assessments`),
  })));
}
