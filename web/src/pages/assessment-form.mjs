// The tutor's (or headteacher's) assessment for one term of an induction: the kind the schedule has there,
// or an interim instead; TS1-TS8 and Part Two, progress, and the recommendation on the final.
import { button, input, numberOrText, radios, textarea } from '../components/forms.mjs';
import { KIND_NAMES, STANDARDS, kindAt, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export function title({ kind, term }) {
  return `${KIND_NAMES[kind]}, term ${term}`;
}

export async function load({ api, params }) {
  const path = `/inductions/${encodeURIComponent(params.id)}`;
  const induction = await api.get(path);
  const term = Number(params.term);
  // One key per form shown: a retried submission (double click, lost answer) creates nothing twice.
  return { path, induction, term, kind: kindAt(induction, term), idempotencyKey: crypto.randomUUID() };
}

export function view({ induction, term, kind }) {
  return html`<span class="govuk-caption-l">${teacherName(induction)}, ${induction.programme}</span>
    <h1 class="govuk-heading-l">${KIND_NAMES[kind]}, term ${term}</h1>
    <form id="assessment" novalidate>
      <div class="govuk-form-group" data-field="kind">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" id="f-interim" name="interim" type="checkbox" value="yes">
            <label class="govuk-label govuk-checkboxes__label" for="f-interim">Record an interim assessment instead (the teacher is leaving)</label>
          </div>
        </div>
      </div>
      ${input('periodStart', 'Start of the period assessed', { width: 10, hint: 'For example, 2026-09-01' })}
      ${input('periodEnd', 'End of the period assessed', { width: 10, hint: 'For example, 2026-12-19' })}
      ${input('daysAbsent', 'Days absent in the period', { width: 4, inputmode: 'numeric' })}
      ${input('statutoryLeaveDays', 'Of which statutory leave (optional)', { width: 4, inputmode: 'numeric', hint: 'Maternity, paternity, adoption, shared parental, parental bereavement or carer\'s leave' })}
      ${radios('progress', 'Progress', [['SATISFACTORY', 'Satisfactory'], ['UNSATISFACTORY', 'Unsatisfactory']], { inline: true })}
      <h2 class="govuk-heading-m">Teachers' Standards</h2>
      <p class="govuk-body">${kind === 'FINAL' || kind === 'FORMAL' ? 'Rate every standard.' : 'Rate the standards you have evidence for (optional this term).'}</p>
      ${STANDARDS.map(([key, name]) => html`${radios(`standards.${key}.rating`, name, [['MEETING', 'Meeting'], ['NOT_MEETING', 'Not meeting']], { inline: true })}
        ${textarea(`standards.${key}.comment`, html`Comment on ${key === 'PART2' ? 'Part Two' : key}`, { rows: 2 })}`)}
      ${kind === 'FINAL' ? radios('recommendation', 'Recommendation to the Appropriate Body', [['PASS', 'Pass'], ['FAIL', 'Fail'], ['EXTEND', 'Extend the induction']], { legendClass: 'govuk-fieldset__legend--m' }) : ''}
      ${textarea('summary', 'Summary', { rows: 5 })}
      ${button('Submit assessment')}
    </form>`;
}

/** The API's body for the form's values (CONTRACT.md section 3, POST /inductions/{id}/assessments). */
export function assessmentBody(v, kind, term) {
  const chosenKind = v.interim === 'yes' ? 'INTERIM' : kind;
  const body = {
    kind: chosenKind, term, periodStart: v.periodStart, periodEnd: v.periodEnd, daysAbsent: numberOrText(v.daysAbsent), progress: v.progress,
  };
  const standards = {};
  for (const [key] of STANDARDS) {
    const rating = v[`standards.${key}.rating`];
    const comment = v[`standards.${key}.comment`];
    if (rating || comment) standards[key] = { rating, comment: comment || undefined };
  }
  if (Object.keys(standards).length) body.standards = standards;
  if (chosenKind === 'FINAL' && v.recommendation !== undefined) body.recommendation = v.recommendation;
  if (v.statutoryLeaveDays) body.statutoryLeaveDays = numberOrText(v.statutoryLeaveDays);
  if (v.summary) body.summary = v.summary;
  return body;
}

export function bind(root, { path, kind, term, idempotencyKey }, { api, go, submit }) {
  submit(root.querySelector('#assessment'), async (v) => {
    const created = await api.post(`${path}/assessments`, assessmentBody(v, kind, term), { 'Idempotency-Key': idempotencyKey });
    go('#/', `${KIND_NAMES[created.kind]}, term ${created.term}, submitted for the headteacher's signature`);
  });
}
