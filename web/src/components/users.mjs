// A school's users: the table (suspend asks first on a page of its own; reactivate undoes nothing) and adding
// one, with a check of the answers before the invitation is sent. The school page and '/users' show them.
import { withCheck } from './check.mjs';
import { button, input, radios } from './forms.mjs';
import { summaryList } from './summary-list.mjs';
import { table } from './table.mjs';
import { tag } from './tag.mjs';
import { ROLE_NAMES } from '../domain.mjs';
import { html } from '../html.mjs';

/** Whom the caller may suspend or reactivate (CONTRACT.md section 2, the tiers); never themself. */
export function manages(me, user) {
  if (user.userId === me.userId) return false;
  if (me.role === 'AB_ADMIN') return user.role === 'INDUCTION_COORDINATOR';
  return me.role === 'INDUCTION_COORDINATOR' && ['HEADTEACHER', 'INDUCTION_TUTOR', 'NQT'].includes(user.role);
}

export function userTable(users, me, urn) {
  return table({
    caption: 'Users',
    head: ['Name', 'Email', 'Role', 'Status', 'Action'],
    rows: users.map((u) => [
      `${u.givenName} ${u.familyName}`, u.email, ROLE_NAMES[u.role], tag(u.status),
      manages(me, u) ? (u.status === 'SUSPENDED'
        ? html`<form class="app-inline-form" data-user="${u.userId}" data-action="reactivate">
          ${button(html`Reactivate<span class="govuk-visually-hidden"> ${u.givenName} ${u.familyName}</span>`, { secondary: true })}</form>`
        : html`<a class="govuk-link" href="#/schools/${urn}/users/${u.userId}/suspend">Suspend<span class="govuk-visually-hidden"> ${u.givenName} ${u.familyName}</span></a>`) : '',
    ]),
  });
}

/** The form to add a user: the AB admin authorises a coordinator, a coordinator adds the school's staff and NQTs. */
export function addUserForm(me) {
  if (me.role !== 'AB_ADMIN' && me.role !== 'INDUCTION_COORDINATOR') return '';
  const admin = me.role === 'AB_ADMIN';
  return html`<form id="add-user" novalidate>
      <h2 class="govuk-heading-m">${admin ? 'Authorise an induction coordinator' : 'Add a user'}</h2>
      ${input('givenName', 'Given name', { width: 20 })}${input('familyName', 'Family name', { width: 20 })}
      ${input('email', 'Email address', { type: 'email', width: 20, hint: 'They will be sent a temporary password' })}
      ${admin ? '' : html`${radios('role', 'Role', [['HEADTEACHER', 'Headteacher'], ['INDUCTION_TUTOR', 'Induction tutor'], ['NQT', 'Newly qualified teacher']])}
      ${input('trn', 'Teacher reference number (TRN)', { width: 10, inputmode: 'numeric', hint: 'Only for a newly qualified teacher: 7 digits' })}`}
      ${button('Continue', { secondary: true })}
    </form>
    <div id="add-user-check" hidden></div>`;
}

/** The API's body for the form (CONTRACT.md section 3, POST /schools/{urn}/users). */
export function newUserBody(v, me) {
  const body = { email: v.email, givenName: v.givenName, familyName: v.familyName, role: me.role === 'AB_ADMIN' ? 'INDUCTION_COORDINATOR' : v.role };
  if (v.trn) body.trn = v.trn;
  return body;
}

function newUserCheck(body, me) {
  return html`<h2 class="govuk-heading-m" id="add-user-check-title" tabindex="-1">Check the new user's details</h2>
    ${summaryList([
      ['Name', `${body.givenName} ${body.familyName}`],
      ['Email address', body.email],
      ['Role', ROLE_NAMES[body.role] ?? 'Not chosen'],
      ['Teacher reference number (TRN)', body.trn ?? ''],
    ])}
    <p class="govuk-body">An invitation with a temporary password is sent to the email address.</p>
    <form id="add-user-confirm" novalidate><div class="govuk-button-group">${button(me.role === 'AB_ADMIN' ? 'Authorise coordinator' : 'Add user')}
      <a class="govuk-link" href="#" data-change>Change the details</a></div></form>`;
}

/** Binds the users table's reactivate buttons and the add-user form of `root`; `here` is where to go after. */
export function bindUsers(root, ctx, urn, here) {
  const { api, go, submit, me } = ctx;
  root.querySelectorAll('form[data-user]').forEach((form) => submit(form, async () => {
    const user = await api.post(`/users/${encodeURIComponent(form.dataset.user)}/${form.dataset.action}`);
    go(here, `${user.givenName} ${user.familyName} is now ${user.status === 'SUSPENDED' ? 'suspended' : 'active'}`);
  }));
  const addUser = root.querySelector('#add-user');
  if (!addUser) return;
  withCheck(ctx, addUser, root.querySelector('#add-user-check'), {
    title: "Check the new user's details",
    render: (v) => newUserCheck(newUserBody(v, me), me),
    send: async (v) => {
      const user = await api.post(`/schools/${encodeURIComponent(urn)}/users`, newUserBody(v, me));
      go(here, addedMessage(user));
    },
  });
}

export function addedMessage(user) {
  return `${user.givenName} ${user.familyName} added as ${ROLE_NAMES[user.role].toLowerCase()}`;
}
