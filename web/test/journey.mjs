// The whole NQT journey in the machine's Chromium, by clicking and typing as each user would, against a
// running local stack: the coordinator's first login to the AB admin's PASSED. axe-core checks every
// page visited; a screenshot of each role's home page is written to the screenshot directory.
//
//   node web/test/journey.mjs <baseUrl> <adminEmail> <adminPassword> <screenshotDir> [formScreenshot.png]
//
// The one step done outside the browser is the mailbox: an invitation's temporary password is only
// e-mailed (cognito-local just logs it), so this script sets a known temporary one with
// AdminSetUserPassword Permanent=false, exactly what an admin reset does, and the user then signs in
// with it and chooses a new password on the page.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [baseUrl, adminEmail, adminPassword, shots, formShot] = process.argv.slice(2);
if (!shots) {
  console.error('usage: journey.mjs <baseUrl> <adminEmail> <adminPassword> <screenshotDir> [formScreenshot.png]');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const started = Date.now();
const run = Date.now().toString().slice(-6);
const TEMPORARY = 'Temporary-Passw0rd!';
const CHOSEN = 'Chosen-Passw0rd-2026!';
const urn = `9${run.slice(-5)}`;
const trn = `7${run}`;
const email = (who) => `${who}.${run}@school.example.org`;
const violations = [];
const step = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);

function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

const config = await (await fetch(new URL('/config.json', baseUrl))).json();

/** The mailbox: a known temporary password for an invited login (Permanent=false, as an admin reset). */
async function deliverInvitation(username) {
  const response = await fetch(config.cognitoEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.AdminSetUserPassword' },
    body: JSON.stringify({ UserPoolId: config.userPoolId, Username: username, Password: TEMPORARY, Permanent: false }),
  });
  assert(response.ok, `AdminSetUserPassword for an invited user: ${response.status} ${await response.text()}`);
}

const userDataDir = mkdtempSync(join(tmpdir(), 'induction-web-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1100, height: 900 },
});
const page = context.pages()[0] ?? await context.newPage();
page.setDefaultTimeout(20000);
page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
page.on('console', (message) => { if (message.type() === 'error') console.log(`console error: ${message.text()}`); });

