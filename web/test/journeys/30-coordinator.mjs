// The coordinator: first sign-in, the headteacher and tutor, registering the teacher, inviting her.
export const title = "the coordinator's school";

export default async function (t) {
  const { page, world } = t;
  t.step("the coordinator's first sign-in: temporary password, then a new one");
  await t.firstSignIn(world.email('coordinator'));
  await t.heading('Hill Top Primary');
  await t.axe('coordinator home');
  const addUser = page.locator('#add-user');
  for (const [given, family, role, who] of [
    ['Hana', 'Head', 'Headteacher', 'head'],
    ['Tom', 'Tutor', 'Induction tutor', 'tutor'],
  ]) {
    await addUser.getByLabel('Given name').fill(given);
    await addUser.getByLabel('Family name').fill(family);
    await addUser.getByLabel('Email address').fill(world.email(who));
    await addUser.getByLabel(role, { exact: true }).check();
    await page.getByRole('button', { name: 'Add user' }).click();
    await t.success(`${given} ${family} added`);
  }

  t.step('the coordinator registers the teacher with the tutor (a bad date first: shown next to its field)');
  const register = page.locator('#register');
  await register.getByLabel('Teacher reference number (TRN)').fill(world.trn);
  await register.getByLabel('Given name').fill('Nia');
  await register.getByLabel('Family name').fill('Newton');
  await register.getByLabel('Date of birth').fill('1997-02-30');
  await register.getByLabel('Email address (optional)').fill(world.email('nqt'));
  await register.getByLabel('NQT (3 terms)').check();
  await register.getByLabel('Start date').fill('2020-09-01');
  await register.getByLabel('Full-time equivalent').fill('1');
  await register.getByLabel('Induction tutor').selectOption({ label: 'Tom Tutor' });
  await page.getByRole('button', { name: 'Register teacher' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  t.assert(await page.locator('#f-teacher-dateOfBirth-error').isVisible(), 'the date-of-birth error is shown next to its field');
  await t.axe('register teacher refused');
  await page.screenshot({ path: `${t.shots}/coordinator-validation-error.png`, fullPage: true });
  await register.getByLabel('Date of birth').fill('1997-02-27');
  await page.getByRole('button', { name: 'Register teacher' }).click();
  await t.success('Nia Newton registered');

  t.step('the coordinator invites the registered teacher to sign in (a login only for a teacher of the school)');
  await page.getByRole('button', { name: 'Invite to sign in Nia Newton' }).click();
  await t.success('Nia Newton added as newly qualified teacher');
  t.assert(await page.getByRole('button', { name: 'Invite to sign in Nia Newton' }).count() === 0,
    'a teacher with a login is not offered a second one');
  await t.shot('coordinator-home');
  await t.signOut();
}
