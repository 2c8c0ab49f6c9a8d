// The session: a suspension takes effect on an open page; an expired token ends the session clearly.
import { CHOSEN } from './support.mjs';

export const title = 'suspension and the end of a session';

export default async function (t) {
  const { page, world } = t;
  t.step("a suspension takes effect at once: the admin clicks Suspend while the coordinator's page is open; signing in again shows the same page");
  await t.signIn(world.email('coordinator'), CHOSEN);
  await t.heading('Hill Top Primary');
  const adminPage = await t.newPage();
  await adminPage.goto(t.baseUrl);
  await t.signInAsAdmin(adminPage);
  await adminPage.getByRole('row', { name: new RegExp(world.urn) }).getByRole('link', { name: 'Hill Top Primary' }).click();
  t.step('one keystroke suspends nobody: Tab to the first control and Enter opens the question, not the suspension');
  await adminPage.locator('main').focus();
  const suspendLink = adminPage.getByRole('link', { name: 'Suspend Cora Coordinator' });
  await suspendLink.focus();
  await adminPage.keyboard.press('Enter');
  await t.heading('Are you sure you want to suspend Cora Coordinator?', adminPage);
  await t.axe('suspend: are you sure', adminPage);
  await adminPage.getByRole('link', { name: 'No, go back' }).click();
  await t.heading('Hill Top Primary', adminPage);
  t.assert(await adminPage.getByRole('link', { name: 'Suspend Cora Coordinator' }).count() === 1, 'going back suspends nobody');
  await adminPage.getByRole('link', { name: 'Suspend Cora Coordinator' }).click();
  await adminPage.getByRole('button', { name: 'Yes, suspend' }).click();
  await t.success('Cora Coordinator is now suspended', adminPage);
  t.step('Back after the suspension says it is done, and asks nothing again');
  await adminPage.goBack();
  await t.heading('Cora Coordinator is suspended', adminPage);
  t.assert(await adminPage.getByRole('button', { name: 'Yes, suspend' }).count() === 0, 'no question for work already done');
  await t.axe('suspend: already suspended', adminPage);
  await adminPage.getByRole('link', { name: 'Back to the school' }).click();
  await t.heading('Hill Top Primary', adminPage);
  const addLate = page.locator('#add-user');
  await addLate.getByLabel('Given name').fill('Late');
  await addLate.getByLabel('Family name').fill('Arrival');
  await addLate.getByLabel('Email address').fill(world.email('late'));
  await addLate.getByLabel('Headteacher', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Add user' }).click();
  await t.heading('Your account cannot be used');
  await t.axe('suspended');
  await page.getByRole('link', { name: 'Sign in again' }).click();
  t.assert(await page.getByRole('button', { name: 'Sign out' }).count() === 0, 'the suspended user is signed out');
  await t.signIn(world.email('coordinator'), CHOSEN);
  await t.heading('Your account cannot be used');
  await adminPage.getByRole('button', { name: 'Reactivate Cora Coordinator' }).click();
  await t.success('Cora Coordinator is now active', adminPage);

  t.step('an expired token (a 401 injected on one answer: tokens live an hour) ends the session with a clear page');
  await adminPage.route((url) => url.pathname === '/schools', (route) => route.fulfill({
    status: 401, contentType: 'application/json', body: '{"error":"unauthorized","message":"A valid ID token is required.","details":[]}',
  }));
  await adminPage.getByRole('link', { name: 'Induction records' }).click();
  await t.heading('Your session has ended', adminPage);
  await t.axe('session ended', adminPage);
  await adminPage.getByRole('link', { name: 'Sign in again' }).click();
  await t.heading('Sign in', adminPage);
  await adminPage.close();
}
