// The NQT: first sign-in, acknowledges the final assessment with a comment.
export const title = "the NQT's acknowledgement";

export default async function (t) {
  const { page } = t;
  t.step("the NQT's first sign-in; acknowledges the final assessment with a comment");
  await t.firstSignIn(t.world.email('nqt'));
  await t.heading('My induction');
  await t.axe('NQT home');
  await t.shot('nqt-home');
  await page.getByRole('link', { name: /^Final assessment,? ?,? term 3$/ }).click();
  await t.heading('Final assessment, term 3');
  await page.getByLabel('Your comment (optional)').fill('Thank you for a supportive year.');
  await t.axe('assessment (NQT)');
  await page.getByRole('button', { name: 'Acknowledge assessment' }).click();
  await t.success('Final assessment, term 3, acknowledged');
  await t.signOut();
}
