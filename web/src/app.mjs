// The single-page application's shell: configuration, the session, the header, the router and what every
// page shares (flash banners, form submission, failures). Pages live in pages/, one module each (load,
// view, bind), and are registered in routes.mjs; web/README.md says how to add one.
import { ApiError, SessionEnded, apiClient } from './api.mjs';
import { initAll } from './govuk-frontend.min.js';
import { successBanner } from './components/banner.mjs';
import { clearErrors, showErrors } from './components/error-summary.mjs';
import { discardAllDrafts } from './components/drafts.mjs';
import { readForm } from './components/forms.mjs';
import { ROLE_NAMES } from './domain.mjs';
import { errorDetails } from './errors.mjs';
import { html, markup } from './html.mjs';
import { createRouter } from './router.mjs';
import { notFound, routes } from './routes.mjs';
import { createSession } from './session.mjs';
import * as mfaSetup from './pages/mfa-setup.mjs';
import * as problem from './pages/problem.mjs';
import * as sessionEnded from './pages/session-ended.mjs';
import * as signInPage from './pages/sign-in.mjs';

const main = document.getElementById('main-content');
const account = document.getElementById('account');
const navigation = document.getElementById('service-navigation');
// govuk-frontend's components run only where this class is set (its isSupported check).
document.body.classList.add('govuk-frontend-supported');
let config;
let api;
let session;
let me = null;
let flash = null;
// A changed form (marked data-guard) asks before the page is left; `shownHash` is where to come back to.
let dirty = false;
let shownHash = location.hash;
let restoring = false;
const LEAVE = 'You have changes that have not been saved. Leave this page and lose them?';

/** Puts a page on screen: title, the flash banner of the action that led here, its view, then bind. */
async function show(page, data, ctx) {
  const title = typeof page.title === 'function' ? page.title(data, ctx) : page.title;
  document.title = `${title} - Induction records`;
  const banner = flash ? successBanner(flash) : '';
  flash = null;
  main.innerHTML = markup(html`${banner}${page.view(data, ctx)}`);
  renderAccount();
  if (page.bind) await page.bind(main, data, ctx);
  initAll({ scope: main });
  dirty = false;
  shownHash = location.hash;
  main.querySelectorAll('form[data-guard]').forEach((form) => form.addEventListener('input', () => { dirty = true; }));
  // The banner takes focus when there is one, so the confirmation is read out and on screen; so does the
  // error summary of a page that opens with errors (an upload's errors step).
  const focusTarget = main.querySelector('.govuk-notification-banner--success, .govuk-error-summary') ?? main;
  focusTarget.focus();
}

/** The service navigation (https://design-system.service.gov.uk/components/service-navigation/) by role. */
const NAVIGATION = {
  AB_ADMIN: [['#/', 'Home'], ['#/inductions', 'Inductions'], ['#/schools', 'Schools'], ['#/users', 'Users'],
    ['#/outcomes/upload', 'Record passes'], ['#/exports', 'Reports'], ['#/term-dates', 'Term dates']],
  INDUCTION_COORDINATOR: [['#/', 'Home'], ['#/users', 'Users']],
  HEADTEACHER: [['#/', 'Home'], ['#/users', 'Users']],
};

function renderNavigation() {
  const links = me ? NAVIGATION[me.role] ?? [] : [];
  if (!links.length) {
    navigation.innerHTML = '';
    return;
  }
  const here = (location.hash || '#/').split('?')[0];
  navigation.innerHTML = markup(html`<section class="govuk-service-navigation" aria-label="Service information"
      data-module="govuk-service-navigation"><div class="govuk-width-container"><div class="govuk-service-navigation__container">
    <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
      <button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden>Menu</button>
      <ul class="govuk-service-navigation__list" id="navigation">${links.map(([href, text]) => html`<li class="govuk-service-navigation__item${href === here ? ' govuk-service-navigation__item--active' : ''}">
        <a class="govuk-service-navigation__link" href="${href}"${href === here ? html` aria-current="page"` : ''}>${href === here ? html`<strong class="govuk-service-navigation__active-fallback">${text}</strong>` : text}</a></li>`)}</ul>
    </nav></div></div></section>`);
  initAll({ scope: navigation });
}

function renderAccount() {
  renderNavigation();
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
  discardAllDrafts();
  dirty = false;
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
  } else if (error instanceof ApiError && error.code === 'mfa_required') {
    // an AB admin without two-factor sign-in may do nothing else until it is set up (CONTRACT.md section 10)
    showPage(mfaSetup);
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
  dirty = false;
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
        // a page may say which form the refusal is about (a check-your-answers step answers for its form)
        showErrors(main, error.form ?? form, errorDetails(error));
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
      respondWithCode: (username, challenge, code) => session.respondWithCode(username, challenge, code),
      associateSoftwareToken: () => session.associateSoftwareToken(),
      enableSoftwareToken: (code) => session.enableSoftwareToken(code),
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
  // A link to the page already shown (the header's name, the navigation) shows it again, fresh.
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[href^="#/"]');
    if (link && !event.defaultPrevented && link.getAttribute('href') === (location.hash || '#/') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (dirty && !window.confirm(LEAVE)) return;
      route();
    }
  });
  window.addEventListener('hashchange', () => {
    if (restoring) {
      restoring = false;
      return;
    }
    if (dirty && !window.confirm(LEAVE)) {
      restoring = true;
      location.hash = shownHash;
      return;
    }
    if (location.hash === '' || location.hash.startsWith('#/')) route();
  });
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
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
