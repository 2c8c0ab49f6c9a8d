// A school: its users (add, suspend, reactivate), its inductions, and registering a teacher. The
// coordinator's home page ('/', isHome) and the AB admin's '/schools/:urn'.
import { downloadButton } from '../components/download.mjs';
import { dateInput, exampleOf, today } from '../components/date-input.mjs';
import { button, input, numberOrText, radios, select } from '../components/forms.mjs';
import { DUE_FILTERS, matchesDue } from '../components/next-assessment.mjs';
import { inductionTable } from '../components/records.mjs';
import { addUserForm, addedMessage, bindUsers, userTable } from '../components/users.mjs';
import { teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export function title({ school }) {
  return school.name;
}

export async function load({ api, params, query }) {
  const path = `/schools/${encodeURIComponent(params.urn)}`;
  const [school, users, inductions, former] = await Promise.all([api.get(path), api.all(`${path}/users`),
    api.all(`${path}/inductions`), api.all(`${path}/inductions?former=true`)]);
  const due = DUE_FILTERS.some(([value]) => value && value === query?.get('due')) ? query.get('due') : '';
  return { path, school, users, inductions, former, due };
}

/** Show every induction, or those whose next assessment is due or overdue (the server's status on each item). */
function dueFilter(due) {
  return html`<form id="due-filter" class="app-filter" novalidate aria-label="Inductions by their next assessment">
    <div class="govuk-form-group" data-field="due">
      <label class="govuk-label" for="f-due">Next assessment</label>
      <select class="govuk-select" id="f-due" name="due">${DUE_FILTERS.map(([v, text]) => html`<option value="${v}"${v === due ? html` selected` : ''}>${text}</option>`)}</select>
    </div>
    ${button('Show', { secondary: true })}
  </form>`;
}

/**
 * A teacher of an induction in progress here, registered with an email, who has no login yet: the API
 * gives a login only to such a teacher (one per TRN), so the coordinator is offered it on the list.
 */
function invitable(induction, users) {
  return induction.status === 'IN_PROGRESS' && induction.teacher.email
    && !users.some((u) => u.role === 'NQT' && u.trn === induction.teacher.trn);
}

export function view({ school, users, inductions, former, due }, { me, queue = '' }) {
  const shown = inductions.filter((i) => matchesDue(i, due));
  const admin = me.role === 'AB_ADMIN';
  const coordinator = me.role === 'INDUCTION_COORDINATOR';
  const tutors = users.filter((u) => u.role === 'INDUCTION_TUTOR' && u.status !== 'SUSPENDED');
  return html`<span class="govuk-caption-l">URN ${school.urn}</span>
    <h1 class="govuk-heading-l">${school.name}</h1>
    ${queue}
    <h2 class="govuk-heading-m">Users</h2>
    ${userTable(users, me, school.urn)}
    <p class="govuk-body"><a class="govuk-link" href="#/users${admin ? `?urn=${school.urn}` : ''}">All users of ${school.name}</a>, a page at a time</p>
    ${addUserForm(me)}
    <h2 class="govuk-heading-m">Inductions</h2>
    ${inductions.length ? html`${dueFilter(due)}${shown.length ? inductionTable(shown, (i) => (coordinator && invitable(i, users)
        ? html`<form class="app-inline-form" data-invite="${i.inductionId}">${button(html`Invite to sign in<span class="govuk-visually-hidden"> ${teacherName(i)}</span>`,
          { secondary: true })}</form>` : ''), { next: true }) : html`<p class="govuk-body" id="none-due">No induction has an assessment ${due === 'OVERDUE' ? 'overdue' : 'due or overdue'}.</p>`}`
      : html`<p class="govuk-body">No inductions yet.</p>`}
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
  bindUsers(root, ctx, school.urn, here);
  root.querySelector('#due-filter')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const due = new FormData(event.target).get('due');
    go(due ? `${here}?due=${due}` : here);
  });
  root.querySelectorAll('form[data-invite]').forEach((form) => submit(form, async () => {
    const { teacher } = inductions.find((i) => i.inductionId === form.dataset.invite);
    go(here, addedMessage(await api.post(`${path}/users`, {
      email: teacher.email, givenName: teacher.givenName, familyName: teacher.familyName, role: 'NQT', trn: teacher.trn,
    })));
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
