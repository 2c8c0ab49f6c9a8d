// '/users': a school's users a page at a time (GET /schools/{urn}/users over its nextToken), with suspend,
// reactivate and adding one. The coordinator's and headteacher's school; the AB admin chooses the school
// (`?urn=`), since the API lists users by school only (CONTRACT.md section 3).
import { button } from '../components/forms.mjs';
import { pagination, rememberNext, tokenFor } from '../components/pagination.mjs';
import { addUserForm, bindUsers, userTable } from '../components/users.mjs';
import { html } from '../html.mjs';

const PAGE_SIZE = 25;

export function title({ school }) {
  return school ? `Users of ${school.name}` : 'Users';
}

/** '#/users?…' for a school (the AB admin's choice) at page n. */
export function usersHref(urn, n = 1, { admin = true } = {}) {
  const query = new URLSearchParams();
  if (admin && urn) query.set('urn', urn);
  if (n > 1) query.set('page', String(n));
  const text = query.toString();
  return `#/users${text ? `?${text}` : ''}`;
}

export async function load({ api, me, query }) {
  const admin = me.role === 'AB_ADMIN';
  const urn = admin ? (query.get('urn') ?? '') : me.schoolUrn;
  const schools = admin ? await api.all('/schools?limit=100') : [];
  if (!urn) return { admin, schools, school: null };
  const path = `/schools/${encodeURIComponent(urn)}/users?limit=${PAGE_SIZE}`;
  const asked = Math.max(1, Number(query.get('page')) || 1);
  const token = tokenFor(path, asked);
  const page = token || asked === 1 ? asked : 1;
  const [school, result] = await Promise.all([api.get(`/schools/${encodeURIComponent(urn)}`), api.page(path, token)]);
  rememberNext(path, page, result.nextToken);
  return { admin, schools, school, users: result.items, page, hasNext: Boolean(result.nextToken) };
}

function chooser(schools, urn) {
  return html`<form id="choose-school" class="app-filter" novalidate aria-label="School">
    <div class="govuk-form-group" data-field="urn">
      <label class="govuk-label" for="f-urn">School</label>
      <select class="govuk-select" id="f-urn" name="urn"><option value="">Choose a school</option>${schools.map((s) => html`<option value="${s.urn}"${s.urn === urn ? html` selected` : ''}>${s.name} (${s.urn})</option>`)}</select>
    </div>
    ${button('Show users', { secondary: true })}
  </form>`;
}

export function view({ admin, schools, school, users, page, hasNext }, { me }) {
  return html`${school ? html`<span class="govuk-caption-l">${school.name}, URN ${school.urn}</span>` : ''}
    <h1 class="govuk-heading-l">Users</h1>
    ${admin ? chooser(schools, school?.urn) : ''}
    ${school ? html`<p class="govuk-body" role="status">${users.length ? `Page ${page}: ${users.length} user${users.length === 1 ? '' : 's'}` : 'No users yet.'}</p>
      ${users.length ? userTable(users, me, school.urn) : ''}
      ${pagination({ page, hasNext, href: (n) => usersHref(school.urn, n, { admin }) })}
      ${addUserForm(me)}` : html`<p class="govuk-body">Choose a school to see its users.</p>`}`;
}

export function bind(root, { admin, school }, ctx) {
  root.querySelector('#choose-school')?.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.go(usersHref(String(new FormData(event.target).get('urn') ?? '')));
  });
  if (school) bindUsers(root, ctx, school.urn, usersHref(school.urn, 1, { admin }));
}
