// One assessment: what it says; the headteacher signs a submitted one, the NQT acknowledges a signed one.
import { downloadButton } from '../components/download.mjs';
import { button, textarea } from '../components/forms.mjs';
import { formatDate } from '../components/date-input.mjs';
import { summaryList } from '../components/summary-list.mjs';
import { tag } from '../components/tag.mjs';
import { KIND_NAMES, STANDARDS, label, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export function title({ a }) {
  return `${KIND_NAMES[a.kind]}, term ${a.term}`;
}

export async function load({ api, params }) {
  const path = `/inductions/${encodeURIComponent(params.id)}`;
  const assessmentPath = `${path}/assessments/${encodeURIComponent(params.assessmentId)}`;
  const [induction, a] = await Promise.all([api.get(path), api.get(assessmentPath)]);
  return { assessmentPath, induction, a };
}

export function view({ induction, a }, { me, params }) {
  return html`<span class="govuk-caption-l">${teacherName(induction)}</span>
    <h1 class="govuk-heading-l">${KIND_NAMES[a.kind]}, term ${a.term}</h1>
    ${summaryList([
      ['Period', `${formatDate(a.periodStart)} to ${formatDate(a.periodEnd)}`],
      ['Days absent', a.daysAbsent],
      ['Of which statutory leave', a.statutoryLeaveDays || ''],
      ['Progress', tag(a.progress)],
      ...STANDARDS.filter(([key]) => a.standards?.[key]).map(([key, name]) => [name,
        html`${label(a.standards[key].rating)}${a.standards[key].comment ? html`<br>${a.standards[key].comment}` : ''}`]),
      ['Recommendation', a.recommendation ? label(a.recommendation) : ''],
      ['Summary', a.summary ?? ''],
      ['Status', tag(a.status)],
      ["Teacher's comment", a.teacherComment ?? ''],
    ])}
    ${me.role === 'HEADTEACHER' && a.status === 'SUBMITTED' ? html`<form id="sign" novalidate>
        <p class="govuk-body">By signing you confirm this assessment as the school's record.</p>${button('Sign assessment')}</form>` : ''}
    ${me.role === 'NQT' && a.status === 'SIGNED' ? html`<form id="acknowledge" novalidate>
        <h2 class="govuk-heading-m">Acknowledge this assessment</h2>
        ${textarea('comment', 'Your comment (optional)', { hint: 'It is kept with the assessment', rows: 4 })}
        ${button('Acknowledge assessment')}</form>` : ''}
    <p class="govuk-body"><button type="button" class="govuk-button govuk-button--secondary" id="pdf" data-module="govuk-button">Download as PDF<span class="govuk-visually-hidden">: ${KIND_NAMES[a.kind]}, term ${a.term}</span></button></p>
    <p class="govuk-body"><a class="govuk-link" href="#/inductions/${params.id}">Back to the induction</a></p>`;
}

export function bind(root, { assessmentPath, a }, { api, go, submit, fail, params }) {
  const name = `${KIND_NAMES[a.kind]}, term ${a.term}`;
  // The form as a school files it (CONTRACT.md section 9), fetched with the session's token.
  downloadButton(root.querySelector('#pdf'), () => api.blob(`${assessmentPath}/pdf`), `assessment-${params.assessmentId}.pdf`, fail);
  const sign = root.querySelector('#sign');
  if (sign) {
    submit(sign, async () => {
      await api.post(`${assessmentPath}/sign`);
      go('#/', `${name}, signed`);
    });
  }
  const acknowledge = root.querySelector('#acknowledge');
  if (acknowledge) {
    submit(acknowledge, async (v) => {
      await api.post(`${assessmentPath}/acknowledge`, v.comment ? { comment: v.comment } : {});
      go('#/', `${name}, acknowledged`);
    });
  }
}
