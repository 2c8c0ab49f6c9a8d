// The router (router.mjs): patterns, parameters, the query, and the navigation guard.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRouter, matchRoute, parseHash } from '../../src/router.mjs';

const page = (name) => ({ name, view: () => name });
const ROUTES = [
  { path: '/', page: page('home') },
  { path: '/inductions/new', page: page('new') },
  { path: '/inductions/:id', page: page('induction') },
  { path: '/inductions/:id/assessments/:assessmentId', page: page('assessment') },
];

test('given the empty hash or "#", when matched, then it is the home page', () => {
  assert.equal(matchRoute(ROUTES, '').route.page.name, 'home');
  assert.equal(matchRoute(ROUTES, '#').route.page.name, 'home');
  assert.equal(matchRoute(ROUTES, '#/').route.page.name, 'home');
});

test('given a path with parameters, when matched, then they are decoded by name', () => {
  const found = matchRoute(ROUTES, '#/inductions/a%2Fb/assessments/T3-FINAL');
  assert.equal(found.route.page.name, 'assessment');
  assert.deepEqual(found.params, { id: 'a/b', assessmentId: 'T3-FINAL' });
});

test('given a literal path listed before a parameter one, when matched, then the literal wins', () => {
  assert.equal(matchRoute(ROUTES, '#/inductions/new').route.page.name, 'new');
  assert.equal(matchRoute(ROUTES, '#/inductions/new2').route.page.name, 'induction');
});

test('given a query after the path, when matched, then the path matches and the query is parsed', () => {
  const found = matchRoute(ROUTES, '#/inductions/x?status=IN_PROGRESS&q=Nia%20N');
  assert.equal(found.route.page.name, 'induction');
  assert.equal(found.query.get('status'), 'IN_PROGRESS');
  assert.equal(found.query.get('q'), 'Nia N');
  assert.deepEqual(parseHash('#/a/b?').path, '/a/b');
});

test('given no matching route, when matched, then there is none', () => {
  assert.equal(matchRoute(ROUTES, '#/nowhere'), null);
  assert.equal(matchRoute(ROUTES, '#/inductions/x/y'), null);
});

function deferred() {
  let resolve;
  const promise = new Promise((r) => { resolve = r; });
  return { promise, resolve };
}

test('given a slow page then a quick one, when the slow one answers last, then only the quick one is shown', async () => {
  const slow = deferred();
  const shown = [];
  const router = createRouter({
    routes: [
      { path: '/slow', page: { load: () => slow.promise, view: () => '' } },
      { path: '/quick', page: { load: async () => 'quick data', view: () => '' } },
    ],
    notFound: { view: () => '' },
    context: (match) => ({ params: match.params }),
    show: (_page, data) => { shown.push(data); },
    onError: (error) => { throw error; },
  });
  const first = router.navigate('#/slow');
  const second = router.navigate('#/quick');
  assert.equal(await second, true);
  slow.resolve('slow data');
  assert.equal(await first, false);
  assert.deepEqual(shown, ['quick data']);
});

test('given a failing load overtaken by a later navigation, when it fails, then no error page replaces the later one', async () => {
  const failing = deferred();
  const errors = [];
  const router = createRouter({
    routes: [{ path: '/a', page: { load: () => failing.promise.then(() => { throw new Error('late'); }), view: () => '' } },
      { path: '/b', page: { view: () => '' } }],
    notFound: { view: () => '' },
    context: () => ({}),
    show: () => {},
    onError: (error) => errors.push(error),
  });
  const first = router.navigate('#/a');
  await router.navigate('#/b');
  failing.resolve();
  await first;
  assert.deepEqual(errors, []);
});

test('given an unknown path, when navigated, then the not-found page is shown', async () => {
  const shown = [];
  const notFound = { view: () => 'nf' };
  const router = createRouter({ routes: ROUTES, notFound, context: () => ({}), show: (p) => shown.push(p), onError: () => {} });
  await router.navigate('#/nowhere');
  assert.deepEqual(shown, [notFound]);
});

test('given a navigation under way, when cancelled, then it is not shown', async () => {
  const slow = deferred();
  const shown = [];
  const router = createRouter({
    routes: [{ path: '/', page: { load: () => slow.promise, view: () => '' } }],
    notFound: { view: () => '' }, context: () => ({}), show: () => shown.push(1), onError: () => {},
  });
  const pending = router.navigate('#/');
  router.cancel();
  slow.resolve({});
  assert.equal(await pending, false);
  assert.deepEqual(shown, []);
});
