// The AB admin's term dates (CONTRACT.md section 7): the years recorded, and recording one year's three terms.
// The schedule's due dates (10 working days after a term's end) come from these.
import { dateInput, formatDate } from '../components/date-input.mjs';
import { button, input } from '../components/forms.mjs';
import { table } from '../components/table.mjs';
import { label } from '../domain.mjs';
import { html } from '../html.mjs';

export const title = 'Term dates';
export const TERMS = ['AUTUMN', 'SPRING', 'SUMMER'];

export async function load({ api, query }) {
  const { items } = await api.get('/term-dates');
  const year = query.get('year');
  return { years: [...items].sort((a, b) => b.academicYear - a.academicYear), chosen: items.find((y) => String(y.academicYear) === year) };
}

/** "2025 to 2026" for 2025 (the year its autumn term starts in). */
export function yearName(academicYear) {
  return `${academicYear} to ${Number(academicYear) + 1}`;
}

/** The API's body for the form's values: the three terms in order, each { name, start, end }. */
export function termDatesBody(v) {
  return { terms: TERMS.map((name, i) => ({ name, start: v[`terms[${i}].start`], end: v[`terms[${i}].end`] })) };
}

export function view({ years, chosen }) {
  return html`<h1 class="govuk-heading-l">Term dates</h1>
    <p class="govuk-body">Assessments are due 10 working days after the end of their term. Without a year's term dates, its assessments have no due date.</p>
    ${years.length ? table({
      caption: 'Term dates recorded',
      head: ['Academic year', ...TERMS.map(label)],
      rows: years.map((y) => [html`<a class="govuk-link" href="#/term-dates?year=${y.academicYear}">${yearName(y.academicYear)}</a>`,
        ...y.terms.map((t) => `${formatDate(t.start)} to ${formatDate(t.end)}`)]),
    }) : html`<p class="govuk-body">No term dates are recorded yet.</p>`}
    <form id="term-dates" novalidate data-guard>
      <h2 class="govuk-heading-m">${chosen ? `Change the term dates of ${yearName(chosen.academicYear)}` : 'Record term dates'}</h2>
      ${input('academicYear', 'Academic year', { width: 4, inputmode: 'numeric', hint: 'The year the autumn term starts in, for example 2025 for 2025 to 2026', value: chosen ? String(chosen.academicYear) : '' })}
      ${TERMS.map((name, i) => html`<h3 class="govuk-heading-s">${label(name)} term</h3>
        ${dateInput(`terms[${i}].start`, `${label(name)} term starts`, { value: chosen?.terms[i]?.start ?? '' })}
        ${dateInput(`terms[${i}].end`, `${label(name)} term ends`, { value: chosen?.terms[i]?.end ?? '' })}`)}
      ${button('Save term dates')}
    </form>`;
}

export function bind(root, _data, { api, go, submit, showErrors }) {
  const form = root.querySelector('#term-dates');
  submit(form, async (v) => {
    if (!/^\d{4}$/.test(v.academicYear ?? '')) {
      showErrors(form, [{ field: 'academicYear', message: 'Enter the academic year as 4 digits, for example 2025' }]);
      return;
    }
    const saved = await api.put(`/term-dates/${v.academicYear}`, termDatesBody(v));
    go('#/term-dates', `Term dates of ${yearName(saved.academicYear)} saved`);
  });
}
