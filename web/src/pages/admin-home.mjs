// The AB admin's home: inductions awaiting an outcome, the schools, and adding a school.
import { button, input } from '../components/forms.mjs';
import { inductionTable } from '../components/records.mjs';
import { table } from '../components/table.mjs';
import { teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export const title = 'Appropriate Body';

export async function load({ api }) {
  const schools = await api.all('/schools');
  const awaiting = [];
  for (const school of schools) {
    const inductions = await api.all(`/schools/${encodeURIComponent(school.urn)}/inductions`);
    awaiting.push(...inductions.filter((i) => i.status === 'IN_PROGRESS').map((i) => ({ ...i, schoolName: school.name })));
  }
  return { schools, awaiting };
}

export function view({ schools, awaiting }) {
  return html`<h1 class="govuk-heading-l">Appropriate Body</h1>
    <h2 class="govuk-heading-m">Inductions awaiting an outcome</h2>
    ${awaiting.length ? inductionTable(awaiting, (i) => html`<a class="govuk-link" href="#/inductions/${i.inductionId}">Record the outcome<span class="govuk-visually-hidden"> for ${teacherName(i)}</span></a>`)
      : html`<p class="govuk-body">No induction is awaiting an outcome.</p>`}
    <h2 class="govuk-heading-m">Schools</h2>
    ${table({
      caption: 'Schools',
      head: ['URN', 'Name'],
      rows: schools.map((s) => [s.urn, html`<a class="govuk-link" href="#/schools/${s.urn}">${s.name}</a>`]),
    })}
    <form id="add-school" novalidate>
      <h2 class="govuk-heading-m">Add a school</h2>
      ${input('urn', 'Unique reference number (URN)', { width: 10, inputmode: 'numeric', hint: '6 digits' })}
      ${input('name', 'School name', { width: 20 })}
      ${button('Add school', { secondary: true })}
    </form>`;
}

export function bind(root, _data, ctx) {
  ctx.submit(root.querySelector('#add-school'), async (v) => {
    const school = await ctx.api.post('/schools', { urn: v.urn, name: v.name });
    ctx.go('#/', `School ${school.name} added`);
  });
}
