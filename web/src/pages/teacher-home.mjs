// The NQT's home: my induction and my assessments.
import { assessmentTable, inductionSummary, withAssessments } from '../components/records.mjs';
import { html } from '../html.mjs';

export const title = 'My induction';

export async function load({ api, me }) {
  return { rows: await withAssessments(api, await api.all(`/schools/${encodeURIComponent(me.schoolUrn)}/inductions`)) };
}

export function view({ rows }, { queue = '' } = {}) {
  return html`<h1 class="govuk-heading-l">My induction</h1>
    ${queue}
    ${rows.length ? rows.map(({ induction, assessments }) => html`${inductionSummary(induction)}
      <h2 class="govuk-heading-m">My assessments</h2>${assessmentTable(induction, assessments)}`)
      : html`<p class="govuk-body">Your induction has not been registered yet.</p>`}`;
}
