// The headteacher's home: assessments waiting for signature, and the school's inductions.
import { inductionTable, withAssessments } from '../components/records.mjs';
import { KIND_NAMES, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export const title = 'Headteacher';

export async function load({ api, me }) {
  const urn = me.schoolUrn;
  const [school, inductions] = await Promise.all([
    api.get(`/schools/${encodeURIComponent(urn)}`), api.all(`/schools/${encodeURIComponent(urn)}/inductions`)]);
  const rows = await withAssessments(api, inductions);
  const waiting = rows.flatMap(({ induction, assessments }) => assessments.filter((a) => a.status === 'SUBMITTED').map((a) => ({ induction, a })));
  return { urn, school, rows, waiting };
}

export function view({ urn, school, rows, waiting }, { queue = '' } = {}) {
  return html`<span class="govuk-caption-l">${school.name}</span>
    <h1 class="govuk-heading-l">Assessments waiting for your signature</h1>
    ${queue}
    ${waiting.length ? html`<ul class="govuk-list">${waiting.map(({ induction, a }) => html`<li>
        <a class="govuk-link" href="#/inductions/${induction.inductionId}/assessments/${a.assessmentId}">${teacherName(induction)}: ${KIND_NAMES[a.kind]}, term ${a.term}</a></li>`)}</ul>`
      : html`<p class="govuk-body">Nothing is waiting for your signature.</p>`}
    <h2 class="govuk-heading-m">Inductions at your school</h2>
    ${rows.length ? inductionTable(rows.map((r) => r.induction)) : html`<p class="govuk-body">No inductions yet.</p>`}
    <p class="govuk-body"><a class="govuk-link" href="#/schools/${urn}">School users and inductions</a></p>`;
}
