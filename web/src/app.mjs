// The single-page application: sign-in, one home page per role, and the pages they lead to. Routes
// live in the URL fragment (#/...), so the same static files work from S3/CloudFront and locally.
import { ApiError, SessionEnded, apiClient } from './api.mjs';
import { CognitoError, setNewPassword, signIn } from './cognito.mjs';
import { KIND_NAMES, ROLE_NAMES, STANDARDS, kindAt, label, nextTerm, shownTerms, teacherName, totalTerms } from './domain.mjs';
import { button, clearErrors, input, numberOrText, radios, select, showErrors, textarea, values } from './forms.mjs';
import { html, markup } from './html.mjs';

const main = document.getElementById('main-content');
const account = document.getElementById('account');
// The session lives in this variable only: never localStorage or cookies, so a reload signs out.
const session = { token: null, me: null, username: null };
let config;
let api;

function render(title, body) {
  document.title = `${title} - Induction records`;
  main.innerHTML = markup(body);
  renderAccount();
}

function renderAccount() {
  if (!session.me) {
    account.innerHTML = '';
    return;
  }
  account.innerHTML = markup(html`<span class="app-account__who">${session.me.givenName} ${session.me.familyName},
    ${ROLE_NAMES[session.me.role]}</span><button type="button" class="govuk-button govuk-button--secondary" id="sign-out">Sign out</button>`);
  document.getElementById('sign-out').addEventListener('click', () => signOut(null));
}

function signOut(reason) {
  session.token = null;
  session.me = null;
  session.username = null;
  if (location.hash && location.hash !== '#/') history.replaceState(null, '', '#/');
  if (reason) endedPage(reason);
  else loginPage();
}

function endedPage(reason) {
  const suspended = reason === 'suspended';
  render(suspended ? 'Your account cannot be used' : 'Your session has ended', html`
    <h1 class="govuk-heading-l">${suspended ? 'Your account cannot be used' : 'Your session has ended'}</h1>
    <p class="govuk-body">${suspended
      ? 'Your account is suspended or not active. Ask your induction coordinator, or the Appropriate Body, to reactivate it.'
      : 'You have been signed out because your session expired. Nothing you had saved has been lost.'}</p>
    <p class="govuk-body"><a class="govuk-link" href="#/" id="sign-in-again">Sign in again</a></p>`);
  document.getElementById('sign-in-again').addEventListener('click', (event) => {
    event.preventDefault();
    loginPage();
  });
}

function loginPage() {
  render('Sign in', html`
    <h1 class="govuk-heading-l">Sign in</h1>
    <form id="sign-in" novalidate>
      ${input('username', 'Email address', { type: 'email', autocomplete: 'username', width: 20 })}
      ${input('password', 'Password', { type: 'password', autocomplete: 'current-password', width: 20 })}
      ${button('Sign in')}
    </form>`);
  const form = document.getElementById('sign-in');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { username, password } = values(form);
    try {
      const result = await signIn(config, username, password);
      if (result.challenge) newPasswordPage(username, result.session);
      else await signedIn(username, result.idToken);
    } catch (error) {
      if (error instanceof SessionEnded) signOut(error.reason);
      else showErrors(main, form, signInError(error, 'password'));
    }
  });
}

function signInError(error, field) {
  if (error instanceof CognitoError) {
    const message = error.type === 'NotAuthorizedException' || error.type === 'UserNotFoundException'
      ? 'Enter a correct email address and password' : error.message;
    return { details: [{ field, message }] };
  }
  return { details: [{ message: 'Sign-in failed. Try again.' }] };
}

function newPasswordPage(username, challengeSession) {
  render('Choose a new password', html`
    <h1 class="govuk-heading-l">Choose a new password</h1>
    <p class="govuk-body">This is your first sign-in. Replace the temporary password you were sent with one of your own.</p>
    <form id="new-password" novalidate>
      ${input('newPassword', 'New password', { type: 'password', autocomplete: 'new-password', width: 20,
        hint: 'At least 12 characters, with upper and lower case letters, a number and a symbol' })}
      ${button('Set password and sign in')}
    </form>`);
  const form = document.getElementById('new-password');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const result = await setNewPassword(config, username, challengeSession, values(form).newPassword);
      if (result.idToken) await signedIn(username, result.idToken);
      else throw new CognitoError('UnsupportedChallenge', 'Sign-in needs another step');
    } catch (error) {
      if (error instanceof SessionEnded) {
        signOut(error.reason);
        return;
      }
      showErrors(main, form, error instanceof CognitoError
        ? { details: [{ field: 'newPassword', message: error.message }] } : error);
    }
  });
}

