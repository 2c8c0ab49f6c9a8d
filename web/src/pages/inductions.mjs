// The AB's inductions across every school (GET /inductions): search by family name or TRN, filter by status,
// school and due or overdue, a page at a time over the API's nextToken; finished inductions only when their
// status is chosen. One request for the page of inductions, whatever the number of schools, and one for the
// schools. Due and overdue are the server's (each item's nextAssessment.status, from the AB's term dates); the
// API has no filter on them, so the page filters what it was answered, asking for pages of 100 meanwhile.
import { button, input } from '../components/forms.mjs';
import { pagination, rememberNext, tokenFor } from '../components/pagination.mjs';
import { DUE_FILTERS, matchesDue } from '../components/next-assessment.mjs';
import { inductionTable } from '../components/records.mjs';
import { label, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export const title = 'Inductions';
const PAGE_SIZE = 25;
/** A page while filtering on due or overdue: the API's largest, so a page filtered here is still worth a look. */
const DUE_PAGE_SIZE = 100;
export const STATUSES = ['IN_PROGRESS', 'LEFT', 'PASSED', 'FAILED', 'CLOSED', 'REDUCED'];

/** The filter as the URL holds it; the status defaults to in progress (finished records out of the way). */
export function filterOf(query) {
  const status = STATUSES.includes(query.get('status')) ? query.get('status') : 'IN_PROGRESS';
  const due = DUE_FILTERS.some(([value]) => value && value === query.get('due')) && status === 'IN_PROGRESS' ? query.get('due') : '';
  return { q: (query.get('q') ?? '').trim(), status, urn: query.get('urn') ?? '', due, page: Math.max(1, Number(query.get('page')) || 1) };
}

/** '#/inductions?...' for a filter (only what is set), at page n. */
export function hrefOf({ q, status, urn, due }, n = 1) {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (status && status !== 'IN_PROGRESS') query.set('status', status);
  if (urn) query.set('urn', urn);
  if (due) query.set('due', due);
  if (n > 1) query.set('page', String(n));
  const text = query.toString();
  return `#/inductions${text ? `?${text}` : ''}`;
}

/** The API's path for a filter (the TRN or the family name go as q; the API tells them apart). */
export function apiPathOf({ q, status, urn, due }, limit = due ? DUE_PAGE_SIZE : PAGE_SIZE) {
  const query = new URLSearchParams({ status, limit: String(limit) });
  if (q) query.set('q', q);
  if (urn) query.set('urn', urn);
  return `/inductions?${query}`;
}

export async function load({ api, query }) {
  const filter = filterOf(query);
  const key = apiPathOf(filter);
  const token = tokenFor(key, filter.page);
  const page = token || filter.page === 1 ? filter.page : 1;
  const [result, schools] = await Promise.all([api.page(key, token), api.all('/schools')]);
  rememberNext(key, page, result.nextToken);
  return { filter: { ...filter, page }, items: result.items.filter((i) => matchesDue(i, filter.due)), read: result.items.length,
    hasNext: Boolean(result.nextToken), schools };
}

/** The line that says what the page shows (a live region: read out after a search). */
export function statusLine({ filter, items, read }, names) {
  const what = `${label(filter.status).toLowerCase()} induction`;
  const plural = items.length === 1 ? '' : 's';
  const due = filter.due ? ` with an assessment ${filter.due === 'OVERDUE' ? 'overdue' : 'due or overdue'}` : '';
  const where = `${filter.q ? ` matching “${filter.q}”` : ''}${filter.urn ? ` at ${names.get(filter.urn) ?? filter.urn}` : ''}`;
  const ofPage = filter.due ? ` (of ${read} on this page)` : '';
  return items.length ? `Page ${filter.page}: ${items.length} ${what}${plural}${due}${where}${ofPage}`
    : `No ${what}s${due}${where}${ofPage}.`;
}

export function view({ filter, items, read, hasNext, schools }) {
  const names = new Map(schools.map((s) => [s.urn, s.name]));
  return html`<h1 class="govuk-heading-l">Inductions</h1>
    <form id="filter" class="app-filter" novalidate role="search" aria-label="Inductions">
      ${input('q', 'Search by family name or TRN', { width: 20, value: filter.q, hint: 'The start of a family name, or a 7-digit TRN' })}
      <div class="govuk-form-group" data-field="status">
        <label class="govuk-label" for="f-status">Status</label>
        <select class="govuk-select" id="f-status" name="status">${STATUSES.map((s) => html`<option value="${s}"${s === filter.status ? html` selected` : ''}>${label(s)}</option>`)}</select>
      </div>
      <div class="govuk-form-group" data-field="urn">
        <label class="govuk-label" for="f-urn">School</label>
        <select class="govuk-select" id="f-urn" name="urn"><option value="">All schools</option>${schools.map((s) => html`<option value="${s.urn}"${s.urn === filter.urn ? html` selected` : ''}>${s.name}</option>`)}</select>
      </div>
      <div class="govuk-form-group" data-field="due">
        <label class="govuk-label" for="f-due">Next assessment</label>
        <select class="govuk-select" id="f-due" name="due">${DUE_FILTERS.map(([v, text]) => html`<option value="${v}"${v === filter.due ? html` selected` : ''}>${text}</option>`)}</select>
      </div>
      ${button('Search', { secondary: true })}
    </form>
    <p class="govuk-body" role="status">${statusLine({ filter, items, read }, names)}</p>
    ${items.length ? inductionTable(items.map((i) => ({ ...i, schoolName: names.get(i.schoolUrn) ?? i.schoolUrn })), (i) => html`${i.schoolName}${i.status === 'IN_PROGRESS'
      ? html`<br><a class="govuk-link" href="#/inductions/${i.inductionId}">Record the outcome<span class="govuk-visually-hidden"> for ${teacherName(i)}</span></a>` : ''}`,
    { caption: 'Inductions', last: 'School', next: true }) : ''}
    ${pagination({ page: filter.page, hasNext, href: (n) => hrefOf(filter, n) })}`;
}

export function bind(root, _data, ctx) {
  root.querySelector('#filter').addEventListener('submit', (event) => {
    event.preventDefault();
    const v = Object.fromEntries(new FormData(event.target).entries());
    ctx.go(hrefOf({ q: String(v.q ?? '').trim(), status: v.status, urn: v.urn, due: v.status === 'IN_PROGRESS' ? v.due : '' }));
  });
}
