// Bulk work: the coordinator registers teachers from a CSV file with one bad row (per-row errors, the error
// file downloaded, corrected and uploaded again); the AB admin's passes upload refuses a FAILED row, the
// reports page downloads the caseload, the TRS feed and a term's return, and an assessment gives its PDF.
import { readFileSync } from 'node:fs';
import { CHOSEN } from './support.mjs';

export const title = 'bulk upload, exports and PDFs';

const HEADER = 'TRN,Given name,Family name,Date of birth,Email,Programme,Training programme,Start date,FTE,Tutor email';

/** Clicks what starts a download and answers the saved file's bytes (a Blob download made by the page). */
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function choose(page, name, text) {
  await page.locator('#f-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.getByRole('button', { name: 'Continue' }).click();
}

export default async function (t) {
  const { page, world } = t;
  const trns = ['2', '3', '4'].map((d) => `${d}${world.run}`);
  const tutor = world.email('tutor');

  t.step('the coordinator opens the upload from the school page and downloads the template');
  // The session journey ends on its "account cannot be used" page, signed out.
  const again = page.getByRole('link', { name: 'Sign in again' });
  if (await again.count()) await again.click();
  await t.signIn(world.email('coordinator'), CHOSEN);
  await t.heading('Hill Top Primary');
  await page.getByRole('link', { name: 'register teachers from a file' }).click();
  await t.heading('Register teachers from a file');
  await t.axe('upload: choose a file');
  const templateFile = await download(page, () => page.getByRole('link', { name: 'Download the template (CSV)' }).click());
  t.assert(templateFile.name === 'registration-template.csv', `the template is named for what it is (${templateFile.name})`);
  t.assert(templateFile.bytes.toString('utf8') === `${HEADER}\r\n`, 'the template is the contract header');

  t.step('a file with an impossible date of birth in row 2: rows found, then the error by row');
  const rows = [
    `${trns[0]},Ada,Okafor,1996-05-14,,NQT,,2020-09-01,1,${tutor}`,
    `${trns[1]},Siân,"O'Neill, Jr",1997-02-30,,NQT,,2020-09-01,0.6,${tutor}`,
    `${trns[2]},Zoë,Brown,1998-11-03,,NQT,,2020-09-01,1,${tutor}`,
  ];
  await choose(page, 'cohort.csv', `${HEADER}\r\n${rows.join('\r\n')}\r\n`);
  await t.heading('Check the file before you send it');
  t.assert((await page.locator('.govuk-summary-list').innerText()).includes('3 rows'), 'the rows found are counted');
  t.assert(await page.getByRole('row', { name: /O'Neill, Jr/ }).count() === 1, 'a quoted name with a comma is one cell');
  await t.axe('upload: check the file');
  await page.getByRole('button', { name: 'Register 3 teachers' }).click();
  await t.heading('The file has errors in 1 row');
  const summary = await page.locator('.govuk-error-summary').innerText();
  t.assert(summary.includes('Row 2: Date of birth must be a real date'), `the error names its row and column in words (${summary})`);
  t.assert((await page.title()).startsWith('Error: '), 'the title starts "Error: "');
  t.assert(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')), 'the error summary has focus');
  await t.axe('upload: errors by row');

  t.step('the coordinator downloads the error file, corrects row 2 and uploads it again');
  const errorFile = await download(page, () => page.getByRole('button', { name: 'Download the error file' }).click());
  const lines = errorFile.bytes.toString('utf8').split(/\r?\n/).filter(Boolean);
  t.assert(lines[0] === `${HEADER},Error message`, `the error file has Error message last (${lines[0]})`);
  t.assert(lines[1].endsWith(`${tutor},`), `row 1 has no message (${lines[1]})`);
  t.assert(/Date of birth/.test(lines[2]) && lines[3].endsWith(`${tutor},`), 'row 2 alone has a message');
  const corrected = errorFile.bytes.toString('utf8').replace('1997-02-30', '1997-02-27');
  await choose(page, 'cohort-errors.csv', corrected);
  await t.heading('Check the file before you send it');
  await page.getByRole('button', { name: 'Register 3 teachers' }).click();
  await t.success('3 teachers registered');
  t.assert(await page.getByRole('row', { name: /Zoë Brown/ }).count() === 1, 'the registered teachers are on the school page');
  await t.axe('upload: registered');
  await t.signOut();

  t.step('the AB admin uploads passes: a FAILED row is refused by row (fails are recorded one by one)');
  await t.signInAsAdmin();
  await t.heading('Appropriate Body');
  await page.getByRole('link', { name: 'Record passes' }).click();
  await t.heading('Record passes from a file');
  await t.axe('passes: choose a file');
  await choose(page, 'passes.csv', `TRN,Outcome,Outcome date\r\n${trns[0]},FAILED,2026-07-20\r\n`);
  await t.heading('Check the file before you send it');
  await page.getByRole('button', { name: 'Record 1 pass' }).click();
  await t.heading('The file has errors in 1 row');
  t.assert((await page.locator('.govuk-error-summary').innerText()).includes('Row 1: '), 'the FAILED row is named');
  await t.axe('passes: errors by row');

  t.step('the AB admin downloads the caseload, the TRS feed and a termly return');
  await page.getByRole('link', { name: 'Reports' }).click();
  await t.heading('Reports');
  await t.axe('reports');
  const caseload = await download(page, () => page.getByRole('button', { name: 'Download the caseload (CSV)' }).click());
  const caseloadText = caseload.bytes.toString('utf8');
  t.assert(caseloadText.startsWith('TRN,Given name,Family name,Date of birth,School URN,'), 'the caseload has the contract header');
  t.assert(trns.every((trn) => caseloadText.includes(trn)) && caseloadText.includes('Siân'), 'the caseload holds the uploaded teachers, in UTF-8');
  const trs = JSON.parse((await download(page, () => page.getByRole('button', { name: 'Download the TRS feed (JSON)' }).click())).bytes.toString('utf8'));
  t.assert(trs.items.some((i) => i.trn === trns[0] && i.status === 'InProgress'), 'the TRS feed has the new inductions in progress');
  await page.getByRole('button', { name: 'Download the termly return' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  await t.axe('termly return: nothing chosen');
  await page.getByLabel('Academic year').selectOption({ index: 2 });
  await page.getByLabel('Autumn').check();
  const termly = await Promise.race([
    download(page, () => page.getByRole('button', { name: 'Download the termly return' }).click()).then((f) => f.bytes.toString('utf8')),
    page.locator('.govuk-error-message', { hasText: 'No dates are recorded' }).waitFor().then(() => null),
  ]);
  if (termly === null) await t.axe('termly return: a term without dates');
  else t.assert(termly.startsWith('TRN,Given name,Family name,Date of birth,Event,Date,Terms served,School URN'), 'the termly return has its header');

  t.step("an assessment page offers its PDF (the admin's view of the first teacher's assessment)");
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('row', { name: new RegExp(world.urn) }).getByRole('link', { name: 'Hill Top Primary' }).click();
  await t.heading('Hill Top Primary');
  await page.locator('tr', { hasText: world.trn }).getByRole('link', { name: 'Nia Newton' }).click();
  await t.heading('Nia Newton');
  await page.getByRole('region', { name: 'Assessments' }).getByRole('link').first().click();
  await page.getByRole('button', { name: /Download as PDF/ }).waitFor();
  await t.axe('assessment with its PDF');
  const pdf = await download(page, () => page.getByRole('button', { name: /Download as PDF/ }).click());
  t.assert(pdf.bytes.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.name.endsWith('.pdf'), `the PDF is a PDF (${pdf.name})`);
  await t.signOut();
}
