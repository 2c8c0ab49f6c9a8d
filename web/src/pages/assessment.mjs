// One assessment: what it says and its earlier versions; the headteacher signs a submitted one, the NQT
// acknowledges a signed one, the tutor or headteacher corrects a submitted or returned one, and the AB admin
// reviews a signed one (approve, or return for correction with a comment; CONTRACT.md section 7), after a check.
import { withCheck } from '../components/check.mjs';
import { downloadButton } from '../components/download.mjs';
import { button, radios, textarea } from '../components/forms.mjs';
import { formatDate } from '../components/date-input.mjs';
import { summaryList } from '../components/summary-list.mjs';
import { table } from '../components/table.mjs';
import { tag } from '../components/tag.mjs';
import { KIND_NAMES, STANDARDS, label, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';
import { correctable } from './assessment-form.mjs';

export function title({ a }) {
  return `${KIND_NAMES[a.kind]}, term ${a.term}`;
}

export async function load({ api, params }) {
  const path = `/inductions/${encodeURIComponent(params.id)}`;
  const assessmentPath = `${path}/assessments/${encodeURIComponent(params.assessmentId)}`;
  const [induction, a, versions] = await Promise.all([api.get(path), api.get(assessmentPath), api.all(`${assessmentPath}/versions`)]);
  return { assessmentPath, induction, a, versions };
}

/** What the AB admin may do with it now: approve (not a progress review) and return. */
export function reviewActions(a, role) {
  if (role !== 'AB_ADMIN') return [];
  const actions = [];
  if ((a.status === 'SIGNED' || a.status === 'ACKNOWLEDGED') && a.kind !== 'PROGRESS_REVIEW') actions.push('APPROVE');
  if (['SIGNED', 'ACKNOWLEDGED', 'APPROVED'].includes(a.status)) actions.push('RETURN');
  return actions;
}

function details(a) {
  return summaryList([
    ['Period', `${formatDate(a.periodStart)} to ${formatDate(a.periodEnd)}`],
    ['Days absent', a.daysAbsent],
    ['Of which statutory leave', a.statutoryLeaveDays || ''],
    ['Progress', tag(a.progress)],
    ...STANDARDS.filter(([key]) => a.standards?.[key]).map(([key, name]) => [name,
      html`${label(a.standards[key].rating)}${a.standards[key].comment ? html`<br>${a.standards[key].comment}` : ''}`]),
    ['Recommendation', a.recommendation ? label(a.recommendation) : ''],
    ['Summary', a.summary ?? ''],
    ['Status', tag(a.status)],
    ['Version', a.version],
    ["Teacher's comment", a.teacherComment ?? ''],
    ["The Appropriate Body's comment", a.returnComment ?? ''],
  ]);
}

/** The tutor's judgement the AB decides on, shown beside the review form. */
function recommendation(a) {
  return html`<div class="govuk-inset-text" id="tutor-recommendation">The school's assessment:
    progress <strong>${label(a.progress).toLowerCase()}</strong>${a.recommendation ? html`, recommending <strong>${label(a.recommendation)}</strong>` : ''}.</div>`;
}

function reviewForm(a, actions) {
  return html`<form id="review" novalidate>
      <h2 class="govuk-heading-m">Review this assessment</h2>
      ${recommendation(a)}
      ${radios('decision', 'Your decision', [
        ...(actions.includes('APPROVE') ? [['APPROVE', 'Approve']] : []),
        ['RETURN', 'Return it to the school for correction']])}
      ${textarea('comment', 'Comment for the school', { hint: 'Needed when you return it: what should be corrected', rows: 4 })}
      ${button('Continue')}
    </form>
    <div id="review-check" hidden></div>`;
}

function reviewCheck(v, a) {
  return html`<h2 class="govuk-heading-m" id="review-check-title" tabindex="-1">Check your review before sending it</h2>
    ${summaryList([
      ['Decision', v.decision === 'APPROVE' ? 'Approve' : 'Return for correction'],
      ['Comment', v.comment ?? ''],
      ["The school's recommendation", a.recommendation ? label(a.recommendation) : 'None'],
    ])}
    <form id="review-confirm" novalidate><div class="govuk-button-group">${button(v.decision === 'APPROVE' ? 'Approve assessment' : 'Return assessment')}
      <a class="govuk-link" href="#" id="review-change" data-change>Change your review</a></div></form>`;
}

/** The headteacher's declaration (GOV.UK "confirm" pattern): signing is done only with it ticked. */
function signForm() {
  return html`<form id="sign" novalidate>
    <h2 class="govuk-heading-m">Sign this assessment</h2>
    <div class="govuk-form-group" data-field="declaration">
      <fieldset class="govuk-fieldset" aria-describedby="f-declaration-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Declaration</legend>
        <div class="govuk-hint" id="f-declaration-hint">Once signed, the teacher is asked to acknowledge it. It can be corrected
          again only if the Appropriate Body returns it.</div>
        <div class="govuk-checkboxes" data-module="govuk-checkboxes"><div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id="f-declaration" name="declaration" type="checkbox" value="yes">
          <label class="govuk-label govuk-checkboxes__label" for="f-declaration">I have read this assessment and I confirm it as the school's record</label>
        </div></div>
      </fieldset>
    </div>
    ${button('Sign assessment')}
  </form>`;
}

function versionList(versions, current) {
  const earlier = versions.filter((v) => v.version !== current.version);
  if (!earlier.length) return '';
  return html`<h2 class="govuk-heading-m">Earlier versions</h2>
    ${table({
      caption: 'Versions',
      head: ['Version', 'Submitted', 'Status'],
      rows: versions.map((v) => [v.version === current.version ? `${v.version} (this one)` : String(v.version), formatDate(v.submittedAt), tag(v.status)]),
    })}
    ${earlier.map((v) => html`<details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Version ${v.version} as it was</span></summary>
      <div class="govuk-details__text">${details(v)}</div></details>`)}`;
}

export function view({ induction, a, versions }, { me, params }) {
  const actions = reviewActions(a, me.role);
  return html`<span class="govuk-caption-l">${teacherName(induction)}</span>
    <h1 class="govuk-heading-l">${KIND_NAMES[a.kind]}, term ${a.term}</h1>
    ${a.status === 'RETURNED' && a.returnComment ? html`<div class="govuk-inset-text" id="return-comment"><strong>Returned for correction:</strong> ${a.returnComment}</div>` : ''}
    ${details(a)}
    ${correctable(a, me, induction) ? html`<p class="govuk-body"><a class="govuk-link" href="#/inductions/${params.id}/assessments/${a.assessmentId}/correct?version=${a.version}">Correct this assessment</a></p>` : ''}
    ${me.role === 'HEADTEACHER' && a.status === 'SUBMITTED' ? signForm() : ''}
    ${me.role === 'NQT' && a.status === 'SIGNED' ? html`<form id="acknowledge" novalidate>
        <h2 class="govuk-heading-m">Acknowledge this assessment</h2>
        ${textarea('comment', 'Your comment (optional)', { hint: 'It is kept with the assessment', rows: 4 })}
        ${button('Acknowledge assessment')}</form>` : ''}
    ${actions.length ? reviewForm(a, actions) : ''}
    ${versionList(versions, a)}
    <p class="govuk-body"><button type="button" class="govuk-button govuk-button--secondary" id="pdf" data-module="govuk-button">Download as PDF<span class="govuk-visually-hidden">: ${KIND_NAMES[a.kind]}, term ${a.term}</span></button></p>
    <p class="govuk-body"><a class="govuk-link" href="#/inductions/${params.id}">Back to the induction</a></p>`;
}

export function bind(root, { assessmentPath, a }, ctx) {
  const { api, go, submit, fail, params } = ctx;
  const name = `${KIND_NAMES[a.kind]}, term ${a.term}`;
  // The form as a school files it (CONTRACT.md section 9), fetched with the session's token.
  downloadButton(root.querySelector('#pdf'), () => api.blob(`${assessmentPath}/pdf`, 'application/pdf'), `assessment-${params.assessmentId}.pdf`, fail);
  const sign = root.querySelector('#sign');
  if (sign) {
    submit(sign, async (v) => {
      if (v.declaration !== 'yes') {
        ctx.showErrors(sign, [{ field: 'declaration', message: "Confirm that you have read the assessment and that it is the school's record" }]);
        return;
      }
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
  const review = root.querySelector('#review');
  if (review) {
    withCheck(ctx, review, root.querySelector('#review-check'), {
      title: 'Check your review before sending it',
      validate: (v) => {
        if (!v.decision) return [{ field: 'decision', message: 'Select approve or return' }];
        if (v.decision === 'RETURN' && !v.comment) return [{ field: 'comment', message: 'Enter what the school should correct' }];
        return [];
      },
      render: (v) => reviewCheck(v, a),
      send: async (v) => {
        if (v.decision === 'APPROVE') {
          await api.post(`${assessmentPath}/approve`);
          go('#/', `${name}, approved`);
        } else {
          await api.post(`${assessmentPath}/return`, { comment: v.comment });
          go('#/', `${name}, returned to the school for correction`);
        }
      },
    });
  }
}