async function signedIn(username, idToken) {
  session.token = idToken;
  session.username = username;
  session.me = await api.get('/me').catch((error) => {
    session.token = null;
    throw error;
  });
  route();
}

// ---- routing ---------------------------------------------------------------------------------

const ROUTES = [
  [/^#?\/?$/, () => home()],
  [/^#\/schools\/([^/]+)$/, (urn) => schoolPage(decodeURIComponent(urn))],
  [/^#\/inductions\/([^/]+)$/, (id) => inductionPage(decodeURIComponent(id))],
  [/^#\/inductions\/([^/]+)\/assess\/(\d+)$/, (id, term) => assessmentForm(decodeURIComponent(id), Number(term))],
  [/^#\/inductions\/([^/]+)\/assessments\/([^/]+)$/, (id, aid) => assessmentPage(decodeURIComponent(id), decodeURIComponent(aid))],
];

async function route() {
  if (!session.token) {
    loginPage();
    return;
  }
  const hash = location.hash || '#/';
  const found = ROUTES.map(([pattern, page]) => [hash.match(pattern), page]).find(([match]) => match);
  try {
    if (!found) notFoundPage();
    else await found[1](...found[0].slice(1));
    main.focus();
  } catch (error) {
    failure(error);
  }
}

function failure(error) {
  if (error instanceof SessionEnded) {
    signOut(error.reason);
  } else if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    notFoundPage();
  } else {
    render('Sorry, there is a problem', html`<h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p class="govuk-body">Try again later.</p>`);
    console.error(error);
  }
}

function notFoundPage() {
  render('Page not found', html`<h1 class="govuk-heading-l">Page not found</h1>
    <p class="govuk-body">There is nothing here you can see. <a class="govuk-link" href="#/">Go to your home page</a>.</p>`);
}

/** Submits a form through {@code action}; an API refusal is shown on the form, anything else ends the page. */
function onSubmit(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      await action(values(form));
    } catch (error) {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) showErrors(main, form, error);
      else failure(error);
    } finally {
      submit.disabled = false;
    }
  });
}

