// The tutor's home: my teachers and the assessment due next for each.
import { inductionTable, withAssessments } from '../components/records.mjs';
import { KIND_NAMES, kindAt, nextTerm, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export const title = 'My teachers';

export async function load({ api, me }) {
  return { rows: await withAssessments(api, await api.all(`/schools/${encodeURIComponent(me.schoolUrn)}/inductions`)) };
}

export function view({ rows }, { queue = '' } = {}) {
  return html`<h1 class="govuk-heading-l">My teachers</h1>
    ${queue}
    ${rows.length ? inductionTable(rows.map((r) => r.induction), (i) => {
      const { assessments } = rows.find((r) => r.induction === i);
      const term = i.status === 'IN_PROGRESS' ? nextTerm(i, assessments) : null;
      return term ? html`<a class="govuk-link" href="#/inductions/${i.inductionId}/assess/${term}">${KIND_NAMES[kindAt(i, term)]}, term ${term}<span class="govuk-visually-hidden"> for ${teacherName(i)}</span></a>` : 'None due';
    }) : html`<p class="govuk-body">No teachers are assigned to you.</p>`}`;
}
