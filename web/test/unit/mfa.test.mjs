// Two-factor sign-in (mfa.mjs): the Key URI the QR code carries, the secret as text, the code as typed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeProblem, otpauthUri, readCode, spacedSecret } from '../../src/mfa.mjs';

test('given a secret and an email, when made a Key URI, then issuer and account are in the label and the issuer is a parameter', () => {
  assert.equal(otpauthUri('JBSWY3DPEHPK3PXP', 'ab.admin+1@example.org'),
    'otpauth://totp/Induction%20records:ab.admin%2B1%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Induction%20records');
});

test('given a secret, when shown as text, then it is in groups of four', () => {
  assert.equal(spacedSecret('JBSWY3DPEHPK3PXPAB'), 'JBSW Y3DP EHPK 3PXP AB');
  assert.equal(spacedSecret(''), '');
});

test('given a code typed as an app shows it, when read, then spaces and dashes are dropped', () => {
  assert.deepEqual(readCode(' 123 456 '), { code: '123456' });
  assert.deepEqual(readCode('123-456'), { code: '123456' });
});

test('given no code or not six digits, when read, then the code field is refused in words', () => {
  assert.equal(readCode('').error.message, 'Enter the 6-digit code from your authenticator app');
  assert.equal(readCode(undefined).error.field, 'code');
  assert.equal(readCode('12345').error.message, 'The code must be 6 digits');
  assert.equal(readCode('12345a').error.message, 'The code must be 6 digits');
});

test("given Cognito's refusals, when mapped, then a wrong or expired code is on the code field and anything else is not mapped", () => {
  assert.equal(codeProblem('CodeMismatchException').field, 'code');
  assert.match(codeProblem('EnableSoftwareTokenMFAException').message, /not correct/);
  assert.match(codeProblem('ExpiredCodeException').message, /expired/);
  assert.equal(codeProblem('NotAuthorizedException'), null);
});