function banner(text) {
  return html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert"
      aria-labelledby="success-title" data-module="govuk-notification-banner">
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="success-title">Success</h2></div>
    <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${text}</p></div>
  </div>`;
}

let flash = null;
function go(hash, message) {
  flash = message;
  if (location.hash === hash) route();
  else location.hash = hash;
}
function takeFlash() {
  const message = flash;
  flash = null;
  return message ? banner(message) : '';
}

// ---- home pages ------------------------------------------------------------------------------

async function home() {
  switch (session.me.role) {
    case 'AB_ADMIN': return adminHome();
    case 'INDUCTION_COORDINATOR': return schoolPage(session.me.schoolUrn, true);
    case 'HEADTEACHER': return headteacherHome();
    case 'INDUCTION_TUTOR': return tutorHome();
    default: return teacherHome();
  }
}

function inductionRows(inductions, extra = () => '') {
  return html`<table class="govuk-table">
    <caption class="govuk-table__caption govuk-visually-hidden">Inductions</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Teacher</th><th scope="col" class="govuk-table__header">TRN</th>
      <th scope="col" class="govuk-table__header">Programme</th><th scope="col" class="govuk-table__header">Started</th>
      <th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header">Next step</th>
    </tr></thead>
    <tbody class="govuk-table__body">${inductions.map((i) => html`<tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="#/inductions/${i.inductionId}">${teacherName(i)}</a></td>
      <td class="govuk-table__cell">${i.teacher.trn}</td><td class="govuk-table__cell">${i.programme}</td>
      <td class="govuk-table__cell">${i.startDate}</td><td class="govuk-table__cell">${label(i.status)}</td>
      <td class="govuk-table__cell">${extra(i)}</td></tr>`)}</tbody>
  </table>`;
}

async function adminHome() {
  const schools = await api.all('/schools');
  const awaiting = [];
  for (const school of schools) {
    const inductions = await api.all(`/schools/${encodeURIComponent(school.urn)}/inductions`);
    awaiting.push(...inductions.filter((i) => i.status === 'IN_PROGRESS').map((i) => ({ ...i, schoolName: school.name })));
  }
  render('Appropriate Body', html`${takeFlash()}
    <h1 class="govuk-heading-l">Appropriate Body</h1>
    <h2 class="govuk-heading-m">Inductions awaiting an outcome</h2>
    ${awaiting.length ? inductionRows(awaiting, (i) => html`<a class="govuk-link" href="#/inductions/${i.inductionId}">Record the outcome<span class="govuk-visually-hidden"> for ${teacherName(i)}</span></a>`)
      : html`<p class="govuk-body">No induction is awaiting an outcome.</p>`}
    <h2 class="govuk-heading-m">Schools</h2>
    <table class="govuk-table"><caption class="govuk-table__caption govuk-visually-hidden">Schools</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">URN</th>
        <th scope="col" class="govuk-table__header">Name</th></tr></thead>
      <tbody class="govuk-table__body">${schools.map((s) => html`<tr class="govuk-table__row">
        <td class="govuk-table__cell">${s.urn}</td>
        <td class="govuk-table__cell"><a class="govuk-link" href="#/schools/${s.urn}">${s.name}</a></td></tr>`)}</tbody>
    </table>
    <form id="add-school" novalidate>
      <h2 class="govuk-heading-m">Add a school</h2>
      ${input('urn', 'Unique reference number (URN)', { width: 10, inputmode: 'numeric', hint: '6 digits' })}
      ${input('name', 'School name', { width: 20 })}
      ${button('Add school', { secondary: true })}
    </form>`);
  onSubmit(document.getElementById('add-school'), async (v) => {
    const school = await api.post('/schools', { urn: v.urn, name: v.name });
    go('#/', `School ${school.name} added`);
  });
}

function userRows(users, canManage) {
  return html`<table class="govuk-table"><caption class="govuk-table__caption govuk-visually-hidden">Users</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Name</th><th scope="col" class="govuk-table__header">Email</th>
      <th scope="col" class="govuk-table__header">Role</th><th scope="col" class="govuk-table__header">Status</th>
      <th scope="col" class="govuk-table__header">Action</th></tr></thead>
    <tbody class="govuk-table__body">${users.map((u) => html`<tr class="govuk-table__row">
      <td class="govuk-table__cell">${u.givenName} ${u.familyName}</td><td class="govuk-table__cell">${u.email}</td>
      <td class="govuk-table__cell">${ROLE_NAMES[u.role]}</td><td class="govuk-table__cell">${label(u.status)}</td>
      <td class="govuk-table__cell">${canManage(u) && u.userId !== session.me.userId ? html`<form class="app-inline-form" data-user="${u.userId}"
          data-action="${u.status === 'SUSPENDED' ? 'reactivate' : 'suspend'}">
          ${button(html`${u.status === 'SUSPENDED' ? 'Reactivate' : 'Suspend'}<span class="govuk-visually-hidden"> ${u.givenName} ${u.familyName}</span>`,
            { secondary: u.status === 'SUSPENDED', warning: u.status !== 'SUSPENDED' })}</form>` : ''}</td>
    </tr>`)}</tbody></table>`;
}

function bindUserActions(back) {
  main.querySelectorAll('form[data-user]').forEach((form) => onSubmit(form, async () => {
    const user = await api.post(`/users/${encodeURIComponent(form.dataset.user)}/${form.dataset.action}`);
    go(back, `${user.givenName} ${user.familyName} is now ${label(user.status).toLowerCase()}`);
  }));
}

async function schoolPage(urn, isHome = false) {
  const path = `/schools/${encodeURIComponent(urn)}`;
  const [school, users, inductions] = await Promise.all([api.get(path), api.all(`${path}/users`), api.all(`${path}/inductions`)]);
  const admin = session.me.role === 'AB_ADMIN';
  const coordinator = session.me.role === 'INDUCTION_COORDINATOR';
  const here = isHome ? '#/' : `#/schools/${urn}`;
  const tutors = users.filter((u) => u.role === 'INDUCTION_TUTOR' && u.status !== 'SUSPENDED');
  render(school.name, html`${takeFlash()}
    <span class="govuk-caption-l">URN ${school.urn}</span>
    <h1 class="govuk-heading-l">${school.name}</h1>
    <h2 class="govuk-heading-m">Users</h2>
    ${userRows(users, (u) => (admin ? u.role === 'INDUCTION_COORDINATOR' : coordinator && ['HEADTEACHER', 'INDUCTION_TUTOR', 'NQT'].includes(u.role)))}
    ${admin ? html`<form id="add-user" novalidate>
        <h2 class="govuk-heading-m">Authorise an induction coordinator</h2>
        ${input('givenName', 'Given name', { width: 20 })}${input('familyName', 'Family name', { width: 20 })}
        ${input('email', 'Email address', { type: 'email', width: 20, hint: 'They will be sent a temporary password' })}
        ${button('Authorise coordinator', { secondary: true })}
      </form>` : ''}
    ${coordinator ? html`<form id="add-user" novalidate>
        <h2 class="govuk-heading-m">Add a user</h2>
        ${input('givenName', 'Given name', { width: 20 })}${input('familyName', 'Family name', { width: 20 })}
        ${input('email', 'Email address', { type: 'email', width: 20, hint: 'They will be sent a temporary password' })}
        ${radios('role', 'Role', [['HEADTEACHER', 'Headteacher'], ['INDUCTION_TUTOR', 'Induction tutor'], ['NQT', 'Newly qualified teacher']])}
        ${input('trn', 'Teacher reference number (TRN)', { width: 10, inputmode: 'numeric', hint: 'Only for a newly qualified teacher: 7 digits' })}
        ${button('Add user', { secondary: true })}
      </form>` : ''}
    <h2 class="govuk-heading-m">Inductions</h2>
    ${inductions.length ? inductionRows(inductions, (i) => (coordinator && invitable(i, users)
        ? html`<form class="app-inline-form" data-invite="${i.inductionId}">${button(html`Invite to sign in<span class="govuk-visually-hidden"> ${teacherName(i)}</span>`,
          { secondary: true })}</form>` : '')) : html`<p class="govuk-body">No inductions yet.</p>`}
    ${admin || coordinator ? html`<form id="register" novalidate>
        <h2 class="govuk-heading-m">Register a teacher</h2>
        ${input('teacher.trn', 'Teacher reference number (TRN)', { width: 10, inputmode: 'numeric', hint: '7 digits' })}
        ${input('teacher.givenName', 'Given name', { width: 20 })}${input('teacher.familyName', 'Family name', { width: 20 })}
        ${input('teacher.dateOfBirth', 'Date of birth', { width: 10, hint: 'For example, 1998-03-27' })}
        ${input('teacher.email', 'Email address (optional)', { type: 'email', width: 20 })}
        ${radios('programme', 'Programme', [['NQT', 'NQT (3 terms)'], ['ECT', 'ECT (6 terms)']], { inline: true })}
        ${input('startDate', 'Start date', { width: 10, hint: 'For example, 2026-09-01' })}
        ${input('fte', 'Full-time equivalent', { width: 4, inputmode: 'decimal', hint: 'For example, 1 or 0.6' })}
        ${select('tutorUserId', 'Induction tutor', tutors.map((t) => [t.userId, `${t.givenName} ${t.familyName}`]))}
        ${button('Register teacher', { secondary: true })}
      </form>` : ''}`);
  bindUserActions(here);
  const addUser = document.getElementById('add-user');
  if (addUser) {
    onSubmit(addUser, async (v) => {
      const body = { email: v.email, givenName: v.givenName, familyName: v.familyName, role: admin ? 'INDUCTION_COORDINATOR' : v.role };
      if (v.trn) body.trn = v.trn;
      const user = await api.post(`${path}/users`, body);
      go(here, `${user.givenName} ${user.familyName} added as ${ROLE_NAMES[user.role].toLowerCase()}`);
    });
  }
  main.querySelectorAll('form[data-invite]').forEach((form) => onSubmit(form, async () => {
    const { teacher } = inductions.find((i) => i.inductionId === form.dataset.invite);
    const user = await api.post(`${path}/users`, {
      email: teacher.email, givenName: teacher.givenName, familyName: teacher.familyName, role: 'NQT', trn: teacher.trn,
    });
    go(here, `${user.givenName} ${user.familyName} added as ${ROLE_NAMES[user.role].toLowerCase()}`);
  }));
  const register = document.getElementById('register');
  if (register) {
    onSubmit(register, async (v) => {
      const teacher = { trn: v['teacher.trn'], givenName: v['teacher.givenName'], familyName: v['teacher.familyName'], dateOfBirth: v['teacher.dateOfBirth'] };
      if (v['teacher.email']) teacher.email = v['teacher.email'];
      const induction = await api.post(`${path}/inductions`, {
        teacher, programme: v.programme, startDate: v.startDate, fte: numberOrText(v.fte), tutorUserId: v.tutorUserId || undefined,
      });
      go(here, `${teacherName(induction)} registered`);
    });
  }
}

