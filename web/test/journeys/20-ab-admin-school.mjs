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
  await page.getByRole('button', { name: 'Authorise coordinator' }).click();
  await t.success('Cora Coordinator added as induction coordinator');
  await t.signOut();
}