async function heading(text) {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

async function axe(name) {
  const result = await new AxeBuilder({ page }).analyze();
  for (const v of result.violations) {
    violations.push(`${name}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
}

async function shot(name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function signIn(username, password) {
  await heading('Sign in');
  await page.getByLabel('Email address').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function firstSignIn(username) {
  await deliverInvitation(username);
  await signIn(username, TEMPORARY);
  await heading('Choose a new password');
  await axe('new password');
  await page.getByLabel('New password').fill(CHOSEN);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
}

async function signOut() {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in');
}

async function success(text) {
  await page.locator('.govuk-notification-banner__heading', { hasText: text }).waitFor();
}

let exit = 0;
try {
  await page.goto(baseUrl);
  await heading('Sign in');
  await axe('sign in');

  step('a wrong password is refused on the page, next to the field');
  await signIn(adminEmail, 'Not-The-Passw0rd!');
  await page.locator('.govuk-error-summary').waitFor();
  assert(await page.locator('#f-password-error').isVisible(), 'the sign-in error is shown next to the password');
  await axe('sign in refused');

  step('the AB admin adds a school and authorises its coordinator');
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await heading('Appropriate Body');
  await axe('AB admin home');
  await page.getByLabel('Unique reference number (URN)').fill(urn);
  await page.getByLabel('School name').fill('Hill Top Primary');
  await page.getByRole('button', { name: 'Add school' }).click();
  await success('School Hill Top Primary added');
  await page.getByRole('row', { name: new RegExp(urn) }).getByRole('link', { name: 'Hill Top Primary' }).click();
  await heading('Hill Top Primary');
  await axe('school (AB admin)');
  const coordinatorForm = page.locator('#add-user');
  await coordinatorForm.getByLabel('Given name').fill('Cora');
  await coordinatorForm.getByLabel('Family name').fill('Coordinator');
  await coordinatorForm.getByLabel('Email address').fill(email('coordinator'));
  await page.getByRole('button', { name: 'Authorise coordinator' }).click();
  await success('Cora Coordinator added as induction coordinator');
  await signOut();

  step("the coordinator's first sign-in: temporary password, then a new one");
  await firstSignIn(email('coordinator'));
  await heading('Hill Top Primary');
  await axe('coordinator home');
  const addUser = page.locator('#add-user');
  for (const [given, family, role, who] of [
    ['Hana', 'Head', 'Headteacher', 'head'],
    ['Tom', 'Tutor', 'Induction tutor', 'tutor'],
  ]) {
    await addUser.getByLabel('Given name').fill(given);
    await addUser.getByLabel('Family name').fill(family);
    await addUser.getByLabel('Email address').fill(email(who));
    await addUser.getByLabel(role, { exact: true }).check();
    await page.getByRole('button', { name: 'Add user' }).click();
    await success(`${given} ${family} added`);
  }

  step('the coordinator registers the teacher with the tutor (a bad date first: shown next to its field)');
  const register = page.locator('#register');
  await register.getByLabel('Teacher reference number (TRN)').fill(trn);
  await register.getByLabel('Given name').fill('Nia');
  await register.getByLabel('Family name').fill('Newton');
  await register.getByLabel('Date of birth').fill('1997-02-30');
  await register.getByLabel('Email address (optional)').fill(email('nqt'));
  await register.getByLabel('NQT (3 terms)').check();
  await register.getByLabel('Start date').fill('2020-09-01');
  await register.getByLabel('Full-time equivalent').fill('1');
  await register.getByLabel('Induction tutor').selectOption({ label: 'Tom Tutor' });
  await page.getByRole('button', { name: 'Register teacher' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  const dobError = page.locator('#f-teacher-dateOfBirth-error');
  assert(await dobError.isVisible(), 'the date-of-birth error is shown next to its field');
  await axe('register teacher refused');
  await shot('coordinator-validation-error');
  await register.getByLabel('Date of birth').fill('1997-02-27');
  await page.getByRole('button', { name: 'Register teacher' }).click();
  await success('Nia Newton registered');
  step("the coordinator invites the registered teacher to sign in (a login only for a teacher of the school)");
  await page.getByRole('button', { name: 'Invite to sign in Nia Newton' }).click();
  await success('Nia Newton added as newly qualified teacher');
  assert(await page.getByRole('button', { name: 'Invite to sign in Nia Newton' }).count() === 0,
    'a teacher with a login is not offered a second one');
  await shot('coordinator-home');
  await signOut();

  step("the tutor's first sign-in; the term 1 termly assessment is due next");
  await firstSignIn(email('tutor'));
  await heading('My teachers');
  await axe('tutor home');
  await shot('tutor-home');
  await page.getByRole('link', { name: 'Termly assessment, term 1 for Nia Newton' }).click();
  await heading('Termly assessment, term 1');
  let form = page.locator('#assessment');
  await form.getByLabel('Start of the period assessed').fill('2020-09-01');
  await form.getByLabel('End of the period assessed').fill('2020-12-18');
  await form.getByLabel('Days absent in the period').fill('2');
  await form.getByLabel('Satisfactory', { exact: true }).check();
  await form.getByLabel('Summary').fill('A good first term.');
  await page.getByRole('button', { name: 'Submit assessment' }).click();
  await success('Termly assessment, term 1, submitted');

  step('the tutor fills in the final assessment: TS1-TS8, Part Two, progress, recommendation');
  await page.getByRole('link', { name: 'Nia Newton', exact: true }).click();
  await heading('Nia Newton');
  await axe('induction (tutor)');
  await page.getByRole('link', { name: 'Term 3: Final assessment' }).click();
  await heading('Final assessment, term 3');
  form = page.locator('#assessment');
  await form.getByLabel('Start of the period assessed').fill('2021-04-19');
  await form.getByLabel('End of the period assessed').fill('2021-07-20');
  await form.getByLabel('Days absent in the period').fill('1');
  await form.getByLabel('Of which statutory leave (optional)').fill('1');
  await form.getByLabel('Satisfactory', { exact: true }).check();
  for (const key of ['TS1', 'TS2', 'TS3', 'TS4', 'TS5', 'TS6', 'TS7', 'TS8', 'PART2']) {
    const group = form.locator(`[data-field="standards.${key}.rating"]`);
    await group.getByLabel('Meeting', { exact: true }).check();
    await form.getByLabel(`Comment on ${key === 'PART2' ? 'Part Two' : key}`, { exact: true }).fill(`Secure evidence for ${key}.`);
  }
  await form.getByLabel('Summary').fill('Nia has met the Teachers\' Standards throughout the year.');
  await axe('assessment form');
  if (formShot) await page.screenshot({ path: formShot, fullPage: true });
  await page.getByRole('button', { name: 'Submit assessment' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  assert(await page.locator('[data-field="recommendation"] .govuk-error-message').isVisible(),
    'a FINAL without a recommendation is refused next to the recommendation');
  await axe('assessment form refused');
  await form.getByLabel('Pass', { exact: true }).check();
  await page.getByRole('button', { name: 'Submit assessment' }).click();
  await success('Final assessment, term 3, submitted');
  await signOut();

  step("the headteacher's first sign-in; signs the final assessment");
  await firstSignIn(email('head'));
  await heading('Assessments waiting for your signature');
  await axe('headteacher home');
  await shot('headteacher-home');
  await page.getByRole('link', { name: 'Nia Newton: Final assessment, term 3' }).click();
  await heading('Final assessment, term 3');
  await axe('assessment (headteacher)');
  await page.getByRole('button', { name: 'Sign assessment' }).click();
  await success('Final assessment, term 3, signed');
  await signOut();

  step("the NQT's first sign-in; acknowledges the final assessment with a comment");
  await firstSignIn(email('nqt'));
  await heading('My induction');
  await axe('NQT home');
  await shot('nqt-home');
  await page.getByRole('link', { name: /^Final assessment,? ?,? term 3$/ }).click();
  await heading('Final assessment, term 3');
  await page.getByLabel('Your comment (optional)').fill('Thank you for a supportive year.');
  await axe('assessment (NQT)');
  await page.getByRole('button', { name: 'Acknowledge assessment' }).click();
  await success('Final assessment, term 3, acknowledged');
  await signOut();

  step("the AB admin records PASSED");
  await signIn(adminEmail, adminPassword);
  await heading('Appropriate Body');
  await shot('ab-admin-home');
  await page.getByRole('row', { name: new RegExp(trn) }).getByRole('link', { name: 'Record the outcome for Nia Newton' }).click();
  await heading('Nia Newton');
  assert(await page.locator('.govuk-summary-list', { hasText: 'FTE terms required' }).isVisible(), 'terms served and required are shown');
  assert(await page.getByRole('button', { name: 'Record extension' }).isVisible(), 'the AB admin may record an extension');
  assert(await page.getByRole('button', { name: 'Record reduction' }).isVisible(), 'the AB admin may record a reduction');
  await axe('induction (AB admin)');
  await page.getByLabel('Passed', { exact: true }).check();
  await page.getByRole('button', { name: 'Record outcome' }).click();
  await success('Outcome recorded: Nia Newton passed');
  await axe('AB admin home after the outcome');
  await page.getByRole('row', { name: new RegExp(urn) }).getByRole('link', { name: 'Hill Top Primary' }).click();
  await heading('Hill Top Primary');
  const row = page.locator('tr', { hasText: trn });
  assert((await row.innerText()).includes('Passed'), 'the induction is PASSED');

  step('the AB admin puts the record under legal hold');
  await row.getByRole('link', { name: 'Nia Newton' }).click();
  await heading('Nia Newton');
  await page.getByLabel('Yes, hold it').check();
  await page.getByLabel('Reason').fill('Requested by the local authority.');
  await page.getByRole('button', { name: 'Save legal hold' }).click();
  await success('Legal hold saved');
  assert(await page.locator('.govuk-summary-list', { hasText: 'Legal hold' }).isVisible(), 'the hold is shown');
  await axe('induction under legal hold (AB admin)');
  await signOut();

  step("a suspension takes effect at once: the admin clicks Suspend while the coordinator's page is open; signing in again shows the same page");
  await signIn(email('coordinator'), CHOSEN);
  await heading('Hill Top Primary');
  const adminPage = await context.newPage();
  await adminPage.goto(baseUrl);
  await adminPage.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await adminPage.getByLabel('Email address').fill(adminEmail);
  await adminPage.getByLabel('Password').fill(adminPassword);
  await adminPage.getByRole('button', { name: 'Sign in' }).click();
  await adminPage.getByRole('row', { name: new RegExp(urn) }).getByRole('link', { name: 'Hill Top Primary' }).click();
  await adminPage.getByRole('button', { name: 'Suspend Cora Coordinator' }).click();
  await adminPage.locator('.govuk-notification-banner__heading', { hasText: 'Cora Coordinator is now suspended' }).waitFor();
  const addLate = page.locator('#add-user');
  await addLate.getByLabel('Given name').fill('Late');
  await addLate.getByLabel('Family name').fill('Arrival');
  await addLate.getByLabel('Email address').fill(email('late'));
  await addLate.getByLabel('Headteacher', { exact: true }).check();
  await page.getByRole('button', { name: 'Add user' }).click();
  await heading('Your account cannot be used');
  await axe('suspended');
  await page.getByRole('link', { name: 'Sign in again' }).click();
  assert(await page.getByRole('button', { name: 'Sign out' }).count() === 0, 'the suspended user is signed out');
  await signIn(email('coordinator'), CHOSEN);
  await heading('Your account cannot be used');
  await adminPage.getByRole('button', { name: 'Reactivate Cora Coordinator' }).click();
  await adminPage.locator('.govuk-notification-banner__heading', { hasText: 'Cora Coordinator is now active' }).waitFor();

  step('an expired token (a 401 injected on one answer: tokens live an hour) ends the session with a clear page');
  await adminPage.route((url) => url.pathname === '/schools', (route) => route.fulfill({
    status: 401, contentType: 'application/json', body: '{"error":"unauthorized","message":"A valid ID token is required.","details":[]}',
  }));
  await adminPage.getByRole('link', { name: 'Induction records' }).click();
  await adminPage.getByRole('heading', { level: 1, name: 'Your session has ended' }).waitFor();
  await new AxeBuilder({ page: adminPage }).analyze().then((r) => r.violations.forEach((v) =>
    violations.push(`session ended: ${v.id} (${v.impact}) ${v.help}`)));
  await adminPage.getByRole('link', { name: 'Sign in again' }).click();
  await adminPage.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

  step('done');
} catch (error) {
  exit = 1;
  console.error(error.stack || String(error));
  await page.screenshot({ path: join(shots, 'failure.png'), fullPage: true }).catch(() => {});
  console.error(`failure screenshot: ${join(shots, 'failure.png')}; page text:\n${await page.locator('main').innerText().catch(() => '')}`);
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
if (violations.length) {
  exit = 1;
  console.error(`axe-core violations:\n${violations.join('\n')}`);
}
console.log(exit === 0 ? `journey passed in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'journey FAILED');
process.exit(exit);
