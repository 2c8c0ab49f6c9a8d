// The AB admin's reports (CONTRACT.md section 9): the caseload of every school, the TRS feed (each TRN's
// induction status in the Teaching Record Service's shape, JSON) and a term's return, each a file download.
import { downloadButton, offerDownload } from '../components/download.mjs';
import { button, radios, select } from '../components/forms.mjs';
import { today } from '../components/date-input.mjs';
import { ApiError } from '../api.mjs';
import { TERMS } from '../csv.mjs';
import { html } from '../html.mjs';

export const title = 'Reports';

export async function load() {
  return {};
}

/** The academic years to choose from (by the year they start in September): three back and the next. */
export function academicYears(iso) {
  const [year, month] = iso.split('-').map(Number);
  const current = month >= 9 ? year : year - 1;
  return [current + 1, current, current - 1, current - 2, current - 3].map((y) => [String(y), `${y} to ${y + 1}`]);
}

export function view() {
  return html`<h1 class="govuk-heading-l">Reports</h1>
    <h2 class="govuk-heading-m">Caseload</h2>
    <p class="govuk-body">Every induction at every school: where each teacher is, the terms served and what is due next.</p>
    <p class="govuk-body"><button type="button" class="govuk-button govuk-button--secondary" id="caseload" data-module="govuk-button">Download the caseload (CSV)</button></p>
    <h2 class="govuk-heading-m">Teaching Record Service feed</h2>
    <p class="govuk-body">Each teacher's induction status, start date and completion date, by TRN, as the Teaching Record Service takes them.</p>
    <p class="govuk-body"><button type="button" class="govuk-button govuk-button--secondary" id="trs" data-module="govuk-button">Download the TRS feed (JSON)</button></p>
    <form id="termly" novalidate>
      <h2 class="govuk-heading-m">Termly return</h2>
      <p class="govuk-body">The starts, passes, fails, extensions and leavers dated in one term.</p>
      ${select('academicYear', 'Academic year', academicYears(today()))}
      ${radios('term', 'Term', TERMS, { inline: true })}
      ${button('Download the termly return', { secondary: true })}
    </form>`;
}

export function bind(root, _data, ctx) {
  const stamp = () => today();
  downloadButton(root.querySelector('#caseload'), () => ctx.api.blob('/exports/caseload.csv'), () => `caseload-${stamp()}.csv`, ctx.fail);
  downloadButton(root.querySelector('#trs'), () => ctx.api.blob('/exports/trs'), () => `trs-feed-${stamp()}.json`, ctx.fail);
  const form = root.querySelector('#termly');
  ctx.submit(form, async (v) => {
    const errors = [];
    if (!v.academicYear) errors.push({ field: 'academicYear', message: 'Select the academic year' });
    if (!v.term) errors.push({ field: 'term', message: 'Select the term' });
    if (errors.length) {
      ctx.showErrors(form, errors);
      return;
    }
    try {
      const blob = await ctx.api.blob(`/exports/termly-return.csv?academicYear=${v.academicYear}&term=${v.term}`);
      ctx.clearErrors();
      offerDownload(blob, `termly-return-${v.academicYear}-${v.term.toLowerCase()}.csv`);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
      // A term without recorded dates has no return (its events could not be dated into it).
      const term = TERMS.find(([value]) => value === v.term)[1].toLowerCase();
      ctx.showErrors(form, [{ field: 'term', message: `No dates are recorded for the ${term} term of ${v.academicYear} to ${Number(v.academicYear) + 1}, so it has no return yet` }]);
    }
  });
}
