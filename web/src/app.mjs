// The single-page application's shell: configuration, the session, the header, the router and what every
// page shares (flash banners, form submission, failures). Pages live in pages/, one module each (load,
// view, bind), and are registered in routes.mjs; web/README.md says how to add one.
import { ApiError, SessionEnded, apiClient } from './api.mjs';
import { successBanner } from './components/banner.mjs';
import { clearErrors, showErrors } from './components/error-summary.mjs';
import { readForm } from './components/forms.mjs';
import { ROLE_NAMES } from './domain.mjs';
import { errorDetails } from './errors.mjs';
import { html, markup } from './html.mjs';
import { createRouter } from './router.mjs';
import { notFound, routes } from './routes.mjs';
import { createSession } from './session.mjs';
import * as problem from './pages/problem.mjs';
import * as sessionEnded from './pages/session-ended.mjs';
import * as signInPage from './pages/sign-in.mjs';

const main = document.getElementById('main-content');
const account = document.getElementById('account');
let config;
let api;
let session;
let me = null;
let flash = null;

/** Puts a page on screen: title, the flash banner of the action that led here, its view, then bind. */
async function show(page, data, ctx) {
  const title = typeof page.title === 'function' ? page.title(data, ctx) : page.title;
  document.title = `${title} - Induction records`;
  const banner = flash ? successBanner(flash) : '';
  flash = null;
  main.innerHTML = markup(html`${banner}${page.view(data, ctx)}`);
  renderAccount();
  if (page.bind) await page.bind(main, data, ctx);
  // The banner takes focus when there is one, so the confirmation is read out and on screen.
  const focusTarget = main.querySelector('.govuk-notification-banner--success') ?? main;
  focusTarget.focus();
}

function renderAccount() {
  if (!me) {
    account.innerHTML = '';
    return;
  }
  account.innerHTML = markup(html`<span class="app-account__who">${me.givenName} ${me.familyName},
    ${ROLE_NAMES[me.role]}</span><a class="govuk-header__link app-account__link" href="#/reminders">Email reminders</a><button type="button" class="govuk-button govuk-button--secondary" id="sign-out">Sign out</button>`);
  document.getElementById('sign-out').addEventListener('click', () => signOut(null));
}

/** Shows a page outside the routes (sign-in, session ended) with the same pipeline. */
async function showPage(page, data = {}) {
  router.cancel();
  const ctx = context({ route: null, params: {}, query: new URLSearchParams() });
  try {
    await show(page, page.load ? await page.load(ctx, data) : data, ctx);
  } catch (error) {
    fail(error);
  }
}

function signOut(reason) {
  session.clear();
  me = null;
  if (location.hash && location.hash !== '#/') history.replaceState(null, '', '#/');
  if (reason) showPage(sessionEnded, { reason });
  else showPage(signInPage);
}

/** After Cognito's answer: the user record (GET /me), then the page the URL names. */
async function signedIn() {
  me = await api.get('/me');
  await router.navigate(location.hash);
}

function fail(error) {
  if (error instanceof SessionEnded) {
    signOut(error.reason);
  } else if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    show(notFound, {}, context({ route: null, params: {}, query: new URLSearchParams() }));
  } else {
    console.error(error);
    show(problem, {}, context({ route: null, params: {}, query: new URLSearchParams() }));
  }
}

/** Goes to `hash`, with a success banner `message` on the page it shows (also when it is this page). */
function go(hash, message) {
  flash = message ?? null;
  if (location.hash === hash || (hash === '#/' && !location.hash)) router.navigate(hash);
  else location.hash = hash;
}

/**
 * Submits a form through `action(values)`: dates that are not real are refused before sending; an API
 * refusal (4xx) is shown on the form, in people's words (errors.mjs); anything else ends the page.
 */
function submit(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { values, errors } = readForm(form);
    if (errors.length) {
      showErrors(main, form, errors);
      return;
    }
    const button = event.submitter ?? form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    try {
      await action(values, button);
    } catch (error) {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401) {
        showErrors(main, form, errorDetails(error));
      } else {
        fail(error);
      }
    } finally {
      if (button) button.disabled = false;
    }
  });
}

/** What every page's load, view and bind get. */
function context(match) {
  return {
    params: match.params,
    query: match.query,
    api,
    config,
    get me() { return me; },
    go,
    submit,
    fail,
    showErrors: (form, details) => showErrors(main, form, details),
    clearErrors: () => clearErrors(main),
    session: {
      signIn: (username, password) => session.signIn(username, password),
      setNewPassword: (username, challenge, password) => session.setNewPassword(username, challenge, password),
      signedIn,
      signOut,
    },
    showPage,
  };
}

const router = createRouter({
  routes,
  notFound,
  context,
  show,
  onError: fail,
});

async function route() {
  if (!me) {
    showPage(signInPage);
    return;
  }
  await router.navigate(location.hash);
}

async function start() {
  try {
    config = await (await fetch('config.json', { cache: 'no-store' })).json();
  } catch {
    show(problem, { message: "The site's configuration could not be loaded." }, context({ route: null, params: {}, query: new URLSearchParams() }));
    return;
  }
  session = createSession(config);
  api = apiClient(config, () => session.token());
  window.addEventListener('hashchange', () => {
    if (location.hash === '' || location.hash.startsWith('#/')) route();
  });
  if (session.active) {
    // A reload keeps the user signed in: the stored tokens (renewed if need be), then /me again.
    try {
      await signedIn();
      return;
    } catch (error) {
      if (!(error instanceof SessionEnded)) session.clear();
      else {
        fail(error);
        return;
      }
    }
  }
  route();
}

start();
