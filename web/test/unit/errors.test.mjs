// The API's refusals in people's words (errors.mjs): the API keeps its codes, the page shows these.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorDetails, fieldMessage } from '../../src/errors.mjs';

test('given a required field left empty, when mapped, then it asks to enter or select it by its label', () => {
  assert.equal(fieldMessage('Given name', 'is required'), 'Enter given name');
  assert.equal(fieldMessage('Recommendation to the Appropriate Body', 'is required on a FINAL assessment', 'choice'),
    'Select recommendation to the Appropriate Body');
});

test("given the API's date wording, when mapped, then no ISO format or field name reaches the user", () => {
  assert.equal(fieldMessage('Date of birth', 'must be a real date as YYYY-MM-DD'), 'Date of birth must be a real date');
  assert.equal(fieldMessage('End of the period assessed', 'must not be before periodStart'),
    'End of the period assessed must be on or after the start of the period');
  assert.equal(fieldMessage('Outcome date', 'must not be in the future'), 'Outcome date must be today or in the past');
});

test('given an identifier refused, when mapped, then the message says what a good one looks like', () => {
  assert.match(fieldMessage('Teacher reference number (TRN)', 'must be a 7-digit TRN'), /7 digits, like 1234567/);
  assert.match(fieldMessage('Email address', 'must be an email address'), /correct format/);
});

test('given a message no rule knows, when mapped, then it is kept after the label', () => {
  assert.equal(fieldMessage('Summary', 'must be valid Unicode text'), 'Summary must be valid Unicode text');
});

test("given a validation error with details, when its details are asked, then each keeps its field and the API's words to map", () => {
  const error = { status: 400, code: 'validation_failed', message: 'x', details: [{ field: 'urn', message: 'must be a 6-digit URN' }] };
  assert.deepEqual(errorDetails(error), [{ field: 'urn', message: 'must be a 6-digit URN', api: true }]);
});

test('given a 409 about an email in use, when its details are asked, then it is tied to the email field', () => {
  const error = { status: 409, code: 'conflict', message: 'A user with this email exists already.', details: [] };
  assert.deepEqual(errorDetails(error), [{ field: 'email', message: 'A user with this email address already exists' }]);
});

test('given a 409 without a field, when its details are asked, then its message is shown as it is', () => {
  const error = { status: 409, code: 'conflict', message: 'Only a SUBMITTED assessment can be signed.', details: [] };
  assert.deepEqual(errorDetails(error), [{ message: 'Only a SUBMITTED assessment can be signed.' }]);
});

test('given a server error, when its details are asked, then the user is told to try later, not the internals', () => {
  assert.deepEqual(errorDetails({ status: 500, message: 'NullPointerException', details: [] }),
    [{ message: 'Sorry, there is a problem with the service. Try again later.' }]);
});
