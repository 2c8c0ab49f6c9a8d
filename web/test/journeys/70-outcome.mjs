// The AB admin records PASSED and puts the record under legal hold.
export const title = "the AB admin's outcome and legal hold";

export default async function (t) {
  const { page, world } = t;
  t.step('the AB admin records PASSED');
  await t.signInAsAdmin();
  await t.heading('Appropriate Body');
  await t.shot('ab-admin-home');
  await page.getByRole('row', { name: new RegExp(world.trn) }).getByRole('link', { name: 'Record the outcome for Nia Newton' }).click();
  await t.heading('Nia Newton');
  t.assert(await page.locator('.govuk-summary-list', { hasText: 'FTE terms required' }).isVisible(), 'terms served and required are shown');
  t.assert(await page.getByRole('button', { name: 'Record extension' }).isVisible(), 'the AB admin may record an extension');
  t.assert(await page.getByRole('button', { name: 'Record reduction' }).isVisible(), 'the AB admin may record a reduction');
  await t.axe('induction (AB admin)');
  await page.getByLabel('Passed', { exact: true }).check();
  await page.getByRole('button', { name: 'Record outcome' }).click();
  await t.success('Outcome recorded: Nia Newton passed');
  await t.axe('AB admin home after the outcome');
  await page.getByRole('row', { name: new RegExp(world.urn) }).getByRole('link', { name: 'Hill Top Primary' }).click();
  await t.heading('Hill Top Primary');
  const row = page.locator('tr', { hasText: world.trn });
  t.assert((await row.innerText()).includes('Passed'), 'the induction is PASSED');

  t.step('the AB admin puts the record under legal hold');
  await row.getByRole('link', { name: 'Nia Newton' }).click();
  await t.heading('Nia Newton');
  await page.getByLabel('Yes, hold it').check();
  await page.getByLabel('Reason').fill('Requested by the local authority.');
  await page.getByRole('button', { name: 'Save legal hold' }).click();
  await t.success('Legal hold saved');
  t.assert(await page.locator('.govuk-summary-list', { hasText: 'Legal hold' }).isVisible(), 'the hold is shown');
  await t.axe('induction under legal hold (AB admin)');
  await t.signOut();
}
