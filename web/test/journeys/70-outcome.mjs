// The AB admin records PASSED and puts the record under legal hold.
export const title = "the AB admin's outcome and legal hold";

export default async function (t) {
  const { page, world } = t;
  t.step('the AB admin records PASSED');
  await t.signInAsAdmin();
  await t.heading('Appropriate Body');
  await t.shot('ab-admin-home');
  const load = await t.measureReload('AB admin home', () => t.heading('Appropriate Body'));
  t.assert(load.api.filter((r) => r.includes('/schools/')).length === 0, 'the AB home asks nothing school by school');

  t.step("the AB admin finds the teacher on the list across schools: by TRN, then by the start of her family name");
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Inductions' }).click();
  await t.heading('Inductions');
  await t.axe('inductions (AB admin)');
  await page.getByLabel('Search by family name or TRN').fill('newt');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('[role=status]', { hasText: 'matching “newt”' }).waitFor();
  t.assert(await page.getByRole('row', { name: new RegExp(world.trn) }).count() === 1, 'a family-name prefix finds her, in any case');
  await page.getByLabel('Search by family name or TRN').fill(world.trn);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('[role=status]', { hasText: `matching “${world.trn}”` }).waitFor();
  t.assert(await page.locator('tbody tr').count() === 1, 'a TRN finds her induction only');
  await t.axe('inductions searched by TRN (AB admin)');
  t.step("the list shows each next assessment and filters on due or overdue: the server's status on the list items, no request per induction");
  t.assert((await page.getByRole('row', { name: new RegExp(world.trn) }).innerText()).includes('Term 2: Termly assessment'), 'the next assessment is shown');
  await page.getByLabel('Next assessment', { exact: true }).selectOption({ label: 'Due now or overdue' });
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('[role=status]', { hasText: 'with an assessment due or overdue' }).waitFor();
  t.assert(await page.getByRole('row', { name: new RegExp(world.trn) }).count() === 1, 'her term 2 is due (its term has begun)');
  await t.axe('inductions: due or overdue (AB admin)');
  await page.getByRole('row', { name: new RegExp(world.trn) }).getByRole('link', { name: 'Record the outcome for Nia Newton' }).click();
  await t.heading('Nia Newton');
  t.assert(await page.locator('.govuk-summary-list', { hasText: 'FTE terms required' }).isVisible(), 'terms served and required are shown');
  t.assert(await page.getByRole('button', { name: 'Record extension' }).isVisible(), 'the AB admin may record an extension');
  t.assert(await page.getByRole('button', { name: 'Record reduction' }).isVisible(), 'the AB admin may record a reduction');
  await t.axe('induction (AB admin)');
  t.assert((await page.locator('#recommendation').innerText()).includes('Pass'), 'the outcome form shows the recommendation it decides on');
  await page.getByLabel('Passed', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check the outcome before recording it' }).waitFor();
  t.assert(await page.locator('#outcome-check .govuk-summary-list', { hasText: 'Passed' }).isVisible(), 'the check shows the outcome chosen');
  await t.axe('outcome: check before recording');
  await page.getByRole('button', { name: 'Record outcome' }).click();
  await t.success('Outcome recorded: Nia Newton passed');
  await t.axe('AB admin home after the outcome');

  t.step('a finished induction is hidden from the list by default, and shown when its status is chosen');
  await page.goto(`${t.baseUrl}#/inductions?q=${world.trn}`);
  await page.locator('[role=status]', { hasText: 'No in progress inductions' }).waitFor();
  await page.getByLabel('Status').selectOption({ label: 'Passed' });
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('[role=status]', { hasText: 'passed induction' }).waitFor();
  t.assert(await page.getByRole('row', { name: new RegExp(world.trn) }).count() === 1, 'the passed induction is listed under Passed');
  await page.getByRole('link', { name: 'Induction records' }).click();
  await t.heading('Appropriate Body');
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
