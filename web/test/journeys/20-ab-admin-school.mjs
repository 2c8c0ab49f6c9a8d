// The AB admin adds a school and authorises its coordinator.
export const title = 'the AB admin adds a school and its coordinator';

export default async function (t) {
  const { page, world } = t;
  t.step('the AB admin adds a school and authorises its coordinator');
  await t.signInAsAdmin();
  await t.heading('Appropriate Body');
  await t.axe('AB admin home');
  await page.getByLabel('Unique reference number (URN)').fill(world.urn);
  await page.getByLabel('School name').fill('Hill Top Primary');
  await page.getByRole('button', { name: 'Add school' }).click();
  await t.success('School Hill Top Primary added');
  await page.getByRole('row', { name: new RegExp(world.urn) }).getByRole('link', { name: 'Hill Top Primary' }).click();
  await t.heading('Hill Top Primary');
  await t.axe('school (AB admin)');
  const coordinatorForm = page.locator('#add-user');
  await coordinatorForm.getByLabel('Given name').fill('Cora');
  await coordinatorForm.getByLabel('Family name').fill('Coordinator');
  await coordinatorForm.getByLabel('Email address').fill(world.email('coordinator'));
  t.step("a new user is checked before the invitation goes: the answers, a way back, and only then the button that sends");
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: "Check the new user's details" }).waitFor();
  t.assert((await page.locator('#add-user-check .govuk-summary-list').innerText()).includes(world.email('coordinator')), 'the check shows the email');
  t.assert((await page.title()).startsWith("Check the new user's details"), 'the check has its own title');
  await t.axe('new user: check (AB admin)');
  await page.getByRole('button', { name: 'Authorise coordinator' }).click();
  await t.success('Cora Coordinator added as induction coordinator');

  t.step('the schools and users as pages of their own: searched by name or URN, from the service navigation');
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await menu.getByRole('link', { name: 'Schools' }).click();
  await t.heading('Schools');
  await page.getByLabel('Search by name or URN').fill('hill top');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('[role=status]', { hasText: 'matching “hill top”' }).waitFor();
  t.assert(await page.getByRole('row', { name: new RegExp(world.urn) }).count() === 1, 'a part of the name finds the school, in any case');
  await t.axe('schools searched by name (AB admin)');
  await page.getByLabel('Search by name or URN').fill(world.urn);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('[role=status]', { hasText: `1 school matching “${world.urn}”` }).waitFor();
  await page.getByRole('link', { name: 'Users of Hill Top Primary' }).click();
  await t.heading('Users');
  t.assert(await page.getByRole('row', { name: /Cora Coordinator/ }).count() === 1, "the school's users are listed");
  await t.axe('users of a school (AB admin)');
  await t.signOut();
}
