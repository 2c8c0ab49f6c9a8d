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
  await page.getByRole('button', { name: 'Sign assessment' }).click();
  await t.success('Final assessment, term 3, signed');
  await t.signOut();
}
