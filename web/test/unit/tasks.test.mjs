import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessmentOf, taskGroups, taskHref, taskText } from '../../src/components/tasks.mjs';

const task = (type, extra = {}) => ({ type, inductionId: 'I1', schoolUrn: '100000', overdue: false, ...extra });

test('given tasks of every kind, when grouped, then overdue ones come first whatever their type, then due, waiting and decisions', () => {
  const groups = taskGroups([
    task('DECISION_DUE', { assessmentId: 'T3-FINAL', dueDate: '2026-02-01' }),
    task('SIGNATURE_NEEDED', { assessmentId: 'T1-TERMLY' }),
    task('ASSESSMENT_DUE', { dueDate: '2026-01-07', overdue: true }),
    task('ASSESSMENT_DUE', { inductionId: 'I2', dueDate: '2026-04-20' }),
  ]);
  assert.deepEqual(groups.map((g) => [g.key, g.tasks.map((t) => t.type)]), [
    ['overdue', ['ASSESSMENT_DUE']], ['due', ['ASSESSMENT_DUE']], ['waiting', ['SIGNATURE_NEEDED']], ['decision', ['DECISION_DUE']]]);
});

test('given tasks in one group, when grouped, then the earliest due date comes first and a task without one last', () => {
  const [overdue] = taskGroups([
    task('ASSESSMENT_DUE', { inductionId: 'I3', overdue: true, dueDate: '2026-04-20' }),
    task('CORRECTION_NEEDED', { inductionId: 'I4', overdue: true }),
    task('ASSESSMENT_DUE', { inductionId: 'I5', overdue: true, dueDate: '2026-01-07' }),
  ]);
  assert.deepEqual(overdue.tasks.map((t) => t.inductionId), ['I5', 'I3', 'I4']);
});

test('given a task on an assessment, when shown, then it links to the assessment and names its kind, term and teacher', () => {
  const t = task('REVIEW_NEEDED', { assessmentId: 'T3-FINAL' });
  assert.equal(taskHref(t), '#/inductions/I1/assessments/T3-FINAL');
  assert.equal(taskText(t, 'Nia Newton'), 'Review: Final assessment, term 3 (Nia Newton)');
  assert.deepEqual(assessmentOf('T12-PROGRESS_REVIEW'), { term: 12, kind: 'PROGRESS_REVIEW' });
});

test('given a task without an assessment, when shown, then it links to the induction', () => {
  assert.equal(taskHref(task('NO_TUTOR')), '#/inductions/I1');
  assert.equal(taskText(task('NO_TUTOR')), 'Assign an induction tutor');
});