/**
 * A teacher of an induction in progress here, registered with an email, who has no login yet: the API
 * gives a login only to such a teacher (one per TRN), so the coordinator is offered it on the list.
 */
function invitable(induction, users) {
  return induction.status === 'IN_PROGRESS' && induction.teacher.email
    && !users.some((u) => u.role === 'NQT' && u.trn === induction.teacher.trn);
}

async function withAssessments(inductions) {
  return Promise.all(inductions.map(async (induction) => ({
    induction, assessments: await api.all(`/inductions/${encodeURIComponent(induction.inductionId)}/assessments`),
  })));
}

async function headteacherHome() {
  const urn = session.me.schoolUrn;
  const school = await api.get(`/schools/${encodeURIComponent(urn)}`);
  const rows = await withAssessments(await api.all(`/schools/${encodeURIComponent(urn)}/inductions`));
  const waiting = rows.flatMap(({ induction, assessments }) => assessments.filter((a) => a.status === 'SUBMITTED').map((a) => ({ induction, a })));
  render('Headteacher', html`${takeFlash()}
    <span class="govuk-caption-l">${school.name}</span>
    <h1 class="govuk-heading-l">Assessments waiting for your signature</h1>
    ${waiting.length ? html`<ul class="govuk-list">${waiting.map(({ induction, a }) => html`<li>
        <a class="govuk-link" href="#/inductions/${induction.inductionId}/assessments/${a.assessmentId}">${teacherName(induction)}: ${KIND_NAMES[a.kind]}, term ${a.term}</a></li>`)}</ul>`
      : html`<p class="govuk-body">Nothing is waiting for your signature.</p>`}
    <h2 class="govuk-heading-m">Inductions at your school</h2>
    ${rows.length ? inductionRows(rows.map((r) => r.induction)) : html`<p class="govuk-body">No inductions yet.</p>`}
    <p class="govuk-body"><a class="govuk-link" href="#/schools/${urn}">School users and inductions</a></p>`);
}

