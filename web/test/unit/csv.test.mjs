// The CSV files of bulk work: the template, reading a chosen file, and the API's per-row refusals in words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OUTCOMES_HEADER, REGISTRATION_HEADER, parseCsv, readUpload, rowErrors, template } from '../../src/csv.mjs';

test('given the registration header, when the template is made, then it is the contract header alone with CRLF', () => {
  assert.equal(template(REGISTRATION_HEADER),
    'TRN,Given name,Family name,Date of birth,Email,Programme,Training programme,Start date,FTE,Tutor email\r\n');
});

test('given quoted cells with commas, quotes, line breaks and a BOM, when parsed, then each record keeps its cells', () => {
  const rows = parseCsv('\uFEFFTRN,Name\r\n1234567,"O\'Brien, ""Siân""\nline two"\n\n7654321,Zoë\n');
  assert.deepEqual(rows, [['TRN', 'Name'], ['1234567', 'O\'Brien, "Siân"\nline two'], ['7654321', 'Zoë']]);
});

test('given an error file uploaded again, when read, then its Error message column is allowed and rows are counted', () => {
  const upload = readUpload('TRN,Outcome,Outcome date,Error message\n1234567,PASSED,2026-07-20,\n', OUTCOMES_HEADER);
  assert.equal(upload.expected, true);
  assert.equal(upload.rows.length, 1);
  assert.equal(upload.rows[0].Outcome, 'PASSED');
  assert.equal(readUpload('TRN,Result\n1,2\n', OUTCOMES_HEADER).expected, false);
});

test('given per-row details, when put in words, then each names its row and column and the file problems come first', () => {
  const errors = rowErrors([
    { field: 'row 3: TRN', message: 'must be a 7-digit TRN' },
    { field: 'row 2: Date of birth', message: 'must be a real date (YYYY-MM-DD)' },
    { field: 'header', message: 'must be exactly TRN,Outcome,Outcome date' },
  ]);
  assert.deepEqual(errors, [
    { row: null, column: '', message: 'The first line of the file must be the header: TRN,Outcome,Outcome date' },
    { row: 2, column: 'Date of birth', message: 'Date of birth must be a real date written as year-month-day, like 2025-09-01' },
    { row: 3, column: 'TRN', message: 'Enter a teacher reference number (TRN) of 7 digits, like 1234567' },
  ]);
  assert.equal(rowErrors([{ field: 'body', message: 'must hold 1 to 1000 data rows (it holds 1001)' }])[0].message,
    'The file must have between 1 and 1,000 rows of teachers (it has 1001)');
});

test('given refusals only a passes file gets, when put in words, then they say what to do instead', () => {
  const [failed, unsigned] = rowErrors([
    { field: 'row 1: Outcome', message: 'must be PASSED: FAILED is recorded one induction at a time' },
    { field: 'row 2: Outcome', message: "needs the induction's FINAL assessment signed first" },
  ]);
  assert.equal(failed.message, "Outcome must be PASSED: a fail is recorded on the teacher's induction, one at a time");
  assert.equal(unsigned.message, 'The final assessment must be signed by the headteacher before the pass is recorded');
});
