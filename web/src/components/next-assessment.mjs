// An induction's next assessment as a list item carries it (CONTRACT.md section 6, nextAssessment: term, kind,
// and on lists dueDate and status, computed by the server from the AB's term dates): shown, and filtered on
// (due, overdue) with no request per induction and no schedule rule in the browser.
import { html } from '../html.mjs';
import { KIND_NAMES, label } from '../domain.mjs';
import { formatDate } from './date-input.mjs';
import { tag } from './tag.mjs';

/** A schedule status's tag colour (as the tag of a record's status that means the same). */
export const SCHEDULE_COLOURS = { DONE: 'ACKNOWLEDGED', DUE: 'SUBMITTED', OVERDUE: 'FAILED', UPCOMING: 'INVITED' };

/** The due filter's values: any, due now (the term has begun, overdue included), overdue only. */
export const DUE_FILTERS = [['', 'Any'], ['DUE', 'Due now or overdue'], ['OVERDUE', 'Overdue']];

/** Does the induction's next assessment match the due filter ('' matches every induction)? */
export function matchesDue(induction, due) {
  if (!due) return true;
  const status = induction.nextAssessment?.status;
  return due === 'OVERDUE' ? status === 'OVERDUE' : status === 'DUE' || status === 'OVERDUE';
}

/** " [Overdue] was due 7 January 2026" after the next assessment's name, from the server's status and date. */
export function nextAssessmentText(next) {
  if (!next?.status) return '';
  const when = next.dueDate ? ` ${next.status === 'OVERDUE' ? 'was due' : 'due'} ${formatDate(next.dueDate)}` : '';
  return html` ${tag(SCHEDULE_COLOURS[next.status], label(next.status))}${when}`;
}

/** The next assessment's cell: "Term 1: Progress review" and its status. */
export function nextAssessmentCell(induction) {
  const next = induction.nextAssessment;
  if (!next) return '';
  return html`Term ${next.term}: ${KIND_NAMES[next.kind]}${nextAssessmentText(next)}`;
}
