// The AB's review (CONTRACT.md section 7): the AB admin records the term dates; a formal assessment written
// from the tutor's work queue is signed, returned with a comment, corrected as a new version (the returned one kept and
// shown), signed again and approved. Every state the pages reach is checked with axe.
import { CHOSEN } from './support.mjs';

export const title = "the AB's review: term dates, a return, the correction and approval";

const STANDARD_KEYS = ['TS1', 'TS2', 'TS3', 'TS4', 'TS5', 'TS6', 'TS7', 'TS8', 'PART2'];

export default async function (t) {
  const { page, world } = t;
  const trn = `5${world.run}`;
  const queue = page.locator('#work-queue');

  t.step('the AB admin records the term dates of 2025 to 2026 (a spring term ending before it starts first: refused on its field)');
  await t.signInAsAdmin();
  await t.heading('Appropriate Body');
  await queue.getByRole('heading', { name: 'Your work' }).waitFor();
  await t.axe('AB admin home with the work queue');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Term dates' }).click();
  await t.heading('Term dates');
  await t.axe('term dates');
  const dates = page.locator('#term-dates');
  await dates.getByLabel('Academic year').fill('2025');
  await t.fillDate(dates, 'Autumn term starts', '2025-09-03');
  await t.fillDate(dates, 'Autumn term ends', '2025-12-19');
  await t.fillDate(dates, 'Spring term starts', '2026-03-27');
  await t.fillDate(dates, 'Spring term ends', '2026-01-05');
  await t.fillDate(dates, 'Summer term starts', '2026-04-13');
  await t.fillDate(dates, 'Summer term ends', '2026-07-22');
  await page.getByRole('button', { name: 'Save term dates' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  t.assert(await page.locator('[data-field="terms[1].end"] .govuk-error-message').isVisible(), 'the error is shown on the spring term\'s end');
  await t.axe('term dates refused');
  await t.fillDate(dates, 'Spring term starts', '2026-01-05');
  await t.fillDate(dates, 'Spring term ends', '2026-03-27');
  await page.getByRole('button', { name: 'Save term dates' }).click();
  await t.success('Term dates of 2025 to 2026 saved');
  t.assert(await page.getByRole('row', { name: /2025 to 2026/ }).count() === 1, 'the year is listed');
  await t.axe('term dates saved');
  await t.signOut();

  t.step('the coordinator registers Rae Review, who started in September 2025, with Tom Tutor');
  await t.signIn(world.email('coordinator'), CHOSEN);
  await t.heading('Hill Top Primary');
  await queue.getByRole('heading', { name: 'Your work' }).waitFor();
  await t.axe('coordinator home with the work queue');
  const register = page.locator('#register');
  await register.getByLabel('Teacher reference number (TRN)').fill(trn);
  await register.getByLabel('Given name').fill('Rae');
  await register.getByLabel('Family name').fill('Review');
  await t.fillDate(register, 'Date of birth', '1998-05-05');
  await register.getByLabel('ECT (6 terms)').check();
  await t.fillDate(register, 'Start date', '2025-09-03');
  await register.getByLabel('Full-time equivalent').fill('1');
  await register.getByLabel('Induction tutor').selectOption({ label: 'Tom Tutor' });
  await page.getByRole('button', { name: 'Register teacher' }).click();
  await t.success('Rae Review registered');
  await t.signOut();

  t.step("the tutor's work queue: Rae's autumn assessment is overdue; the induction shows the schedule with its due dates");
  await t.signIn(world.email('tutor'), CHOSEN);
  await t.heading('My teachers');
  const overdue = queue.locator('[data-group="overdue"]');
  await overdue.waitFor();
  t.assert((await overdue.innerText()).includes('Rae Review'), "Rae's unwritten autumn assessment is overdue");
  t.assert((await overdue.innerText()).includes('7 January 2026'), 'it was due 10 working days after the autumn term ended');
  await t.axe('tutor home with overdue work');
  await t.shot('tutor-work-queue');
  await overdue.getByRole('link', { name: /Rae Review/ }).first().click();
  await t.heading('Rae Review');
  const schedule = page.locator('table', { hasText: 'Due by' });
  t.assert((await schedule.innerText()).includes('Overdue'), 'the schedule marks the overdue term');
  await t.axe('induction with its schedule (tutor)');

  t.step('the tutor writes the formal assessment of term 3 (summer 2026)');
  await page.getByRole('link', { name: 'Term 3: Formal assessment' }).click();
  await t.heading('Formal assessment, term 3');
  let form = page.locator('#assessment');
  await t.fillDate(form, 'Start of the period assessed', '2026-04-13');
  await t.fillDate(form, 'End of the period assessed', '2026-07-22');
  await form.getByLabel('Days absent in the period').fill('0');
  await form.getByLabel('Satisfactory', { exact: true }).check();
  for (const key of STANDARD_KEYS) {
    await form.locator(`[data-field="standards.${key}.rating"]`).getByLabel('Meeting', { exact: true }).check();
    await form.getByLabel(`Comment on ${key === 'PART2' ? 'Part Two' : key}`, { exact: true }).fill(`Evidence for ${key}.`);
  }
  await form.getByLabel('Summary').fill('Rae has met the standards, with a typo here.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Submit assessment' }).click();
  await t.success('Formal assessment, term 3, submitted');
  await t.signOut();

  const sign = async (shotName) => {
    await t.signIn(world.email('head'), CHOSEN);
    await t.heading('Assessments waiting for your signature');
    // Overdue or waiting: the assessment's due date has passed by now.
    await queue.getByRole('link', { name: 'Sign: Formal assessment, term 3 (Rae Review)' }).click();
    await t.heading('Formal assessment, term 3');
    if (shotName) await t.axe(shotName);
    await page.getByLabel("I have read this assessment and I confirm it as the school's record").check();
    await page.getByRole('button', { name: 'Sign assessment' }).click();
    await t.success('Formal assessment, term 3, signed');
    await t.signOut();
  };
  t.step('the headteacher signs it from the work queue');
  await sign('assessment to sign, from the work queue (headteacher)');

  const openAsAdmin = async () => {
    await t.signInAsAdmin();
    await t.heading('Appropriate Body');
    await page.goto(`${t.baseUrl}#/inductions?q=${trn}`);
    await page.locator('[role=status]', { hasText: `matching “${trn}”` }).waitFor();
    await page.getByRole('row', { name: new RegExp(trn) }).getByRole('link', { name: 'Rae Review', exact: true }).click();
    await t.heading('Rae Review');
    await page.getByRole('link', { name: /^Formal assessment\s*, term 3$/ }).click();
    await t.heading('Formal assessment, term 3');
  };
  t.step("the AB admin returns it with a comment, beside the tutor's recommendation, after a check (no comment first: refused)");
  await openAsAdmin();
  t.assert((await page.locator('#tutor-recommendation').innerText()).includes('satisfactory'), "the review shows the school's judgement");
  await t.axe('assessment to review (AB admin)');
  const review = page.locator('#review');
  await review.getByLabel('Return it to the school for correction').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  t.assert(await page.locator('[data-field="comment"] .govuk-error-message').isVisible(), 'a return without a comment is refused on the comment');
  await t.axe('review refused: no comment');
  await review.getByLabel('Comment for the school').fill('Please correct the typo in the summary.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your review before sending it' }).waitFor();
  await t.axe('review: check before returning');
  await page.getByRole('button', { name: 'Return assessment' }).click();
  await t.success('Formal assessment, term 3, returned to the school for correction');
  await t.signOut();

  t.step('the tutor corrects it from the work queue: the form starts from the returned version, the correction is the next');
  await t.signIn(world.email('tutor'), CHOSEN);
  await t.heading('My teachers');
  await queue.getByRole('link', { name: 'Correct: Formal assessment, term 3 (Rae Review)' }).click();
  await t.heading('Formal assessment, term 3');
  t.assert((await page.locator('#return-comment').innerText()).includes('Please correct the typo'), "the AB's comment is shown");
  await t.axe('returned assessment (tutor)');
  await page.getByRole('link', { name: 'Correct this assessment' }).click();
  await t.heading('Correct: Formal assessment, term 3');
  form = page.locator('#assessment');
  t.assert(await form.getByLabel('Summary').inputValue() === 'Rae has met the standards, with a typo here.', 'the form starts from what the returned version says');
  t.assert(await form.locator('[data-field="standards.TS8.rating"]').getByLabel('Meeting', { exact: true }).isChecked(), 'the ratings are kept');
  await form.getByLabel('Summary').fill('Rae has met the standards.');
  await t.axe('correction form');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your answers before submitting the correction' }).waitFor();
  await page.getByRole('button', { name: 'Submit correction' }).click();
  // the record's version counts every change: submitted 1, signed 2, returned 3, corrected 4
  await t.success('corrected: version 4');
  await t.heading('Formal assessment, term 3');
  t.assert((await page.locator('.govuk-summary-list').first().innerText()).includes('Rae has met the standards.'), 'the correction is shown');
  const versions = page.locator('table', { hasText: 'Version' });
  t.assert(await versions.locator('tbody tr').count() === 2, 'both versions are listed');
  await page.getByText('Version 3 as it was').click();
  t.assert((await page.locator('.govuk-details__text').innerText()).includes('with a typo here'), 'the returned version is kept as it was');
  await t.axe('assessment with its versions');
  t.step('Back after the correction says it is made: no form for work already done');
  await page.goBack();
  await page.locator('#superseded').waitFor();
  t.assert(await page.locator('#assessment').count() === 0, 'no form to correct the version returned again');
  await t.axe('correction already made');
  await t.signOut();

  t.step('the headteacher signs the correction; the AB admin approves it after a check');
  await sign();
  await openAsAdmin();
  await page.locator('#review').getByLabel('Approve', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your review before sending it' }).waitFor();
  await t.axe('review: check before approving');
  await page.getByRole('button', { name: 'Approve assessment' }).click();
  await t.success('Formal assessment, term 3, approved');
  await t.axe('AB admin home after the approval');
  await t.signOut();
}
