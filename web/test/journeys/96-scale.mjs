// An AB of 27 schools and 500 inductions (WebAtScaleE2eTest fills a stack of its own): what a page load of the
// AB admin's home and of the inductions list asks for, counted with Playwright's request events and printed
// ([measure] lines; web/README.md keeps the figures). One request per page of data, never one per school.
export const title = 'an AB of 27 schools and 500 inductions: requests per page load';
export const needs = 'a stack of 27 schools and 500 inductions (WebAtScaleE2eTest)';

export default async function (t) {
  const { page } = t;
  t.step('the AB admin home and the inductions list, reloaded, at 27 schools and 500 inductions');
  await page.goto(t.baseUrl);
  await t.signInAsAdmin();
  await t.heading('Appropriate Body');
  await page.getByRole('link', { name: 'School 27' }).waitFor();   // the sign-in's own load finished
  const home = await t.measureReload('AB admin home (27 schools, 500 inductions)', async () => {
    await t.heading('Appropriate Body');
    await page.getByRole('link', { name: 'School 27' }).waitFor();
  });
  t.assert(home.api.filter((r) => r.includes('/schools/')).length === 0, `the home asks nothing school by school (${home.api})`);
  t.assert(home.api.length <= 5, `a handful of requests, whatever the number of schools (${home.api})`);

  await page.goto(`${t.baseUrl}#/inductions`);
  await page.locator('[role=status]', { hasText: 'Page 1: 25 in progress inductions' }).waitFor();
  const list = await t.measureReload('inductions list, page 1 (500 inductions)', () =>
    page.locator('[role=status]', { hasText: 'Page 1: 25 in progress inductions' }).waitFor());
  t.assert(list.api.length <= 3, `me, one page of inductions and the schools (${list.api})`);
  await t.axe('inductions list at 500 inductions');

  const asked = [];
  const track = (request) => { if (new URL(request.url()).pathname.startsWith('/inductions')) asked.push(request.url()); };
  page.on('request', track);
  await page.getByRole('link', { name: /Next/ }).click();
  await page.locator('[role=status]', { hasText: 'Page 2: 25 in progress inductions' }).waitFor();
  page.off('request', track);
  t.assert(asked.length === 1, `the next page is one request (${asked})`);
  console.log(`[measure] inductions list, next page: ${asked.length} request of inductions`);

  await page.goto(`${t.baseUrl}#/inductions?due=DUE`);
  // the hash change loads the list too: let it finish, so that only the reload's requests are counted
  await page.locator('[role=status]', { hasText: 'with an assessment due or overdue' }).waitFor();
  const due = await t.measureReload('inductions list filtered on due or overdue (500 inductions)', () =>
    page.locator('[role=status]', { hasText: 'with an assessment due or overdue' }).waitFor());
  t.assert(due.api.filter((r) => r.includes('/inductions')).length === 1, `one page of 100 for the due filter (${due.api})`);
  await t.signOut();
}
