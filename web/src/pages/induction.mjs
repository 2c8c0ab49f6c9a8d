// An induction: its summary and assessments; the tutor's and headteacher's links to record an assessment;
// the AB admin's outcome, extension, reduction and legal hold.
import { button, input, numberOrText, radios, textarea } from '../components/forms.mjs';
import { assessmentTable, inductionSummary } from '../components/records.mjs';
import { KIND_NAMES, kindAt, label, teacherName, totalTerms } from '../domain.mjs';
import { html } from '../html.mjs';

export function title({ induction }) {
  return teacherName(induction);
}

export async function load({ api, params }) {
  const path = `/inductions/${encodeURIComponent(params.id)}`;
  const [induction, assessments] = await Promise.all([api.get(path), api.all(`${path}/assessments`)]);
  return { path, induction, assessments };
}

export function view({ induction, assessments }, { me, params }) {
  const role = me.role;
  const inProgress = induction.status === 'IN_PROGRESS';
  const canAssess = (role === 'INDUCTION_TUTOR' || role === 'HEADTEACHER') && inProgress;
  const done = new Set(assessments.map((a) => a.term));
  const open = [];
  for (let term = 1; term <= totalTerms(induction); term++) if (!done.has(term)) open.push(term);
  return html`<span class="govuk-caption-l">Induction</span>
    <h1 class="govuk-heading-l">${teacherName(induction)}</h1>
    ${inductionSummary(induction)}
    <h2 class="govuk-heading-m">Assessments</h2>
    ${assessmentTable(induction, assessments)}
    ${canAssess && open.length ? html`<h2 class="govuk-heading-m">Record an assessment</h2><ul class="govuk-list">${open.map((term) => html`<li>
      <a class="govuk-link" href="#/inductions/${params.id}/assess/${term}">Term ${term}: ${KIND_NAMES[kindAt(induction, term)]}</a></li>`)}</ul>` : ''}
    ${role === 'AB_ADMIN' && inProgress ? html`<form id="outcome" novalidate>
        <h2 class="govuk-heading-m">Record the outcome</h2>
        ${radios('outcome', 'Outcome', [['PASSED', 'Passed'], ['FAILED', 'Failed'], ['EXTENDED', 'Extended']])}
        ${input('outcomeDate', 'Outcome date', { width: 10, value: new Date().toISOString().slice(0, 10), hint: 'Today or earlier, for example 2027-07-20' })}
        ${input('extensionTerms', 'Extension in terms', { width: 4, inputmode: 'decimal', hint: 'Only for an extension, for example 1 or 0.5' })}
        ${button('Record outcome')}
      </form>
      <form id="extension" novalidate>
        <h2 class="govuk-heading-m">Record an extension</h2>
        ${input('terms', 'Extension in FTE terms', { width: 4, inputmode: 'decimal', hint: '0.1 to 16.0, for example 1.5', form: 'extension-' })}
        ${textarea('reason', 'Reason for the extension', { form: 'extension-' })}
        ${button('Record extension', { secondary: true })}
      </form>
      <form id="reduction" novalidate>
        <h2 class="govuk-heading-m">Record a reduction</h2>
        <p class="govuk-body">For prior experience; at least 1.0 FTE term remains required.</p>
        ${input('terms', 'Reduction in FTE terms', { width: 4, inputmode: 'decimal', hint: '0.1 to 16.0, for example 2.0', form: 'reduction-' })}
        ${textarea('reason', 'Reason for the reduction', { form: 'reduction-' })}
        ${button('Record reduction', { secondary: true })}
      </form>` : ''}
    ${role === 'AB_ADMIN' ? html`<form id="legal-hold" novalidate>
        <h2 class="govuk-heading-m">Legal hold</h2>
        <p class="govuk-body">A record under legal hold is not reduced by the six-year retention sweep.</p>
        ${radios('hold', 'Hold this record?', [['true', 'Yes, hold it'], ['false', 'No, release it']], { inline: true })}
        ${textarea('reason', 'Reason')}
        ${button('Save legal hold', { secondary: true })}
      </form>` : ''}`;
}

export function bind(root, { path }, { api, go, submit, params }) {
  const here = `#/inductions/${params.id}`;
  const outcome = root.querySelector('#outcome');
  if (outcome) {
    submit(outcome, async (v) => {
      const body = { outcome: v.outcome, outcomeDate: v.outcomeDate };
      if (v.extensionTerms) body.extensionTerms = numberOrText(v.extensionTerms);
      const result = await api.post(`${path}/outcome`, body);
      go('#/', `Outcome recorded: ${teacherName(result)} ${label(result.outcome).toLowerCase()}`);
    });
  }
  for (const [formId, route, done] of [['extension', 'extensions', 'Extension recorded'], ['reduction', 'reductions', 'Reduction recorded']]) {
    const form = root.querySelector(`#${formId}`);
    if (form) {
      submit(form, async (v) => {
        await api.post(`${path}/${route}`, { terms: numberOrText(v.terms), reason: v.reason });
        go(here, done);
      });
    }
  }
  const hold = root.querySelector('#legal-hold');
  if (hold) {
    submit(hold, async (v) => {
      await api.post(`${path}/legal-hold`, { hold: v.hold === undefined ? undefined : v.hold === 'true', reason: v.reason });
      go(here, 'Legal hold saved');
    });
  }
}
