// A teacher moves school (CONTRACT.md section 6): the coordinator changes the tutor and the FTE and records the
// leaver; a second school's coordinator registers the TRN and the same induction continues there with its
// periods; the AB admin closes it (the teacher left teaching).
export const title = 'a move between schools';

async function fillDate(form, field, iso) {
  const [year, month, day] = iso.split('-');
  const group = form.locator(`[data-field="${field}"]`);
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}

async function registerMover(t, { trn, tutor }) {
  const register = t.page.locator('#register');
  await register.getByLabel('Teacher reference number (TRN)').fill(trn);
  await register.getByLabel('Given name').fill('Mo');
  await register.getByLabel('Family name').fill('Mover');
  await t.fillDate(register, 'Date of birth', '1996-04-04');
  await register.getByLabel('ECT (6 terms)').check();
  return { register, tutor };
}

export default async function (t) {
  const { page, world } = t;
  const urnB = `8${world.run.slice(-5)}`;
  const trn = `6${world.run}`;
  const { CHOSEN } = await import('./support.mjs');

  t.step('the AB admin adds a second school and its coordinator');
  await t.signInAsAdmin();
  await t.heading('Appropriate Body');
  await page.getByLabel('Unique reference number (URN)').fill(urnB);
  await page.getByLabel('School name').fill('Vale Academy');
  await page.getByRole('button', { name: 'Add school' }).click();
  await t.success('School Vale Academy added');
  await page.getByRole('row', { name: new RegExp(urnB) }).getByRole('link', { name: 'Vale Academy' }).click();
  await t.heading('Vale Academy');
  const coordinatorForm = page.locator('#add-user');
  await coordinatorForm.getByLabel('Given name').fill('Val');
  await coordinatorForm.getByLabel('Family name').fill('Coordinator');
  await coordinatorForm.getByLabel('Email address').fill(world.email('coordinator-b'));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Authorise coordinator' }).click();
  await t.success('Val Coordinator added as induction coordinator');
  await t.signOut();

  t.step("the second school's coordinator signs in and adds its tutor");
  await t.firstSignIn(world.email('coordinator-b'));
  await t.heading('Vale Academy');
  const addB = page.locator('#add-user');
  await addB.getByLabel('Given name').fill('Tess');
  await addB.getByLabel('Family name').fill('Tutor');
  await addB.getByLabel('Email address').fill(world.email('tutor-b'));
  await addB.getByLabel('Induction tutor', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Add user' }).click();
  await t.success('Tess Tutor added');
  await t.signOut();

  t.step('the first school registers Mo Mover, adds a second tutor, changes the tutor and the FTE');
  await t.signIn(world.email('coordinator'), CHOSEN);
  await t.heading('Hill Top Primary');
  const addA = page.locator('#add-user');
  await addA.getByLabel('Given name').fill('Tia');
  await addA.getByLabel('Family name').fill('Tutor');
  await addA.getByLabel('Email address').fill(world.email('tutor-2'));
  await addA.getByLabel('Induction tutor', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Add user' }).click();
  await t.success('Tia Tutor added');
  const { register } = await registerMover(t, { trn });
  await t.fillDate(register, 'Start date', '2023-09-04');
  await register.getByLabel('Full-time equivalent').fill('1');
  await register.getByLabel('Induction tutor').selectOption({ label: 'Tom Tutor' });
  await page.getByRole('button', { name: 'Register teacher' }).click();
  await t.success('Mo Mover registered');
  await page.getByRole('row', { name: new RegExp(trn) }).getByRole('link', { name: 'Mo Mover' }).click();
  await t.heading('Mo Mover');
  await t.axe('induction (coordinator, with the moves forms)');
  await page.locator('#change-tutor').getByLabel('New induction tutor').selectOption({ label: 'Tia Tutor' });
  await page.getByRole('button', { name: 'Change tutor' }).click();
  await t.success('Induction tutor changed');
  const fte = page.locator('#change-fte');
  await fte.getByLabel('New full-time equivalent').fill('0.8');
  await fillDate(fte, 'from', '2024-01-08');
  await page.getByRole('button', { name: 'Change FTE' }).click();
  await t.success('FTE changed: a new period has started');
  t.assert(await page.locator('table', { hasText: 'FTE changed' }).isVisible(), 'the periods show the FTE change');

  t.step('the first school records the leaver (a date in the future first: refused on its field)');
  const leave = page.locator('#leave');
  await fillDate(leave, 'leaveDate', '2099-07-19');
  await page.getByRole('button', { name: 'Record leaver' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  await t.axe('leaver refused');
  await fillDate(leave, 'leaveDate', '2024-07-19');
  await page.getByRole('button', { name: 'Record leaver' }).click();
  await t.success('Mo Mover has left this school');
  t.assert(await page.locator('table', { hasText: 'Left the school' }).isVisible(), 'the period is closed as left');
  await t.signOut();

  t.step('the second school registers the TRN: the same induction continues there');
  await t.signIn(world.email('coordinator-b'), CHOSEN);
  await t.heading('Vale Academy');
  const again = await registerMover(t, { trn });
  await t.fillDate(again.register, 'Start date', '2024-09-02');
  await again.register.getByLabel('Full-time equivalent').fill('1');
  await again.register.getByLabel('Induction tutor').selectOption({ label: 'Tess Tutor' });
  await page.getByRole('button', { name: 'Register teacher' }).click();
  await t.success("Mo Mover's induction continues here: it began at another school");
  await page.getByRole('row', { name: new RegExp(trn) }).getByRole('link', { name: 'Mo Mover' }).click();
  await t.heading('Mo Mover');
  t.assert(await page.locator('table', { hasText: world.urn }).isVisible(), "the first school's periods are shown");
  t.assert(await page.locator('table', { hasText: urnB }).isVisible(), "the second school's period is shown");
  await t.shot('induction-periods');
  await t.axe('induction with its periods (new school)');
  await t.signOut();

  t.step('the first school sees Mo among the teachers who moved on, with its own periods only');
  await t.signIn(world.email('coordinator'), CHOSEN);
  await t.heading('Hill Top Primary');
  await page.locator('table', { hasText: 'Moved on' }).getByRole('link', { name: 'Mo Mover' }).click();
  await t.heading('Mo Mover');
  t.assert(await page.getByText('This teacher has moved to another school').isVisible(), 'the former school is told');
  t.assert(await page.locator('table', { hasText: urnB }).count() === 0, "the new school's period is not shown");
  await t.axe('induction (former school)');
  await t.signOut();

  t.step('the AB admin closes the induction: the teacher left teaching');
  await t.signInAsAdmin();
  await t.heading('Appropriate Body');
  await page.getByRole('row', { name: new RegExp(urnB) }).getByRole('link', { name: 'Vale Academy' }).click();
  await t.heading('Vale Academy');
  await page.getByRole('row', { name: new RegExp(trn) }).getByRole('link', { name: 'Mo Mover' }).click();
  await t.heading('Mo Mover');
  const close = page.locator('#close');
  await close.getByLabel('Left teaching').check();
  await page.getByRole('button', { name: 'Close induction' }).click();
  await t.success('Induction closed');
  t.assert(await page.locator('.govuk-summary-list', { hasText: 'Left teaching' }).isVisible(), 'the reason is shown');
  await t.axe('closed induction (AB admin)');
  await t.signOut();
}
