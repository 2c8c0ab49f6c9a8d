// The tutor's (or headteacher's) assessment for one term of an induction: the kind the schedule has there,
// or an interim instead; TS1-TS8 and Part Two, progress, and the recommendation on the final. The same form
// corrects a SUBMITTED or RETURNED assessment ('/inductions/:id/assessments/:assessmentId/correct'): filled
// in from it, sent with PUT as its next version (CONTRACT.md section 7).
import { withCheck } from '../components/check.mjs';
import { dateInput, exampleOf, formatDate } from '../components/date-input.mjs';
import { discardDraft, fillForm, keepDraft, restoreDraft } from '../components/drafts.mjs';
import { button, input, numberOrText, radios, textarea } from '../components/forms.mjs';
import { summaryList } from '../components/summary-list.mjs';
import { KIND_NAMES, STANDARDS, label, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export function title({ kind, term, correcting }) {
  if (!kind) return `No assessment at term ${term}`;
  return `${correcting ? 'Correct: ' : ''}${KIND_NAMES[kind]}, term ${term}`;
}

/** Who may correct, and when (CONTRACT.md section 7): the assigned tutor or the headteacher, before it is signed or once returned. */
export function correctable(a, me, induction) {
  const who = (me.role === 'INDUCTION_TUTOR' && induction.tutorUserId === me.userId) || (me.role === 'HEADTEACHER' && me.schoolUrn === induction.schoolUrn);
  return who && (a.status === 'SUBMITTED' || a.status === 'RETURNED');
}

/** The form's [name, value] pairs for an assessment, so a correction starts from what it says. */
export function formPairs(a) {
  const pairs = [];
  for (const key of ['periodStart', 'periodEnd']) {
    const [y, m, d] = String(a[key] ?? '').split('-');
    if (d) pairs.push([`${key}.day`, String(Number(d))], [`${key}.month`, String(Number(m))], [`${key}.year`, y]);
  }
  pairs.push(['daysAbsent', String(a.daysAbsent ?? '')]);
  if (a.statutoryLeaveDays) pairs.push(['statutoryLeaveDays', String(a.statutoryLeaveDays)]);
  if (a.progress) pairs.push(['progress', a.progress]);
  const standards = Object.entries(a.standards ?? {});
  if (standards.length) pairs.push(['rateStandards', 'yes']);
  for (const [key, { rating, comment }] of standards) {
    if (rating) pairs.push([`standards.${key}.rating`, rating]);
    if (comment) pairs.push([`standards.${key}.comment`, comment]);
  }
  if (a.recommendation) pairs.push(['recommendation', a.recommendation]);
  if (a.summary) pairs.push(['summary', a.summary]);
  return pairs;
}

export async function load({ api, params, query }) {
  const path = `/inductions/${encodeURIComponent(params.id)}`;
  if (params.assessmentId) {
    const [induction, correcting] = await Promise.all([api.get(path), api.get(`${path}/assessments/${encodeURIComponent(params.assessmentId)}`)]);
    // The link names the version it corrects: Back after the correction finds a later one, and says so.
    const from = Number(query?.get('version'));
    return { path, induction, term: correcting.term, kind: correcting.kind, correcting, superseded: Boolean(from) && from !== correcting.version };
  }
  const term = Number(params.term);
  // The kind at this term and whether it is done are the server's schedule (GET .../schedule), never counted
  // here: Back after submitting finds the term DONE and never shows a form for work already done.
  const [induction, schedule] = await Promise.all([api.get(path), api.get(`${path}/schedule`)]);
  const point = schedule.items.find((s) => s.term === term);
  if (!point) return { path, induction, term, kind: null };
  if (point.status === 'DONE') return { path, induction, term, kind: point.kind, done: { assessmentId: point.assessmentId } };
  // One key per form shown: a retried submission (double click, lost answer) creates nothing twice.
  return { path, induction, term, kind: point.kind, idempotencyKey: crypto.randomUUID() };
}

export function view({ induction, term, kind, done, correcting, superseded }, { me }) {
  if (!kind) {
    return html`<span class="govuk-caption-l">${teacherName(induction)}, ${induction.programme}</span>
      <h1 class="govuk-heading-l">No assessment at term ${term}</h1>
      <p class="govuk-body">This induction's schedule has no assessment at term ${term}.</p>
      <p class="govuk-body"><a class="govuk-link" href="#/inductions/${induction.inductionId}">Back to the induction</a></p>`;
  }
  if (done) {
    return html`<span class="govuk-caption-l">${teacherName(induction)}, ${induction.programme}</span>
      <h1 class="govuk-heading-l">${KIND_NAMES[kind]}, term ${term}</h1>
      <p class="govuk-body">This assessment has already been submitted.</p>
      <p class="govuk-body"><a class="govuk-link" href="#/inductions/${induction.inductionId}/assessments/${done.assessmentId}">View the assessment</a></p>`;
  }
  if (superseded) {
    return html`<span class="govuk-caption-l">${teacherName(induction)}, ${induction.programme}</span>
      <h1 class="govuk-heading-l">Correct: ${KIND_NAMES[kind]}, term ${term}</h1>
      <p class="govuk-body" id="superseded">This assessment has been corrected already: it is now version ${correcting.version}.</p>
      <p class="govuk-body"><a class="govuk-link" href="#/inductions/${induction.inductionId}/assessments/${correcting.assessmentId}">View the assessment</a></p>`;
  }
  if (correcting && !correctable(correcting, me, induction)) {
    return html`<span class="govuk-caption-l">${teacherName(induction)}, ${induction.programme}</span>
      <h1 class="govuk-heading-l">Correct: ${KIND_NAMES[kind]}, term ${term}</h1>
      <p class="govuk-body">This assessment cannot be corrected now: it is corrected before it is signed, or once the Appropriate Body returns it.</p>
      <p class="govuk-body"><a class="govuk-link" href="#/inductions/${induction.inductionId}/assessments/${correcting.assessmentId}">View the assessment</a></p>`;
  }
  return html`<span class="govuk-caption-l">${teacherName(induction)}, ${induction.programme}</span>
    <h1 class="govuk-heading-l">${correcting ? 'Correct: ' : ''}${KIND_NAMES[kind]}, term ${term}</h1>
    ${correcting ? html`<p class="govuk-body">Your correction becomes version ${correcting.version + 1}; version ${correcting.version} is kept. It goes to the headteacher to sign again.</p>
      ${correcting.returnComment ? html`<div class="govuk-inset-text" id="return-comment"><strong>The Appropriate Body returned it:</strong> ${correcting.returnComment}</div>` : ''}` : ''}
    <form id="assessment" novalidate data-guard>
      ${correcting ? '' : html`<div class="govuk-form-group" data-field="kind">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" id="f-interim" name="interim" type="checkbox" value="yes">
            <label class="govuk-label govuk-checkboxes__label" for="f-interim">Record an interim assessment instead (the teacher is leaving)</label>
          </div>
        </div>
      </div>`}
      ${dateInput('periodStart', 'Start of the period assessed', { hint: exampleOf(induction.startDate) })}
      ${dateInput('periodEnd', 'End of the period assessed')}
      ${input('daysAbsent', 'Days absent in the period', { width: 4, inputmode: 'numeric' })}
      ${input('statutoryLeaveDays', 'Of which statutory leave (optional)', { width: 4, inputmode: 'numeric', hint: 'Maternity, paternity, adoption, shared parental, parental bereavement or carer\'s leave' })}
      ${radios('progress', 'Progress', [['SATISFACTORY', 'Satisfactory'], ['UNSATISFACTORY', 'Unsatisfactory']], { inline: true })}
      <h2 class="govuk-heading-m">Teachers' Standards</h2>
      ${required(kind) ? html`<p class="govuk-body">Rate every standard, with the evidence for it.</p>${standardsFields()}`
        : html`<div class="govuk-form-group" data-field="rateStandards">
        <div class="govuk-hint" id="f-rateStandards-hint">Optional this term. If you rate them, rate all nine, each with its evidence.</div>
        <!-- a checkbox, not Yes/No radios: govuk-frontend marks the reveal's control aria-expanded, which a radio may not carry -->
        <div class="govuk-checkboxes" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" id="f-rateStandards" name="rateStandards" type="checkbox" value="yes"
              aria-describedby="f-rateStandards-hint" data-aria-controls="conditional-standards">
            <label class="govuk-label govuk-checkboxes__label" for="f-rateStandards">Rate all nine Teachers' Standards this term</label>
          </div>
          <div class="govuk-checkboxes__conditional govuk-checkboxes__conditional--hidden" id="conditional-standards">${standardsFields()}</div>
        </div>
      </div>`}
      ${kind === 'FINAL' ? radios('recommendation', 'Recommendation to the Appropriate Body', [['PASS', 'Pass'], ['FAIL', 'Fail'], ['EXTEND', 'Extend the induction']], { legendClass: 'govuk-fieldset__legend--m' }) : ''}
      ${textarea('summary', 'Summary', { rows: 5 })}
      ${button('Continue')}
    </form>
    <div id="assessment-check" hidden></div>`;
}

/** FORMAL and FINAL rate every standard (CONTRACT.md section 3); elsewhere it is all nine or none. */
function required(kind) {
  return kind === 'FINAL' || kind === 'FORMAL';
}

function standardsFields() {
  return STANDARDS.map(([key, name]) => html`${radios(`standards.${key}.rating`, name, [['MEETING', 'Meeting'], ['NOT_MEETING', 'Not meeting']], { inline: true })}
    ${textarea(`standards.${key}.comment`, html`Comment on ${key === 'PART2' ? 'Part Two' : key}`, { rows: 2 })}`);
}

/** The API's body for the form's values (CONTRACT.md section 3, POST /inductions/{id}/assessments). */
export function assessmentBody(v, kind, term) {
  const chosenKind = v.interim === 'yes' ? 'INTERIM' : kind;
  const body = {
    kind: chosenKind, term, periodStart: v.periodStart, periodEnd: v.periodEnd, daysAbsent: numberOrText(v.daysAbsent), progress: v.progress,
  };
  const standards = {};
  // Ratings left in the reveal once it is unticked are not sent: the API takes all nine or none.
  const rated = required(kind) || v.rateStandards === 'yes';
  for (const [key] of rated ? STANDARDS : []) {
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

/** What the check step shows of the body to be sent, as [question, answer] rows in the form's order. */
export function answerRows(body) {
  const rows = [
    ['Assessment', `${KIND_NAMES[body.kind]}, term ${body.term}`],
    ['Period assessed', body.periodStart && body.periodEnd ? `${formatDate(body.periodStart)} to ${formatDate(body.periodEnd)}` : 'Not given'],
    ['Days absent', body.daysAbsent === undefined ? 'Not given' : String(body.daysAbsent)],
  ];
  if (body.statutoryLeaveDays !== undefined) rows.push(['Of which statutory leave', String(body.statutoryLeaveDays)]);
  rows.push(['Progress', body.progress ? label(body.progress) : 'Not given']);
  for (const [key, name] of STANDARDS) {
    const judgement = body.standards?.[key];
    if (judgement) rows.push([name, `${judgement.rating ? label(judgement.rating) : 'No rating'}${judgement.comment ? `: ${judgement.comment}` : ''}`]);
  }
  if (!body.standards) rows.push(["Teachers' Standards", 'Not rated this term']);
  if (body.kind === 'FINAL') rows.push(['Recommendation', body.recommendation ? label(body.recommendation) : 'None']);
  rows.push(['Summary', body.summary ?? 'None']);
  return rows;
}

function assessmentCheck(body, correcting) {
  return html`<h2 class="govuk-heading-l" id="assessment-check-title" tabindex="-1">Check your answers before ${correcting ? 'submitting the correction' : 'submitting the assessment'}</h2>
    ${summaryList(answerRows(body))}
    <p class="govuk-body">It goes to the headteacher to sign; until then it can be corrected.</p>
    <form id="assessment-confirm" novalidate><div class="govuk-button-group">${button(correcting ? 'Submit correction' : 'Submit assessment')}
      <a class="govuk-link" href="#" data-change>Change your answers</a></div></form>`;
}

export function bind(root, { path, kind, term, idempotencyKey, done, correcting, superseded }, ctx) {
  const { api, go } = ctx;
  const form = root.querySelector('#assessment');
  if (done || superseded || !form) return;
  const draft = correcting ? `${path}#${correcting.assessmentId}@${correcting.version}` : `${path}#${term}`;
  if (restoreDraft(form, draft)) {
    form.insertAdjacentHTML('beforebegin', '<div class="govuk-inset-text" id="draft-restored">Your draft has been restored. It is kept in this browser tab until you submit it.</div>');
  } else if (correcting) {
    fillForm(form, formPairs(correcting));
  }
  keepDraft(form, draft);
  withCheck(ctx, form, root.querySelector('#assessment-check'), {
    title: `Check your answers: ${KIND_NAMES[kind]}, term ${term}`,
    render: (v) => assessmentCheck(assessmentBody(v, kind, term), correcting),
    send: async (v) => {
      if (correcting) {
        const corrected = await api.put(`${path}/assessments/${encodeURIComponent(correcting.assessmentId)}`, assessmentBody(v, kind, term));
        discardDraft(draft);
        go(`#/inductions/${corrected.inductionId ?? correcting.inductionId}/assessments/${corrected.assessmentId}`,
          `${KIND_NAMES[corrected.kind]}, term ${corrected.term}, corrected: version ${corrected.version}, for the headteacher's signature`);
        return;
      }
      const created = await api.post(`${path}/assessments`, assessmentBody(v, kind, term), { 'Idempotency-Key': idempotencyKey });
      discardDraft(draft);
      go('#/', `${KIND_NAMES[created.kind]}, term ${created.term}, submitted for the headteacher's signature`);
    },
  });
}