async function tutorHome() {
  const rows = await withAssessments(await api.all(`/schools/${encodeURIComponent(session.me.schoolUrn)}/inductions`));
  render('My teachers', html`${takeFlash()}
    <h1 class="govuk-heading-l">My teachers</h1>
    ${rows.length ? inductionRows(rows.map((r) => r.induction), (i) => {
      const { assessments } = rows.find((r) => r.induction === i);
      const term = i.status === 'IN_PROGRESS' ? nextTerm(i, assessments) : null;
      return term ? html`<a class="govuk-link" href="#/inductions/${i.inductionId}/assess/${term}">${KIND_NAMES[kindAt(i, term)]}, term ${term}<span class="govuk-visually-hidden"> for ${teacherName(i)}</span></a>` : 'None due';
    }) : html`<p class="govuk-body">No teachers are assigned to you.</p>`}`);
}

async function teacherHome() {
  const inductions = await api.all(`/schools/${encodeURIComponent(session.me.schoolUrn)}/inductions`);
  const rows = await withAssessments(inductions);
  render('My induction', html`${takeFlash()}
    <h1 class="govuk-heading-l">My induction</h1>
    ${rows.length ? rows.map(({ induction, assessments }) => html`${inductionSummary(induction)}
      <h2 class="govuk-heading-m">My assessments</h2>${assessmentRows(induction, assessments)}`)
      : html`<p class="govuk-body">Your induction has not been registered yet.</p>`}`);
}

// ---- induction and assessments ---------------------------------------------------------------

