// '/schools': the AB admin's schools, a page at a time over GET /schools's nextToken, searched by URN or name.
// A URN is one GET /schools/{urn}. The API has no search by name, so a name search reads the list at its
// largest page (100 schools a request: one for an AB of 27) and keeps the schools whose name contains it.
import { button, input } from '../components/forms.mjs';
import { pagination, rememberNext, tokenFor } from '../components/pagination.mjs';
import { table } from '../components/table.mjs';
import { html } from '../html.mjs';
import { addSchoolForm, bindAddSchool } from './admin-home.mjs';

export const title = 'Schools';
const PAGE_SIZE = 25;
const LIST = `/schools?limit=${PAGE_SIZE}`;

/** What the search asks: nothing (browse), a 6-digit URN, or part of a name (any case). */
export function searchOf(text) {
  const q = String(text ?? '').trim();
  if (!q) return { by: 'none', q };
  return /^\d{6}$/.test(q) ? { by: 'urn', q } : { by: 'name', q };
}

/** The schools whose name contains `q`, in any case. */
export function byName(schools, q) {
  const wanted = q.toLocaleLowerCase('en-GB');
  return schools.filter((s) => s.name.toLocaleLowerCase('en-GB').includes(wanted));
}

export function schoolsHref(q, n = 1) {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (n > 1) query.set('page', String(n));
  const text = query.toString();
  return `#/schools${text ? `?${text}` : ''}`;
}

export async function load({ api, query }) {
  const search = searchOf(query.get('q'));
  if (search.by === 'urn') {
    const school = await api.get(`/schools/${search.q}`).catch((error) => {
      if (error.status === 404) return null;
      throw error;
    });
    return { search, schools: school ? [school] : [], page: 1, hasNext: false };
  }
  if (search.by === 'name') return { search, schools: byName(await api.all('/schools?limit=100'), search.q), page: 1, hasNext: false };
  const asked = Math.max(1, Number(query.get('page')) || 1);
  const token = tokenFor(LIST, asked);
  const page = token || asked === 1 ? asked : 1;
  const result = await api.page(LIST, token);
  rememberNext(LIST, page, result.nextToken);
  return { search, schools: result.items, page, hasNext: Boolean(result.nextToken) };
}

export function view({ search, schools, page, hasNext }) {
  const matching = search.q ? ` matching “${search.q}”` : '';
  return html`<h1 class="govuk-heading-l">Schools</h1>
    <form id="search" class="app-filter" novalidate role="search" aria-label="Schools">
      ${input('q', 'Search by name or URN', { width: 20, value: search.q, hint: 'Part of the name, or the 6-digit URN' })}
      ${button('Search', { secondary: true })}
    </form>
    <p class="govuk-body" role="status">${schools.length ? `${search.by === 'none' ? `Page ${page}: ` : ''}${schools.length} school${schools.length === 1 ? '' : 's'}${matching}` : `No schools${matching}.`}</p>
    ${schools.length ? table({
      caption: 'Schools',
      head: ['URN', 'Name', 'Users'],
      rows: schools.map((s) => [s.urn, html`<a class="govuk-link" href="#/schools/${s.urn}">${s.name}</a>`,
        html`<a class="govuk-link" href="#/users?urn=${s.urn}">Users<span class="govuk-visually-hidden"> of ${s.name}</span></a>`]),
    }) : ''}
    ${pagination({ page, hasNext, href: (n) => schoolsHref(search.q, n) })}
    ${addSchoolForm()}`;
}

export function bind(root, _data, ctx) {
  root.querySelector('#search').addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.go(schoolsHref(String(new FormData(event.target).get('q') ?? '').trim()));
  });
  bindAddSchool(root, ctx, '#/schools');
}
