// A school: its users (add, suspend, reactivate), its inductions, and registering a teacher. The
// coordinator's home page ('/', isHome) and the AB admin's '/schools/:urn'.
import { downloadButton } from '../components/download.mjs';
import { dateInput, exampleOf, today } from '../components/date-input.mjs';
import { button, input, numberOrText, radios, select } from '../components/forms.mjs';
import { inductionTable } from '../components/records.mjs';
import { table } from '../components/table.mjs';
import { tag } from '../components/tag.mjs';
import { ROLE_NAMES, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export function title({ school }) {
  return school.name;
}

export async function load({ api, params }) {
  const path = `/schools/${encodeURIComponent(params.urn)}`;
  const [school, users, inductions, former] = await Promise.all([api.get(path), api.all(`${path}/users`),
    api.all(`${path}/inductions`), api.all(`${path}/inductions?former=true`)]);
  return { path, school, users, inductions, former };
}

/**
 * A teacher of an induction in progress here, registered with an email, who has no login yet: the API
 * gives a login only to such a teacher (one per TRN), so the coordinator is offered it on the list.
 */
function invitable(induction, users) {
  return induction.status === 'IN_PROGRESS' && induction.teacher.email
    && !users.some((u) => u.role === 'NQT' && u.trn === induction.teacher.trn);
}

function userTable(users, canManage, me, urn) {
  return table({
    caption: 'Users',
    head: ['Name', 'Email', 'Role', 'Status', 'Action'],
    rows: users.map((u) => [
      `${u.givenName} ${u.familyName}`, u.email, ROLE_NAMES[u.role], tag(u.status),
      // Suspending asks first, on a page of its own (pages/suspend-user.mjs); reactivating undoes nothing.
      canManage(u) && u.userId !== me.userId ? (u.status === 'SUSPENDED'
        ? html`<form class="app-inline-form" data-user="${u.userId}" data-action="reactivate">
          ${button(html`Reactivate<span class="govuk-visually-hidden"> ${u.givenName} ${u.familyName}</span>`, { secondary: true })}</form>`
        : html`<a class="govuk-link" href="#/schools/${urn}/users/${u.userId}/suspend">Suspend<span class="govuk-visually-hidden"> ${u.givenName} ${u.familyName}</span></a>`) : '',
    ]),
  });
}

export function view({ school, users, inductions, former }, { me, queue = '' }) {
  const admin = me.role === 'AB_ADMIN';
  const coordinator = me.role === 'INDUCTION_COORDINATOR';
  const tutors = users.filter((u) => u.role === 'INDUCTION_TUTOR' && u.status !== 'SUSPENDED');
  return html`<span class="govuk-caption-l">URN ${school.urn}</span>
    <h1 class="govuk-heading-l">${school.name}</h1>
    ${queue}
    <h2 class="govuk-heading-m">Users</h2>
    ${userTable(users, (u) => (admin ? u.role === 'INDUCTION_COORDINATOR' : coordinator && ['HEADTEACHER', 'INDUCTION_TUTOR', 'NQT'].includes(u.role)), me, school.urn)}
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
    ${inductions.length ? inductionTable(inductions, (i) => (coordinator && invitable(i, users)
        ? html`<form class="app-inline-form" data-invite="${i.inductionId}">${button(html`Invite to sign in<span class="govuk-visually-hidden"> ${teacherName(i)}</span>`,
          { secondary: true })}</form>` : '')) : html`<p class="govuk-body">No inductions yet.</p>`}
    ${former.length ? html`<h2 class="govuk-heading-m">Teachers who have moved to another school</h2>
      ${inductionTable(former, () => 'Moved on', { caption: 'Teachers who have moved to another school' })}` : ''}
    ${admin || coordinator ? html`<p class="govuk-body"><button type="button" class="govuk-button govuk-button--secondary" id="caseload"
        data-module="govuk-button">Download the caseload (CSV)</button></p>` : ''}
    ${admin || coordinator ? html`<form id="register" novalidate data-guard>
        <h2 class="govuk-heading-m">Register a teacher</h2>
        <p class="govuk-body">To register many teachers at once, <a class="govuk-link" href="#/schools/${school.urn}/upload">register teachers from a file</a> (CSV).</p>
        <p class="govuk-body">A teacher who left another school part-way through induction is registered the same way:
          with the same TRN and date of birth, their induction continues here, with its earlier periods and assessments.</p>
        ${input('teacher.trn', 'Teacher reference number (TRN)', { width: 10, inputmode: 'numeric', hint: '7 digits' })}
        ${input('teacher.givenName', 'Given name', { width: 20 })}${input('teacher.familyName', 'Family name', { width: 20 })}
        ${dateInput('teacher.dateOfBirth', 'Date of birth', { hint: 'For example, 27 3 1998' })}
        ${input('teacher.email', 'Email address (optional)', { type: 'email', width: 20 })}
        ${radios('programme', 'Programme', [['NQT', 'NQT (3 terms)'], ['ECT', 'ECT (6 terms)']], { inline: true })}
        ${dateInput('startDate', 'Start date', { hint: exampleOf(today()) })}
        ${input('fte', 'Full-time equivalent', { width: 4, inputmode: 'decimal', hint: 'For example, 1 or 0.6' })}
        ${select('tutorUserId', 'Induction tutor', tutors.map((t) => [t.userId, `${t.givenName} ${t.familyName}`]))}
        ${button('Register teacher', { secondary: true })}
      </form>` : ''}`;
}

export function bind(root, { path, school, inductions }, ctx) {
  const { api, go, submit, me } = ctx;
  const here = ctx.isHome ? '#/' : `#/schools/${school.urn}`;
  const added = (user) => go(here, `${user.givenName} ${user.familyName} added as ${ROLE_NAMES[user.role].toLowerCase()}`);
  root.querySelectorAll('form[data-user]').forEach((form) => submit(form, async () => {
    const user = await api.post(`/users/${encodeURIComponent(form.dataset.user)}/${form.dataset.action}`);
    go(here, `${user.givenName} ${user.familyName} is now ${user.status === 'SUSPENDED' ? 'suspended' : 'active'}`);
  }));
  const addUser = root.querySelector('#add-user');
  if (addUser) {
    submit(addUser, async (v) => {
      const body = { email: v.email, givenName: v.givenName, familyName: v.familyName, role: me.role === 'AB_ADMIN' ? 'INDUCTION_COORDINATOR' : v.role };
      if (v.trn) body.trn = v.trn;
      added(await api.post(`${path}/users`, body));
    });
  }
  root.querySelectorAll('form[data-invite]').forEach((form) => submit(form, async () => {
    const { teacher } = inductions.find((i) => i.inductionId === form.dataset.invite);
    added(await api.post(`${path}/users`, {
      email: teacher.email, givenName: teacher.givenName, familyName: teacher.familyName, role: 'NQT', trn: teacher.trn,
    }));
  }));
  const caseload = root.querySelector('#caseload');
  if (caseload) {
    downloadButton(caseload, () => api.blob(`/exports/caseload.csv?schoolUrn=${encodeURIComponent(school.urn)}`), `caseload-${school.urn}.csv`, ctx.fail);
  }
  const register = root.querySelector('#register');
  if (register) {
    submit(register, async (v) => {
      const teacher = { trn: v['teacher.trn'], givenName: v['teacher.givenName'], familyName: v['teacher.familyName'], dateOfBirth: v['teacher.dateOfBirth'] };
      if (v['teacher.email']) teacher.email = v['teacher.email'];
      const induction = await api.post(`${path}/inductions`, {
        teacher, programme: v.programme, startDate: v.startDate, fte: numberOrText(v.fte), tutorUserId: v.tutorUserId || undefined,
      });
      go(here, induction.periods?.length > 1
        ? `${teacherName(induction)}'s induction continues here: it began at another school`
        : `${teacherName(induction)} registered`);
    });
  }
}
