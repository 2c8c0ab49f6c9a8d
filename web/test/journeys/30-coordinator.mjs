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
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: "Check the new user's details" }).waitFor();
    if (who === 'head') await t.axe('new user: check (coordinator)');
    await page.getByRole('button', { name: 'Add user' }).click();
    await t.success(`${given} ${family} added`);
  }
  t.step("the coordinator's users page, from the service navigation");
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Users' }).click();
  await t.heading('Users');
  t.assert(await page.getByRole('row', { name: /Tom Tutor/ }).count() === 1, 'the users are listed');
  await t.axe('users (coordinator)');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Home' }).click();
  await t.heading('Hill Top Primary');

  t.step('the coordinator registers the teacher with the tutor (a bad date first: shown next to its field)');
  const register = page.locator('#register');
  await register.getByLabel('Teacher reference number (TRN)').fill(world.trn);
  await register.getByLabel('Given name').fill('Nia');
  await register.getByLabel('Family name').fill('Newton');
  await t.fillDate(register, 'Date of birth', '1997-02-30');
  await register.getByLabel('Email address (optional)').fill(world.email('nqt'));
  await register.getByLabel('NQT (3 terms)').check();
  await t.fillDate(register, 'Start date', '2020-09-01');
  await register.getByLabel('Full-time equivalent').fill('1');
  await register.getByLabel('Induction tutor').selectOption({ label: 'Tom Tutor' });
  await page.getByRole('button', { name: 'Register teacher' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  t.assert(await page.locator('#f-teacher-dateOfBirth-error').isVisible(), 'the date-of-birth error is shown next to its field');
  t.assert((await page.locator('#f-teacher-dateOfBirth-error').innerText()).includes('Date of birth must be a real date'),
    'the message is written for people, not the API\'s format');
  t.assert((await page.title()).startsWith('Error: '), 'the title starts "Error: "');
  t.assert((await register.getByRole('group', { name: 'Date of birth' }).getAttribute('aria-describedby')).includes('f-teacher-dateOfBirth-error'),
    'the date of birth is described by its error');
  await t.axe('register teacher refused');
  await page.screenshot({ path: `${t.shots}/coordinator-validation-error.png`, fullPage: true });
  await t.fillDate(register, 'Date of birth', '1997-02-27');
  await page.getByRole('button', { name: 'Register teacher' }).click();
  await t.success('Nia Newton registered');

  t.step('the coordinator invites the registered teacher to sign in (a login only for a teacher of the school)');
  await page.getByRole('button', { name: 'Invite to sign in Nia Newton' }).click();
  await t.success('Nia Newton added as newly qualified teacher');
  t.assert(await page.getByRole('button', { name: 'Invite to sign in Nia Newton' }).count() === 0,
    'a teacher with a login is not offered a second one');
  await t.shot('coordinator-home');
  t.step("the school's inductions show the next assessment, and filter on due or overdue");
  await page.getByLabel('Next assessment', { exact: true }).selectOption({ label: 'Due now or overdue' });
  await page.getByRole('button', { name: 'Show' }).click();
  await page.locator('#f-due option[value=DUE][selected]').waitFor({ state: 'attached' });
  t.assert((await page.getByRole('row', { name: new RegExp(world.trn) }).innerText()).includes('Term 1: Termly assessment'), 'term 1 is due');
  await t.axe('school inductions: due or overdue (coordinator)');
  await t.signOut();
}
