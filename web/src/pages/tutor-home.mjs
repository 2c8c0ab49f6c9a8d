// The tutor's home: my teachers and the assessment due next for each: the list item's nextAssessment, the
// server's schedule (its kind, due date and status), so no request per teacher and no rule copied here.
import { inductionTable } from '../components/records.mjs';
import { nextAssessmentText } from '../components/next-assessment.mjs';
import { KIND_NAMES, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export const title = 'My teachers';

export async function load({ api, me }) {
  return { inductions: await api.all(`/schools/${encodeURIComponent(me.schoolUrn)}/inductions`) };
}

export function view({ inductions }, { queue = '' } = {}) {
  return html`<h1 class="govuk-heading-l">My teachers</h1>
    ${queue}
    ${inductions.length ? inductionTable(inductions, (i) => {
      const next = i.status === 'IN_PROGRESS' ? i.nextAssessment : null;
      return next ? html`<a class="govuk-link" href="#/inductions/${i.inductionId}/assess/${next.term}">${KIND_NAMES[next.kind]}, term ${next.term}<span class="govuk-visually-hidden"> for ${teacherName(i)}</span></a>${nextAssessmentText(next)}` : 'None due';
    }) : html`<p class="govuk-body">No teachers are assigned to you.</p>`}`;
}
