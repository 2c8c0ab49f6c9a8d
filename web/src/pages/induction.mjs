// An induction: its summary, periods and assessments; the tutor's and headteacher's links to record an
// assessment; the coordinator's (and AB admin's) leaver, tutor and FTE; the AB admin's outcome, extension,
// reduction, closing and legal hold. A school the teacher has left sees its own period only.
import { withCheck } from '../components/check.mjs';
import { SCHEDULE_COLOURS } from '../components/next-assessment.mjs';
import { dateInput, formatDate, today } from '../components/date-input.mjs';
import { button, input, numberOrText, radios, select, textarea } from '../components/forms.mjs';
import { assessmentTable, inductionSummary, periodTable } from '../components/records.mjs';
import { summaryList } from '../components/summary-list.mjs';
import { table } from '../components/table.mjs';
import { tag } from '../components/tag.mjs';
import { KIND_NAMES, label, teacherName } from '../domain.mjs';
import { html } from '../html.mjs';

export function title({ induction }) {
  return teacherName(induction);
}

/** Who records a leaver, a tutor or an FTE: the AB admin, and the coordinator of the school it is at now. */
function manages(me, induction) {
  return me.role === 'AB_ADMIN' || (me.role === 'INDUCTION_COORDINATOR' && me.schoolUrn === induction.schoolUrn);
}

export async function load({ api, params, me }) {
  const path = `/inductions/${encodeURIComponent(params.id)}`;
  // The schedule is the server's (the kind at each term, due dates from the AB's term dates); a view that
  // has none (a school the teacher left) offers no assessment to record.
  const [induction, assessments, schedule] = await Promise.all([api.get(path), api.all(`${path}/assessments`),
    api.get(`${path}/schedule`).then((s) => s.items, () => null)]);
  const tutors = manages(me, induction) && induction.status === 'IN_PROGRESS'
    ? (await api.all(`/schools/${encodeURIComponent(induction.schoolUrn)}/users`))
      .filter((u) => u.role === 'INDUCTION_TUTOR' && u.status !== 'SUSPENDED')
    : [];
  return { path, induction, assessments, tutors, schedule };
}

const CLOSE_REASONS = [['LEFT_TEACHING', 'Left teaching'], ['MOVED_TO_ANOTHER_AB', 'Moved to another Appropriate Body'],
  ['EXEMPT', 'Found exempt'], ['OTHER', 'Other']];

function movesForms(induction, tutors) {
  return html`<form id="change-tutor" novalidate>
      <h2 class="govuk-heading-m">Change the induction tutor</h2>
      ${select('tutorUserId', 'New induction tutor', tutors.filter((t) => t.userId !== induction.tutorUserId)
        .map((t) => [t.userId, `${t.givenName} ${t.familyName}`]))}
      ${button('Change tutor', { secondary: true })}
    </form>
    <form id="change-fte" novalidate>
      <h2 class="govuk-heading-m">Change the full-time equivalent</h2>
      <p class="govuk-body">The current period ends the day before and a new one starts at this school.</p>
      ${input('fte', 'New full-time equivalent', { width: 4, inputmode: 'decimal', hint: 'For example, 1 or 0.6', form: 'fte-' })}
      ${dateInput('from', 'From', { hint: 'The first day at the new FTE, today or earlier', form: 'fte-' })}
      ${button('Change FTE', { secondary: true })}
    </form>
    <form id="leave" novalidate>
      <h2 class="govuk-heading-m">Record that the teacher has left this school</h2>
      <p class="govuk-body">The period closes with the terms it served. If the teacher joins another school, that school continues this induction.</p>
      ${dateInput('leaveDate', 'Last day at this school', { hint: 'Today or earlier' })}
      ${button('Record leaver', { warning: true })}
    </form>`;
}

function closeForm() {
  return html`<form id="close" novalidate>
      <h2 class="govuk-heading-m">Close the induction without an outcome</h2>
      <p class="govuk-body">Its six-year retention period starts on the closing date.</p>
      ${dateInput('closeDate', 'Closing date', { value: today(), hint: 'Today or earlier' })}
      ${radios('reason', 'Reason', CLOSE_REASONS)}
      ${button('Close induction', { warning: true })}
    </form>`;
}

function scheduleTable(schedule) {
  return html`<h2 class="govuk-heading-m">Schedule</h2>${table({
    caption: 'Schedule',
    head: ['Term', 'Assessment', 'Period', 'Due by', 'Status'],
    rows: schedule.map((s) => [String(s.term), KIND_NAMES[s.kind],
      s.periodStart ? `${formatDate(s.periodStart)} to ${formatDate(s.periodEnd)}` : '',
      s.dueDate ? formatDate(s.dueDate) : 'No term dates yet', tag(SCHEDULE_COLOURS[s.status], label(s.status))]),
  })}`;
}

/** The terms still to assess, with their kind: the server's schedule (none when it cannot be had). */
export function openTerms(schedule) {
  return (schedule ?? []).filter((s) => s.status !== 'DONE').map((s) => ({ term: s.term, kind: s.kind }));
}

