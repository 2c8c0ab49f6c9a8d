// The lists' pure parts: the due filter on the server's nextAssessment, the inductions filter's URL and page
// size, the schools search, the users' links, and the terms to assess taken from the server's schedule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesDue } from '../../src/components/next-assessment.mjs';
import { manages, newUserBody } from '../../src/components/users.mjs';
import { openTerms } from '../../src/pages/induction.mjs';
import { apiPathOf, filterOf, hrefOf, statusLine } from '../../src/pages/inductions.mjs';
import { byName, schoolsHref, searchOf } from '../../src/pages/schools.mjs';
import { usersHref } from '../../src/pages/users.mjs';
import { answerRows } from '../../src/pages/assessment-form.mjs';

const overdue = { nextAssessment: { term: 1, kind: 'PROGRESS_REVIEW', dueDate: '2026-01-07', status: 'OVERDUE' } };
const due = { nextAssessment: { term: 4, kind: 'PROGRESS_REVIEW', status: 'DUE' } };
const upcoming = { nextAssessment: { term: 2, kind: 'TERMLY', dueDate: '2027-01-07', status: 'UPCOMING' } };
const finished = {};

test('given the server\'s status of each next assessment, when filtered on due or overdue, then only those match', () => {
  const all = [overdue, due, upcoming, finished];
  assert.deepEqual(all.filter((i) => matchesDue(i, '')), all);
  assert.deepEqual(all.filter((i) => matchesDue(i, 'DUE')), [overdue, due]);
  assert.deepEqual(all.filter((i) => matchesDue(i, 'OVERDUE')), [overdue]);
});

test('given a due filter, when read from the URL, then it holds for inductions in progress only and asks for pages of 100', () => {
  assert.equal(filterOf(new URLSearchParams('due=OVERDUE')).due, 'OVERDUE');
  assert.equal(filterOf(new URLSearchParams('due=OVERDUE&status=PASSED')).due, '', 'a finished induction has no next assessment');
  assert.equal(filterOf(new URLSearchParams('due=SOON')).due, '');
  const filter = filterOf(new URLSearchParams('due=DUE&q=newt'));
  assert.equal(hrefOf(filter, 2), '#/inductions?q=newt&due=DUE&page=2');
  assert.equal(apiPathOf(filter), '/inductions?status=IN_PROGRESS&limit=100&q=newt');
  assert.equal(statusLine({ filter: { ...filter, page: 1 }, items: [overdue], read: 100 }, new Map()),
    'Page 1: 1 in progress induction with an assessment due or overdue matching “newt” (of 100 on this page)');
});

test('given a search of the schools, when it is 6 digits, then it is a URN; otherwise part of a name, in any case', () => {
  assert.deepEqual(searchOf(' 123456 '), { by: 'urn', q: '123456' });
  assert.deepEqual(searchOf('hill'), { by: 'name', q: 'hill' });
  assert.deepEqual(searchOf(''), { by: 'none', q: '' });
  const schools = [{ urn: '100001', name: 'Hill Top Primary' }, { urn: '100002', name: 'Valley School' }];
  assert.deepEqual(byName(schools, 'TOP'), [schools[0]]);
  assert.equal(schoolsHref('hill', 2), '#/schools?q=hill&page=2');
  assert.equal(schoolsHref(''), '#/schools');
});

test('given the users list, when linked, then the AB admin\'s names the school and a coordinator\'s is its own', () => {
  assert.equal(usersHref('100001', 2), '#/users?urn=100001&page=2');
  assert.equal(usersHref('100001', 1, { admin: false }), '#/users');
});

test('given the tiers, when the users are listed, then each caller manages only the roles below it, never itself', () => {
  const admin = { role: 'AB_ADMIN', userId: 'A' };
  const coordinator = { role: 'INDUCTION_COORDINATOR', userId: 'C' };
  assert.equal(manages(admin, { role: 'INDUCTION_COORDINATOR', userId: 'C' }), true);
  assert.equal(manages(admin, { role: 'HEADTEACHER', userId: 'H' }), false);
  assert.equal(manages(coordinator, { role: 'HEADTEACHER', userId: 'H' }), true);
  assert.equal(manages(coordinator, { role: 'INDUCTION_COORDINATOR', userId: 'C' }), false);
  assert.equal(manages({ role: 'HEADTEACHER', userId: 'H' }, { role: 'INDUCTION_TUTOR', userId: 'T' }), false);
});

test('given a new user checked before sending, when sent, then the AB admin\'s is a coordinator and a TRN goes only when given', () => {
  assert.deepEqual(newUserBody({ givenName: 'Cora', familyName: 'C', email: 'c@x.org', role: 'NQT' }, { role: 'AB_ADMIN' }),
    { email: 'c@x.org', givenName: 'Cora', familyName: 'C', role: 'INDUCTION_COORDINATOR' });
  assert.equal(newUserBody({ role: 'NQT', trn: '1234567' }, { role: 'INDUCTION_COORDINATOR' }).trn, '1234567');
});

test('given the server\'s schedule, when the terms to assess are listed, then they are its terms not done, with its kinds', () => {
  const schedule = [{ term: 1, kind: 'PROGRESS_REVIEW', status: 'DONE' }, { term: 2, kind: 'PROGRESS_REVIEW', status: 'OVERDUE' },
    { term: 3, kind: 'FORMAL', status: 'UPCOMING' }];
  assert.deepEqual(openTerms(schedule), [{ term: 2, kind: 'PROGRESS_REVIEW' }, { term: 3, kind: 'FORMAL' }]);
  assert.deepEqual(openTerms(null), [], 'no schedule (a school the teacher left): nothing offered');
});

test('given an assessment to check, when its answers are listed, then they follow the form and say what is left out', () => {
  const rows = answerRows({ kind: 'FINAL', term: 3, periodStart: '2021-04-19', periodEnd: '2021-07-20', daysAbsent: 1, progress: 'SATISFACTORY',
    standards: { TS1: { rating: 'MEETING', comment: 'Secure.' } } });
  assert.deepEqual(rows.map(([k]) => k), ['Assessment', 'Period assessed', 'Days absent', 'Progress',
    'TS1: Set high expectations which inspire, motivate and challenge pupils', 'Recommendation', 'Summary']);
  assert.deepEqual(rows[1], ['Period assessed', '19 April 2021 to 20 July 2021']);
  assert.deepEqual(rows[4][1], 'Meeting: Secure.');
  assert.deepEqual(rows[5], ['Recommendation', 'None']);
  assert.ok(answerRows({ kind: 'TERMLY', term: 1 }).some(([k, v]) => k === "Teachers' Standards" && v === 'Not rated this term'));
});
