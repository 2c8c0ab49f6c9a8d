// The work queue of a home page: GET /tasks (CONTRACT.md section 7) grouped by what the user must do, most
// urgent first. The API answers each caller's tasks only, so nothing here filters by role.
import { html } from '../html.mjs';
import { KIND_NAMES } from '../domain.mjs';
import { formatDate } from './date-input.mjs';

/** The groups in order of urgency: overdue first, then due, waiting for me, ready for a decision. */
export const GROUPS = [
  ['overdue', 'Overdue'],
  ['due', 'Due'],
  ['waiting', 'Waiting for you'],
  ['decision', 'Ready for a decision'],
];

const GROUP_OF_TYPE = {
  ASSESSMENT_DUE: 'due',
  INTERIM_NEEDED: 'due',
  SIGNATURE_NEEDED: 'waiting',
  ACKNOWLEDGEMENT_NEEDED: 'waiting',
  CORRECTION_NEEDED: 'waiting',
  REVIEW_NEEDED: 'waiting',
  NO_TUTOR: 'waiting',
  DECISION_DUE: 'decision',
};

export const TASK_NAMES = {
  ASSESSMENT_DUE: 'Write the assessment',
  INTERIM_NEEDED: 'Write an interim assessment',
  SIGNATURE_NEEDED: 'Sign',
  ACKNOWLEDGEMENT_NEEDED: 'Acknowledge',
  CORRECTION_NEEDED: 'Correct',
  REVIEW_NEEDED: 'Review',
  DECISION_DUE: 'Decide the outcome',
  NO_TUTOR: 'Assign an induction tutor',
};

/** 'T3-FINAL' → { term: 3, kind: 'FINAL' } (the assessment id names its term and kind, CONTRACT.md section 3). */
export function assessmentOf(assessmentId) {
  const match = String(assessmentId ?? '').match(/^T(\d+)-([A-Z_]+)$/);
  return match ? { term: Number(match[1]), kind: match[2] } : null;
}

/** An overdue task is in 'overdue' whatever its type; the rest by type. */
export function groupOf(task) {
  return task.overdue ? 'overdue' : (GROUP_OF_TYPE[task.type] ?? 'waiting');
}

/** Earliest due date first; a task without a due date after those with one; then by induction, for a stable order. */
function byUrgency(a, b) {
  if (a.dueDate !== b.dueDate) {
    if (!a.dueDate) return 1;
    if (!b.dueDate) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return `${a.inductionId}${a.assessmentId ?? ''}`.localeCompare(`${b.inductionId}${b.assessmentId ?? ''}`);
}

/** The tasks as [{ key, name, tasks }] in the order of GROUPS, each sorted by urgency, empty groups kept. */
export function taskGroups(tasks) {
  return GROUPS.map(([key, name]) => ({ key, name, tasks: tasks.filter((t) => groupOf(t) === key).sort(byUrgency) }));
}

/** Where a task is done: its assessment (or its form when it is to be written), else the induction. */
export function taskHref(task) {
  const induction = `#/inductions/${task.inductionId}`;
  // An assessment still to write has no record yet: its id names the one expected, so go to the induction.
  if (task.type === 'ASSESSMENT_DUE' || task.type === 'INTERIM_NEEDED') return induction;
  return task.assessmentId ? `${induction}/assessments/${task.assessmentId}` : induction;
}

/** The link's words: what to do, to what, for whom ("Review: Final assessment, term 3 (Nia Newton)"). */
export function taskText(task, name) {
  const a = assessmentOf(task.assessmentId);
  const what = a ? `${TASK_NAMES[task.type] ?? task.type}: ${KIND_NAMES[a.kind] ?? a.kind}, term ${a.term}` : TASK_NAMES[task.type] ?? task.type;
  return name ? `${what} (${name})` : what;
}

/** The queue: a count per group, then each non-empty group's tasks. `names`: inductionId → the teacher's name. */
export function workQueue(tasks, names = new Map()) {
  const groups = taskGroups(tasks);
  return html`<section id="work-queue" aria-labelledby="work-queue-title">
    <h2 class="govuk-heading-m" id="work-queue-title">Your work</h2>
    ${tasks.length ? html`<ul class="govuk-list" id="work-counts">${groups.map((g) => html`<li>${g.name}: <strong>${g.tasks.length}</strong></li>`)}</ul>
      ${groups.filter((g) => g.tasks.length).map((g) => html`<h3 class="govuk-heading-s">${g.name} (${g.tasks.length})</h3>
        <ul class="govuk-list govuk-list--bullet" data-group="${g.key}">${g.tasks.map((t) => html`<li>
          <a class="govuk-link" href="${taskHref(t)}">${taskText(t, names.get(t.inductionId))}</a>${t.dueDate ? html`, ${t.overdue ? 'was due' : 'due'} ${formatDate(t.dueDate)}` : ''}
        </li>`)}</ul>`)}`
      : html`<p class="govuk-body">Nothing is waiting for you.</p>`}
  </section>`;
}