function summaryRow(key, value) {
  return html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${key}</dt>
    <dd class="govuk-summary-list__value">${value}</dd></div>`;
}

function inductionSummary(i) {
  return html`<dl class="govuk-summary-list">
    ${summaryRow('Teacher', teacherName(i))}${summaryRow('TRN', i.teacher.trn)}
    ${summaryRow('Programme', `${i.programme} (${totalTerms(i)} terms)`)}${summaryRow('Start date', i.startDate)}
    ${summaryRow('Status', label(i.status))}
    ${i.outcome ? summaryRow('Outcome', `${label(i.outcome)} on ${i.outcomeDate}`) : ''}
    ${i.termsRequired !== undefined ? summaryRow('Terms served', `${shownTerms(i.termsServed)} of ${shownTerms(i.termsRequired)} FTE terms required`) : ''}
    ${i.absence?.length ? summaryRow('Absence', html`${i.absence.map((y) => html`Year ${y.year}: ${y.daysAbsent} days absent (${y.statutoryLeaveDays} statutory leave)${Number(y.extensionTerms) > 0 ? `, extended by ${shownTerms(y.extensionTerms)} terms` : ''}<br>`)}`) : ''}
    ${i.extensions?.length ? summaryRow('Extensions', html`${i.extensions.map((e) => html`${shownTerms(e.terms)} terms (${label(e.source)}): ${e.reason}<br>`)}`) : ''}
    ${i.reductions?.length ? summaryRow('Reductions', html`${i.reductions.map((r) => html`${shownTerms(r.terms)} terms: ${r.reason}<br>`)}`) : ''}
    ${i.legalHold ? summaryRow('Legal hold', 'Yes') : ''}
  </dl>`;
}

function assessmentRows(induction, assessments) {
  if (!assessments.length) return html`<p class="govuk-body">No assessments yet.</p>`;
  return html`<table class="govuk-table"><caption class="govuk-table__caption govuk-visually-hidden">Assessments</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Term</th>
      <th scope="col" class="govuk-table__header">Assessment</th><th scope="col" class="govuk-table__header">Progress</th>
      <th scope="col" class="govuk-table__header">Status</th></tr></thead>
    <tbody class="govuk-table__body">${assessments.map((a) => html`<tr class="govuk-table__row">
      <td class="govuk-table__cell">${a.term}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="#/inductions/${induction.inductionId}/assessments/${a.assessmentId}">${KIND_NAMES[a.kind]}<span class="govuk-visually-hidden">, term ${a.term}</span></a></td>
      <td class="govuk-table__cell">${label(a.progress)}</td><td class="govuk-table__cell">${label(a.status)}</td></tr>`)}</tbody></table>`;
}

async function inductionPage(id) {
  const path = `/inductions/${encodeURIComponent(id)}`;
  const [induction, assessments] = await Promise.all([api.get(path), api.all(`${path}/assessments`)]);
  const role = session.me.role;
  const canAssess = (role === 'INDUCTION_TUTOR' || role === 'HEADTEACHER') && induction.status === 'IN_PROGRESS';
  const done = new Set(assessments.map((a) => a.term));
  const open = [];
  for (let term = 1; term <= totalTerms(induction); term++) if (!done.has(term)) open.push(term);
  render(teacherName(induction), html`${takeFlash()}
    <span class="govuk-caption-l">Induction</span>
    <h1 class="govuk-heading-l">${teacherName(induction)}</h1>
    ${inductionSummary(induction)}
    <h2 class="govuk-heading-m">Assessments</h2>
    ${assessmentRows(induction, assessments)}
    ${canAssess && open.length ? html`<h2 class="govuk-heading-m">Record an assessment</h2><ul class="govuk-list">${open.map((term) => html`<li>
      <a class="govuk-link" href="#/inductions/${id}/assess/${term}">Term ${term}: ${KIND_NAMES[kindAt(induction, term)]}</a></li>`)}</ul>` : ''}
    ${role === 'AB_ADMIN' && induction.status === 'IN_PROGRESS' ? html`<form id="outcome" novalidate>
        <h2 class="govuk-heading-m">Record the outcome</h2>
        ${radios('outcome', 'Outcome', [['PASSED', 'Passed'], ['FAILED', 'Failed'], ['EXTENDED', 'Extended']])}
        ${input('outcomeDate', 'Outcome date', { width: 10, value: new Date().toISOString().slice(0, 10), hint: 'Today or earlier, for example 2027-07-20' })}
        ${input('extensionTerms', 'Extension in terms', { width: 4, inputmode: 'decimal', hint: 'Only for an extension, for example 1 or 0.5' })}
        ${button('Record outcome')}
      </form>` : ''}
    ${role === 'AB_ADMIN' && induction.status === 'IN_PROGRESS' ? html`<form id="extension" novalidate>
        <h2 class="govuk-heading-m">Record an extension</h2>
        ${input('terms', 'Extension in FTE terms', { width: 4, inputmode: 'decimal', hint: '0.1 to 16.0, for example 1.5', form: 'extension-' })}
        ${textarea('reason', 'Reason for the extension', { form: 'extension-' })}
        ${button('Record extension', { secondary: true })}
      </form>
      <form id="reduction" novalidate>
        <h2 class="govuk-heading-m">Record a reduction</h2>
        <p class="govuk-body">For prior experience; at least 1.0 FTE term remains required.</p>
        ${input('terms', 'Reduction in FTE terms', { width: 4, inputmode: 'decimal', hint: '0.1 to 16.0, for example 2.0', form: 'reduction-' })}
        ${textarea('reason', 'Reason for the reduction', { form: 'reduction-' })}
        ${button('Record reduction', { secondary: true })}
      </form>` : ''}
    ${role === 'AB_ADMIN' ? html`<form id="legal-hold" novalidate>
        <h2 class="govuk-heading-m">Legal hold</h2>
        <p class="govuk-body">A record under legal hold is not reduced by the six-year retention sweep.</p>
        ${radios('hold', 'Hold this record?', [['true', 'Yes, hold it'], ['false', 'No, release it']], { inline: true })}
        ${textarea('reason', 'Reason')}
        ${button('Save legal hold', { secondary: true })}
      </form>` : ''}`);
  const outcome = document.getElementById('outcome');
  if (outcome) {
    onSubmit(outcome, async (v) => {
      const body = { outcome: v.outcome, outcomeDate: v.outcomeDate };
      if (v.extensionTerms) body.extensionTerms = numberOrText(v.extensionTerms);
      const result = await api.post(`${path}/outcome`, body);
      go('#/', `Outcome recorded: ${teacherName(result)} ${label(result.outcome).toLowerCase()}`);
    });
  }
  for (const [formId, route, done] of [['extension', 'extensions', 'Extension recorded'], ['reduction', 'reductions', 'Reduction recorded']]) {
    const form = document.getElementById(formId);
    if (form) {
      onSubmit(form, async (v) => {
        await api.post(`${path}/${route}`, { terms: numberOrText(v.terms), reason: v.reason });
        go(`#/inductions/${id}`, done);
      });
    }
  }
  const hold = document.getElementById('legal-hold');
  if (hold) {
    onSubmit(hold, async (v) => {
      await api.post(`${path}/legal-hold`, { hold: v.hold === undefined ? undefined : v.hold === 'true', reason: v.reason });
      go(`#/inductions/${id}`, 'Legal hold saved');
    });
  }
}

