// The AB admin's home: the first inductions in progress (one request across every school: GET /inductions),
// the schools, and adding a school. All the inductions, searched and filtered, are on '/inductions'.
import { button, input } from '../components/forms.mjs';
import { inductionTable } from '../components/records.mjs';
import { table } from '../components/table.mjs';
import { teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export const title = 'Appropriate Body';
const SHOWN = 10;

export async function load({ api }) {
  const [schools, inProgress] = await Promise.all([api.all('/schools'), api.page(`/inductions?status=IN_PROGRESS&limit=${SHOWN}`)]);
  return { schools, inProgress: inProgress.items, more: Boolean(inProgress.nextToken) };
}

export function view({ schools, inProgress, more }, { queue = '' } = {}) {
  const names = new Map(schools.map((s) => [s.urn, s.name]));
  return html`<h1 class="govuk-heading-l">Appropriate Body</h1>
    ${queue}
    <h2 class="govuk-heading-m">Inductions in progress</h2>
    ${inProgress.length ? inductionTable(inProgress, (i) => html`${names.get(i.schoolUrn) ?? i.schoolUrn}<br><a class="govuk-link" href="#/inductions/${i.inductionId}">Record the outcome<span class="govuk-visually-hidden"> for ${teacherName(i)}</span></a>`,
      { caption: 'Inductions in progress', last: 'School' })
      : html`<p class="govuk-body">No induction is in progress.</p>`}
    <p class="govuk-body"><a class="govuk-link" href="#/inductions">${more ? 'Search all inductions' : 'Search inductions'}</a> by name or TRN, status and school</p>
    <h2 class="govuk-heading-m">Schools</h2>
    <p class="govuk-body"><a class="govuk-link" href="#/schools">Search schools</a> by name or URN</p>
    ${table({
      caption: 'Schools',
      head: ['URN', 'Name'],
      rows: schools.map((s) => [s.urn, html`<a class="govuk-link" href="#/schools/${s.urn}">${s.name}</a>`]),
    })}
    ${addSchoolForm()}`;
}

export function addSchoolForm() {
  return html`<form id="add-school" novalidate>
      <h2 class="govuk-heading-m">Add a school</h2>
      ${input('urn', 'Unique reference number (URN)', { width: 10, inputmode: 'numeric', hint: '6 digits' })}
      ${input('name', 'School name', { width: 20 })}
      ${button('Add school', { secondary: true })}
    </form>`;
}

/** Binds the add-school form of `root`; `here` is the page to show again with the banner. */
export function bindAddSchool(root, ctx, here) {
  ctx.submit(root.querySelector('#add-school'), async (v) => {
    const school = await ctx.api.post('/schools', { urn: v.urn, name: v.name });
    ctx.go(here, `School ${school.name} added`);
  });
}

export function bind(root, _data, ctx) {
  bindAddSchool(root, ctx, '#/');
}
