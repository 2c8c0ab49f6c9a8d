// The tutor: first sign-in, the term 1 termly assessment, then the final one (refused without a
// recommendation first).
export const title = "the tutor's assessments";

export default async function (t) {
  const { page } = t;
  t.step("the tutor's first sign-in; the term 1 termly assessment is due next");
  await t.firstSignIn(t.world.email('tutor'));
  await t.heading('My teachers');
  await t.axe('tutor home');
  await t.shot('tutor-home');

  t.step('the tutor turns email reminders off, then on again');
  await page.getByRole('link', { name: 'Email reminders' }).click();
  await t.heading('Email reminders');
  await t.axe('email reminders');
  await page.getByRole('button', { name: 'Turn email reminders off' }).click();
  await t.success('Email reminders are off');
  await page.getByRole('button', { name: 'Turn email reminders on' }).click();
  await t.success('Email reminders are on');
  await page.getByRole('link', { name: 'Induction records' }).click();
  await t.heading('My teachers');
  await page.getByRole('link', { name: 'Termly assessment, term 1 for Nia Newton' }).click();
  await t.heading('Termly assessment, term 1');
  t.assert(await page.getByText('For example, 1 9 2020').count() === 1, "the hint's example is from this induction's time, not today's");
  let form = page.locator('#assessment');
  await t.fillDate(form, 'Start of the period assessed', '2020-09-01');
  await t.fillDate(form, 'End of the period assessed', '2020-12-18');
  await form.getByLabel('Days absent in the period').fill('2');
  await form.getByLabel('Satisfactory', { exact: true }).check();
  await form.getByLabel('Summary').fill('A good first term.');
  t.step('on an optional term, rating one standard and then unticking the standards does not make all nine required');
  await form.getByLabel("Rate all nine Teachers' Standards this term").check();
  await form.locator('[data-field="standards.TS1.rating"]').getByLabel('Meeting', { exact: true }).check();
  await t.axe('termly assessment: standards revealed');
  await form.getByLabel("Rate all nine Teachers' Standards this term").uncheck();
  t.assert(!(await form.locator('#conditional-standards').isVisible()), 'the conditional reveal hides the standards again (govuk-frontend JS runs)');
  t.step('the answers are checked before the assessment is submitted; Change goes back to the form as it was');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your answers before submitting the assessment' }).waitFor();
  const answers = await page.locator('#assessment-check .govuk-summary-list').innerText();
  t.assert(answers.includes('1 September 2020 to 18 December 2020') && answers.includes('Not rated this term'), `the check shows the answers (${answers})`);
  await t.axe('assessment: check your answers');
  await page.getByRole('link', { name: 'Change your answers' }).click();
  t.assert(await form.getByLabel('Summary').inputValue() === 'A good first term.', 'the form keeps the answers');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Submit assessment' }).click();
  await t.success('Termly assessment, term 1, submitted');

  t.step('Back after the submission shows that the work is done, not an empty form to fill in again');
  await page.goBack();
  await t.heading('Termly assessment, term 1');
  await page.getByText('This assessment has already been submitted.').waitFor();
  t.assert(await page.locator('#assessment').count() === 0, 'no form for an assessment already submitted');
  await t.axe('assessment already submitted');
  await page.getByRole('link', { name: 'Induction records' }).click();
  await t.heading('My teachers');

  t.step('the tutor fills in the final assessment: TS1-TS8, Part Two, progress, recommendation');
  await page.getByRole('link', { name: 'Nia Newton', exact: true }).click();
  await t.heading('Nia Newton');
  await t.axe('induction (tutor)');
  await page.getByRole('link', { name: 'Term 3: Final assessment' }).click();
  await t.heading('Final assessment, term 3');
  form = page.locator('#assessment');
  await t.fillDate(form, 'Start of the period assessed', '2021-04-19');
  await t.fillDate(form, 'End of the period assessed', '2021-07-20');
  await form.getByLabel('Days absent in the period').fill('1');
  await form.getByLabel('Of which statutory leave (optional)').fill('1');
  await form.getByLabel('Satisfactory', { exact: true }).check();
  for (const key of ['TS1', 'TS2', 'TS3', 'TS4', 'TS5', 'TS6', 'TS7', 'TS8', 'PART2']) {
    const group = form.locator(`[data-field="standards.${key}.rating"]`);
    await group.getByLabel('Meeting', { exact: true }).check();
    await form.getByLabel(`Comment on ${key === 'PART2' ? 'Part Two' : key}`, { exact: true }).fill(`Secure evidence for ${key}.`);
  }
  await form.getByLabel('Summary').fill('Nia has met the Teachers\' Standards throughout the year.');
  await t.axe('assessment form');

  t.step('a changed form asks before it is left; its draft stays in the tab until it is submitted');
  let asked = null;
  page.once('dialog', (dialog) => { asked = dialog.message(); dialog.dismiss(); });
  await page.getByRole('link', { name: 'Induction records' }).click();
  await page.waitForFunction(() => true);
  t.assert(asked && asked.includes('not been saved'), `leaving a changed form asks first (${asked})`);
  await t.heading('Final assessment, term 3');
  t.assert(await form.getByLabel('Summary').inputValue() === 'Nia has met the Teachers\' Standards throughout the year.', 'staying keeps the work');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('link', { name: 'Induction records' }).click();
  await t.heading('My teachers');
  await page.goBack();
  await t.heading('Final assessment, term 3');
  await page.locator('#draft-restored').waitFor();
  form = page.locator('#assessment');
  t.assert(await form.getByLabel('Summary').inputValue() === 'Nia has met the Teachers\' Standards throughout the year.', 'the draft is restored');
  t.assert(await form.locator('[data-field="standards.TS8.rating"]').getByLabel('Meeting', { exact: true }).isChecked(), 'ratings are restored');
  await t.axe('assessment form with its draft restored');
  if (t.formShot) await page.screenshot({ path: t.formShot, fullPage: true });
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Submit assessment' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  t.assert(await page.locator('[data-field="recommendation"] .govuk-error-message').isVisible(),
    'a FINAL without a recommendation is refused next to the recommendation');
  await t.axe('assessment form refused');
  await form.getByLabel('Pass', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Submit assessment' }).click();
  await t.success('Final assessment, term 3, submitted');
  await t.signOut();
}
