// Sign-in: a wrong password is refused on the page, next to the field; a reload keeps the session.
export const title = 'sign-in refused';

export default async function (t) {
  const { page, world } = t;
  await page.goto(t.baseUrl);
  await t.heading('Sign in');
  await t.axe('sign in');
  t.step('a wrong password is refused on the page, next to the field');
  await t.signIn(world.admin.email, 'Not-The-Passw0rd!');
  await page.locator('.govuk-error-summary').waitFor();
  t.assert(await page.locator('#f-password-error').isVisible(), 'the sign-in error is shown next to the password');
  await t.axe('sign in refused');
  await page.getByLabel('Password').fill(world.admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await t.heading('Appropriate Body');

  t.step('a reload keeps the user signed in: the tokens are in sessionStorage (never localStorage)');
  await page.reload();
  await t.heading('Appropriate Body');
  t.assert(await page.evaluate(() => localStorage.length) === 0, 'nothing is kept in localStorage');
  t.assert(await page.evaluate(() => Object.keys(sessionStorage).includes('induction-records.session')), 'the session is in sessionStorage');
  await t.signOut();
  t.assert(await page.evaluate(() => sessionStorage.length) === 0, 'signing out removes the tokens');
  await page.reload();
  await t.heading('Sign in');
}
