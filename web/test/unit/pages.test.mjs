// The pure parts of pages: what the assessment form sends, and the inductions list's URL and API path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessmentBody } from '../../src/pages/assessment-form.mjs';
import { apiPathOf, filterOf, hrefOf } from '../../src/pages/inductions.mjs';
import { academicYears } from '../../src/pages/exports.mjs';

test('given an optional term with one rating left in the unticked reveal, when sent, then no standards are sent', () => {
  const body = assessmentBody({ rateStandards: undefined, 'standards.TS1.rating': 'MEETING', progress: 'SATISFACTORY', daysAbsent: '2' }, 'TERMLY', 1);
  assert.deepEqual(body, { kind: 'TERMLY', term: 1, periodStart: undefined, periodEnd: undefined, daysAbsent: 2, progress: 'SATISFACTORY' });
});

test('given an optional term the tutor chose to rate, when sent, then the ratings go (the API asks for all nine)', () => {
  const body = assessmentBody({ rateStandards: 'yes', 'standards.TS1.rating': 'MEETING', 'standards.TS1.comment': 'Good' }, 'PROGRESS_REVIEW', 2);
  assert.deepEqual(body.standards, { TS1: { rating: 'MEETING', comment: 'Good' } });
});

test('given a final assessment, when sent, then its standards and recommendation go whatever the reveal', () => {
  const body = assessmentBody({ 'standards.TS2.rating': 'NOT_MEETING', recommendation: 'EXTEND' }, 'FINAL', 3);
  assert.deepEqual(body.standards, { TS2: { rating: 'NOT_MEETING', comment: undefined } });
  assert.equal(body.recommendation, 'EXTEND');
  assert.equal(assessmentBody({ interim: 'yes', recommendation: 'PASS' }, 'FINAL', 3).recommendation, undefined);
});

test('given no status in the URL, when the filter is read, then it is in progress: finished records are hidden by default', () => {
  const filter = filterOf(new URLSearchParams(''));
  assert.deepEqual(filter, { q: '', status: 'IN_PROGRESS', urn: '', due: '', page: 1 });
  assert.equal(filterOf(new URLSearchParams('status=BOGUS&page=-3')).status, 'IN_PROGRESS');
  assert.equal(filterOf(new URLSearchParams('status=BOGUS&page=-3')).page, 1);
});

test('given a filter, when made a link and an API path, then only what is set is in the link and the API gets one request', () => {
  assert.equal(hrefOf({ q: '', status: 'IN_PROGRESS', urn: '' }), '#/inductions');
  assert.equal(hrefOf({ q: 'newt', status: 'PASSED', urn: '100001' }, 2), '#/inductions?q=newt&status=PASSED&urn=100001&page=2');
  assert.equal(apiPathOf({ q: 'O Brien', status: 'IN_PROGRESS', urn: '' }), '/inductions?status=IN_PROGRESS&limit=25&q=O+Brien');
});

test('given a day in July or in September, when the academic years are listed, then the one under way is second, by its starting year', () => {
  assert.deepEqual(academicYears('2026-07-20').slice(0, 2), [['2026', '2026 to 2027'], ['2025', '2025 to 2026']]);
  assert.deepEqual(academicYears('2026-09-01')[1], ['2026', '2026 to 2027']);
});

test('given the three terms entered, when the term dates are sent, then they go in order with the names the API expects', async () => {
  const { termDatesBody, yearName } = await import('../../src/pages/term-dates.mjs');
  const body = termDatesBody({ academicYear: '2025', 'terms[0].start': '2025-09-01', 'terms[0].end': '2025-12-19',
    'terms[1].start': '2026-01-05', 'terms[1].end': '2026-03-27', 'terms[2].start': '2026-04-13', 'terms[2].end': '2026-07-22' });
  assert.deepEqual(body, { terms: [
    { name: 'AUTUMN', start: '2025-09-01', end: '2025-12-19' },
    { name: 'SPRING', start: '2026-01-05', end: '2026-03-27' },
    { name: 'SUMMER', start: '2026-04-13', end: '2026-07-22' }] });
  assert.equal(yearName(2025), '2025 to 2026');
});

test('given an assessment to correct, when the form is filled from it, then what it sends is what it said', async () => {
  const { formPairs } = await import('../../src/pages/assessment-form.mjs');
  const a = { kind: 'FINAL', term: 3, periodStart: '2021-04-19', periodEnd: '2021-07-20', daysAbsent: 1, progress: 'SATISFACTORY',
    standards: { TS1: { rating: 'MEETING', comment: 'Secure.' } }, recommendation: 'PASS', summary: 'Good.' };
  const v = {};
  for (const [k, value] of formPairs(a)) v[k] = value;
  assert.equal(v['periodStart.day'], '19');
  assert.equal(v['periodStart.month'], '4');
  const sent = assessmentBody({ ...v, periodStart: a.periodStart, periodEnd: a.periodEnd }, 'FINAL', 3);
  assert.deepEqual(sent, { kind: 'FINAL', term: 3, periodStart: '2021-04-19', periodEnd: '2021-07-20', daysAbsent: 1, progress: 'SATISFACTORY',
    standards: { TS1: { rating: 'MEETING', comment: 'Secure.' } }, recommendation: 'PASS', summary: 'Good.' });
});

test('given an assessment, when the AB admin reviews it, then a progress review may be returned but not approved, and only once signed', async () => {
  const { reviewActions } = await import('../../src/pages/assessment.mjs');
  assert.deepEqual(reviewActions({ status: 'SIGNED', kind: 'FINAL' }, 'AB_ADMIN'), ['APPROVE', 'RETURN']);
  assert.deepEqual(reviewActions({ status: 'SIGNED', kind: 'PROGRESS_REVIEW' }, 'AB_ADMIN'), ['RETURN']);
  assert.deepEqual(reviewActions({ status: 'APPROVED', kind: 'FINAL' }, 'AB_ADMIN'), ['RETURN']);
  assert.deepEqual(reviewActions({ status: 'SUBMITTED', kind: 'FINAL' }, 'AB_ADMIN'), []);
  assert.deepEqual(reviewActions({ status: 'SIGNED', kind: 'FINAL' }, 'HEADTEACHER'), []);
});

test('given a returned assessment, when the assigned tutor or the headteacher looks, then they may correct it and no one else', async () => {
  const { correctable } = await import('../../src/pages/assessment-form.mjs');
  const induction = { tutorUserId: 'U1', schoolUrn: '100000' };
  assert.equal(correctable({ status: 'RETURNED' }, { role: 'INDUCTION_TUTOR', userId: 'U1' }, induction), true);
  assert.equal(correctable({ status: 'RETURNED' }, { role: 'INDUCTION_TUTOR', userId: 'U2' }, induction), false);
  assert.equal(correctable({ status: 'SUBMITTED' }, { role: 'HEADTEACHER', schoolUrn: '100000' }, induction), true);
  assert.equal(correctable({ status: 'SIGNED' }, { role: 'HEADTEACHER', schoolUrn: '100000' }, induction), false);
});
