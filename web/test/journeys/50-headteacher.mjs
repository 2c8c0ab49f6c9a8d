// The headteacher: first sign-in, signs the final assessment.
export const title = "the headteacher's signature";

export default async function (t) {
  const { page } = t;
  t.step("the headteacher's first sign-in; signs the final assessment");
  await t.firstSignIn(t.world.email('head'));
  await t.heading('Assessments waiting for your signature');
  await t.axe('headteacher home');
  await t.shot('headteacher-home');
  await page.getByRole('link', { name: 'Nia Newton: Final assessment, term 3' }).click();
  await t.heading('Final assessment, term 3');
  await t.axe('assessment (headteacher)');
  t.step('signing needs the declaration ticked: without it nothing is signed');
  await page.getByRole('button', { name: 'Sign assessment' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  t.assert(await page.locator('[data-field="declaration"] .govuk-error-message').isVisible(), 'the declaration is asked for');
  t.assert(await page.locator('.govuk-summary-list', { hasText: 'Submitted' }).count() === 1, 'still submitted, not signed');
  await t.axe('sign refused: no declaration');
  await page.getByLabel("I have read this assessment and I confirm it as the school's record").check();
  await page.getByRole('button', { name: 'Sign assessment' }).click();
  await t.success('Final assessment, term 3, signed');
  await t.signOut();
}