async function assessmentPage(id, assessmentId) {
  const path = `/inductions/${encodeURIComponent(id)}`;
  const [induction, a] = await Promise.all([api.get(path), api.get(`${path}/assessments/${encodeURIComponent(assessmentId)}`)]);
  const role = session.me.role;
  render(`${KIND_NAMES[a.kind]}, term ${a.term}`, html`${takeFlash()}
    <span class="govuk-caption-l">${teacherName(induction)}</span>
    <h1 class="govuk-heading-l">${KIND_NAMES[a.kind]}, term ${a.term}</h1>
    <dl class="govuk-summary-list">
      ${summaryRow('Period', `${a.periodStart} to ${a.periodEnd}`)}${summaryRow('Days absent', a.daysAbsent)}
      ${a.statutoryLeaveDays ? summaryRow('Of which statutory leave', a.statutoryLeaveDays) : ''}
      ${summaryRow('Progress', label(a.progress))}
      ${STANDARDS.filter(([key]) => a.standards?.[key]).map(([key, title]) => summaryRow(title,
        html`${label(a.standards[key].rating)}${a.standards[key].comment ? html`<br>${a.standards[key].comment}` : ''}`))}
      ${a.recommendation ? summaryRow('Recommendation', label(a.recommendation)) : ''}
      ${a.summary ? summaryRow('Summary', a.summary) : ''}
      ${summaryRow('Status', label(a.status))}
      ${a.teacherComment ? summaryRow("Teacher's comment", a.teacherComment) : ''}
    </dl>
    ${role === 'HEADTEACHER' && a.status === 'SUBMITTED' ? html`<form id="sign" novalidate>
        <p class="govuk-body">By signing you confirm this assessment as the school's record.</p>${button('Sign assessment')}</form>` : ''}
    ${role === 'NQT' && a.status === 'SIGNED' ? html`<form id="acknowledge" novalidate>
        <h2 class="govuk-heading-m">Acknowledge this assessment</h2>
        ${textarea('comment', 'Your comment (optional)', { hint: 'It is kept with the assessment', rows: 4 })}
        ${button('Acknowledge assessment')}</form>` : ''}
    <p class="govuk-body"><a class="govuk-link" href="#/inductions/${id}">Back to the induction</a></p>`);
  const sign = document.getElementById('sign');
  if (sign) {
    onSubmit(sign, async () => {
      await api.post(`${path}/assessments/${encodeURIComponent(assessmentId)}/sign`);
      go('#/', `${KIND_NAMES[a.kind]}, term ${a.term}, signed`);
    });
  }
  const acknowledge = document.getElementById('acknowledge');
  if (acknowledge) {
    onSubmit(acknowledge, async (v) => {
      await api.post(`${path}/assessments/${encodeURIComponent(assessmentId)}/acknowledge`, v.comment ? { comment: v.comment } : {});
      go('#/', `${KIND_NAMES[a.kind]}, term ${a.term}, acknowledged`);
    });
  }
}

async function assessmentForm(id, term) {
  const path = `/inductions/${encodeURIComponent(id)}`;
  const induction = await api.get(path);
  const kind = kindAt(induction, term);
  // One key per form shown: a retried submission (double click, lost answer) creates nothing twice.
  const idempotencyKey = crypto.randomUUID();
  render(`${KIND_NAMES[kind]}, term ${term}`, html`
    <span class="govuk-caption-l">${teacherName(induction)}, ${induction.programme}</span>
    <h1 class="govuk-heading-l">${KIND_NAMES[kind]}, term ${term}</h1>
    <form id="assessment" novalidate>
      <div class="govuk-form-group" data-field="kind">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" id="f-interim" name="interim" type="checkbox" value="yes">
            <label class="govuk-label govuk-checkboxes__label" for="f-interim">Record an interim assessment instead (the teacher is leaving)</label>
          </div>
        </div>
      </div>
      ${input('periodStart', 'Start of the period assessed', { width: 10, hint: 'For example, 2026-09-01' })}
      ${input('periodEnd', 'End of the period assessed', { width: 10, hint: 'For example, 2026-12-19' })}
      ${input('daysAbsent', 'Days absent in the period', { width: 4, inputmode: 'numeric' })}
      ${input('statutoryLeaveDays', 'Of which statutory leave (optional)', { width: 4, inputmode: 'numeric', hint: 'Maternity, paternity, adoption, shared parental, parental bereavement or carer\'s leave' })}
      ${radios('progress', 'Progress', [['SATISFACTORY', 'Satisfactory'], ['UNSATISFACTORY', 'Unsatisfactory']], { inline: true })}
      <h2 class="govuk-heading-m">Teachers' Standards</h2>
      <p class="govuk-body">${kind === 'FINAL' || kind === 'FORMAL' ? 'Rate every standard.' : 'Rate the standards you have evidence for (optional this term).'}</p>
      ${STANDARDS.map(([key, title]) => html`${radios(`standards.${key}.rating`, title, [['MEETING', 'Meeting'], ['NOT_MEETING', 'Not meeting']], { inline: true })}
        ${textarea(`standards.${key}.comment`, html`Comment on ${key === 'PART2' ? 'Part Two' : key}`, { rows: 2 })}`)}
      ${kind === 'FINAL' ? radios('recommendation', 'Recommendation to the Appropriate Body', [['PASS', 'Pass'], ['FAIL', 'Fail'], ['EXTEND', 'Extend the induction']], { legendClass: 'govuk-fieldset__legend--m' }) : ''}
      ${textarea('summary', 'Summary', { rows: 5 })}
      ${button('Submit assessment')}
    </form>`);
  onSubmit(document.getElementById('assessment'), async (v) => {
    const chosenKind = v.interim === 'yes' ? 'INTERIM' : kind;
    const body = {
      kind: chosenKind, term, periodStart: v.periodStart, periodEnd: v.periodEnd, daysAbsent: numberOrText(v.daysAbsent), progress: v.progress,
    };
    const standards = {};
    for (const [key] of STANDARDS) {
      const rating = v[`standards.${key}.rating`];
      const comment = v[`standards.${key}.comment`];
      if (rating || comment) standards[key] = { rating, comment: comment || undefined };
    }
    if (Object.keys(standards).length) body.standards = standards;
    if (chosenKind === 'FINAL' && v.recommendation !== undefined) body.recommendation = v.recommendation;
    if (v.statutoryLeaveDays) body.statutoryLeaveDays = numberOrText(v.statutoryLeaveDays);
    if (v.summary) body.summary = v.summary;
    const created = await api.post(`${path}/assessments`, body, { 'Idempotency-Key': idempotencyKey });
    go('#/', `${KIND_NAMES[created.kind]}, term ${created.term}, submitted for the headteacher's signature`);
  });
}

// ---- start -----------------------------------------------------------------------------------

async function start() {
  try {
    config = await (await fetch('config.json', { cache: 'no-store' })).json();
  } catch {
    render('Sorry, there is a problem', html`<h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p class="govuk-body">The site's configuration could not be loaded.</p>`);
    return;
  }
  api = apiClient(config, () => session.token);
  window.addEventListener('hashchange', () => {
    if (location.hash === '' || location.hash.startsWith('#/')) route();
  });
  route();
}

clearErrors(main);
start();