export function view({ induction, assessments, tutors, schedule }, { me, params }) {
  const role = me.role;
  const inProgress = induction.status === 'IN_PROGRESS';
  const former = role !== 'AB_ADMIN' && role !== 'NQT' && me.schoolUrn !== induction.schoolUrn;
  const canAssess = (role === 'INDUCTION_TUTOR' || role === 'HEADTEACHER') && inProgress;
  const open = openTerms(schedule);
  return html`<span class="govuk-caption-l">Induction</span>
    <h1 class="govuk-heading-l">${teacherName(induction)}</h1>
    ${former ? html`<div class="govuk-inset-text">This teacher has moved to another school, which continues the induction.
      You see the record of their time at your school.</div>` : ''}
    ${inductionSummary(induction, schedule)}
    ${induction.periods?.length ? html`<h2 class="govuk-heading-m">Periods</h2>${periodTable(induction)}` : ''}
    <h2 class="govuk-heading-m">Assessments</h2>
    ${assessmentTable(induction, assessments)}
    ${schedule?.length ? scheduleTable(schedule) : ''}
    ${manages(me, induction) && inProgress ? movesForms(induction, tutors) : ''}
    ${role === 'AB_ADMIN' && (inProgress || induction.status === 'LEFT') ? closeForm() : ''}
    ${canAssess && open.length ? html`<h2 class="govuk-heading-m">Record an assessment</h2><ul class="govuk-list">${open.map(({ term, kind }) => html`<li>
      <a class="govuk-link" href="#/inductions/${params.id}/assess/${term}">Term ${term}: ${KIND_NAMES[kind]}</a></li>`)}</ul>` : ''}
    ${role === 'AB_ADMIN' && inProgress ? html`<form id="outcome" novalidate>
        <h2 class="govuk-heading-m">Record the outcome</h2>
        ${induction.decisionDueBy ? html`<p class="govuk-body" id="decision-due">Decide by ${formatDate(induction.decisionDueBy)} (20 working days after the final assessment was signed).</p>` : ''}
        ${recommendationText(assessments)}
        ${radios('outcome', 'Outcome', [['PASSED', 'Passed'], ['FAILED', 'Failed'], ['EXTENDED', 'Extended']])}
        ${dateInput('outcomeDate', 'Outcome date', { value: today(), hint: 'Today or earlier' })}
        ${input('extensionTerms', 'Extension in terms', { width: 4, inputmode: 'decimal', hint: 'Only for an extension, for example 1 or 0.5' })}
        ${button('Continue')}
      </form>
      <div id="outcome-check" hidden></div>
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

/** What the final assessment recommends, which the outcome decides on (shown beside the outcome form). */
function recommendationText(assessments) {
  const final = assessments.find((a) => a.kind === 'FINAL');
  if (!final) return html`<div class="govuk-inset-text">There is no final assessment yet.</div>`;
  return html`<div class="govuk-inset-text" id="recommendation">The final assessment (${label(final.status).toLowerCase()}) recommends:
    <strong>${final.recommendation ? label(final.recommendation) : 'no recommendation'}</strong></div>`;
}

/** Check your answers before the outcome is recorded: it cannot be undone. */
function outcomeCheck(v, assessments) {
  const final = assessments.find((a) => a.kind === 'FINAL');
  return html`<h2 class="govuk-heading-m" id="outcome-check-title" tabindex="-1">Check the outcome before recording it</h2>
    ${summaryList([
      ['Outcome', label(v.outcome)],
      ['Outcome date', formatDate(v.outcomeDate)],
      ['Extension', v.extensionTerms ? `${v.extensionTerms} terms` : ''],
      ['Recommendation of the final assessment', final?.recommendation ? label(final.recommendation) : 'None'],
    ])}
    <p class="govuk-body">Once recorded, the outcome cannot be changed here.</p>
    <form id="outcome-confirm" novalidate><div class="govuk-button-group">${button('Record outcome')}
      <a class="govuk-link" href="#" id="outcome-change" data-change>Change the outcome</a></div></form>`;
}

export function bind(root, { path, assessments }, ctx) {
  const { api, go, submit, params } = ctx;
  const here = `#/inductions/${params.id}`;
  const outcome = root.querySelector('#outcome');
  if (outcome) {
    withCheck(ctx, outcome, root.querySelector('#outcome-check'), {
      title: 'Check the outcome before recording it',
      validate: (v) => (v.outcome ? [] : [{ field: 'outcome', message: 'Select the outcome' }]),
      render: (v) => outcomeCheck(v, assessments),
      send: async (v) => {
        const body = { outcome: v.outcome, outcomeDate: v.outcomeDate };
        if (v.extensionTerms) body.extensionTerms = numberOrText(v.extensionTerms);
        const result = await api.post(`${path}/outcome`, body);
        go('#/', `Outcome recorded: ${teacherName(result)} ${label(result.outcome).toLowerCase()}`);
      },
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
  const changeTutor = root.querySelector('#change-tutor');
  if (changeTutor) {
    submit(changeTutor, async (v) => {
      await api.patch(path, { tutorUserId: v.tutorUserId || undefined });
      go(here, 'Induction tutor changed');
    });
  }
  const changeFte = root.querySelector('#change-fte');
  if (changeFte) {
    submit(changeFte, async (v) => {
      await api.patch(path, { fte: numberOrText(v.fte), from: v.from });
      go(here, 'FTE changed: a new period has started');
    });
  }
  const leave = root.querySelector('#leave');
  if (leave) {
    submit(leave, async (v) => {
      const result = await api.post(`${path}/leave`, { leaveDate: v.leaveDate });
      go(here, `${teacherName(result)} has left this school`);
    });
  }
  const close = root.querySelector('#close');
  if (close) {
    submit(close, async (v) => {
      await api.post(`${path}/close`, { closeDate: v.closeDate, reason: v.reason });
      go(here, 'Induction closed');
    });
  }
  const hold = root.querySelector('#legal-hold');
  if (hold) {
    submit(hold, async (v) => {
      await api.post(`${path}/legal-hold`, { hold: v.hold === undefined ? undefined : v.hold === 'true', reason: v.reason });
      go(here, 'Legal hold saved');
    });
  }
}
