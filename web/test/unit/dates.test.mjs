// Dates as people type and read them (components/date-input.mjs): three fields in, ISO to the API,
// "1 September 2025" on the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exampleOf, formatDate, parseDate, today } from '../../src/components/date-input.mjs';

test('given an ISO date, when formatted, then it reads day month-name year without a leading zero', () => {
  assert.equal(formatDate('2025-09-01'), '1 September 2025');
  assert.equal(formatDate('2027-12-31'), '31 December 2027');
  assert.equal(formatDate('2026-02-05T10:00:00Z'), '5 February 2026');
});

test('given something that is not an ISO date, when formatted, then it is shown as it is', () => {
  assert.equal(formatDate(''), '');
  assert.equal(formatDate(undefined), '');
  assert.equal(formatDate('soon'), 'soon');
});

test('given a real date in three fields, when parsed, then it is the ISO date, padded', () => {
  assert.deepEqual(parseDate('Date of birth', '27', '2', '1997'), { iso: '1997-02-27' });
  assert.deepEqual(parseDate('Date of birth', ' 7 ', '09', '2020'), { iso: '2020-09-07' });
  assert.deepEqual(parseDate('Start date', '1', 'sep', '2025'), { iso: '2025-09-01' });
  assert.deepEqual(parseDate('Start date', '29', '2', '2024'), { iso: '2024-02-29' });
});

test('given three empty fields, when parsed, then there is no date and no error (the API says if it is required)', () => {
  assert.deepEqual(parseDate('Start date', '', '', ''), {});
});

test('given a date that does not exist, when parsed, then the error says it must be a real date', () => {
  assert.equal(parseDate('Date of birth', '30', '2', '1997').error, 'Date of birth must be a real date');
  assert.equal(parseDate('Date of birth', '29', '2', '2023').error, 'Date of birth must be a real date');
  assert.equal(parseDate('Date of birth', '1', '13', '2023').error, 'Date of birth must be a real date');
  assert.equal(parseDate('Date of birth', 'x', '1', '2023').error, 'Date of birth must be a real date');
});

test('given a field missing, when parsed, then the error names what is missing and the part to fix', () => {
  assert.deepEqual(parseDate('Start date', '1', '', '2025'), { error: 'Start date must include a month', part: 'month' });
  assert.deepEqual(parseDate('Start date', '', '', '2025'), { error: 'Start date must include a day and a month', part: 'day' });
  assert.deepEqual(parseDate('Start date', '1', '9', '25'), { error: 'Year must include 4 numbers', part: 'year' });
});

test('given an ISO date, when made a hint, then it is in the order of the fields', () => {
  assert.equal(exampleOf('2020-09-01'), 'For example, 1 9 2020');
});

test("given an instant near midnight UTC in summer, when today is asked, then it is London's date", () => {
  assert.equal(today(new Date('2026-06-30T23:30:00Z')), '2026-07-01');
  assert.equal(today(new Date('2026-12-31T23:30:00Z')), '2026-12-31');
});
