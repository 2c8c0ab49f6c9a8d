// Bulk work from a CSV file (CONTRACT.md section 9): the coordinator (or the AB admin) registers a school's
// teachers ('/schools/:urn/upload'), the AB admin records passes ('/outcomes/upload'). Three steps on one
// route, shown with ctx.showPage: choose the file (with the template to download), check what it holds
// (rows found) and send it, or see its errors row by row with the error file to download and correct.
import { fileUrl, downloadButton } from '../components/download.mjs';
import { button } from '../components/forms.mjs';
import { summaryList } from '../components/summary-list.mjs';
import { table } from '../components/table.mjs';
import { ApiError } from '../api.mjs';
import { OUTCOMES_HEADER, REGISTRATION_HEADER, readUpload, rowErrors, template } from '../csv.mjs';
import { html } from '../html.mjs';
// showPage needs this module itself (its load, view and bind) for the next step.
import * as pageModule from './upload.mjs';

// The rows of a file shown to check it, and the problems listed in the error summary (the table has them all).
const SHOWN = 20;
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

const KINDS = {
  registration: {
    title: 'Register teachers from a file',
    header: REGISTRATION_HEADER,
    templateName: 'registration-template.csv',
    errorsName: 'registration-errors.csv',
    path: (urn) => `/schools/${encodeURIComponent(urn)}/inductions/bulk`,
    columns: ['TRN', 'Given name', 'Family name', 'Programme', 'Start date'],
    send: (n) => `Register ${plural(n, 'teacher', 'teachers')}`,
    done: (r) => `${plural(r.created, 'teacher', 'teachers')} registered${r.unchanged ? `, ${r.unchanged} already registered` : ''}`,
    guide: html`<ul class="govuk-list govuk-list--bullet">
      <li>one teacher a row, up to 1,000 rows, under the header of the template</li>
      <li>TRN: 7 digits; dates written as year-month-day, like 2025-09-01</li>
      <li>Programme: NQT or ECT; Training programme: empty for NQT</li>
      <li>Email: optional; FTE: the full-time equivalent, like 1 or 0.6</li>
      <li>Tutor email: an induction tutor who is active at the school</li></ul>`,
  },
  outcomes: {
    title: 'Record passes from a file',
    header: OUTCOMES_HEADER,
    templateName: 'passes-template.csv',
    errorsName: 'passes-errors.csv',
    path: () => '/outcomes/bulk',
    columns: OUTCOMES_HEADER,
    send: (n) => `Record ${plural(n, 'pass', 'passes')}`,
    done: (r) => `${plural(r.recorded, 'pass', 'passes')} recorded${r.unchanged ? `, ${r.unchanged} recorded already` : ''}`,
    guide: html`<ul class="govuk-list govuk-list--bullet">
      <li>one teacher a row, up to 1,000 rows, under the header of the template</li>
      <li>Outcome: PASSED only (a fail is recorded on the teacher's induction, one at a time)</li>
      <li>Outcome date written as year-month-day, like 2026-07-20</li></ul>`,
  },
};

export function title({ step, kind }) {
  if (step === 'check') return 'Check the file before you send it';
  if (step === 'errors') return `Error: ${KINDS[kind].title}`;
  return KINDS[kind].title;
}

/** Routed: the first step. Shown by a later step: the state it was given. */
export async function load(ctx, state) {
  if (state?.step) return state;
  const urn = ctx.params.urn;
  return { step: 'choose', kind: urn ? 'registration' : 'outcomes', urn, back: ctx.me.role === 'AB_ADMIN' && urn ? `#/schools/${urn}` : '#/' };
}

function chooseForm(k) {
  return html`<form id="choose" novalidate>
    <div class="govuk-form-group" data-field="file">
      <label class="govuk-label govuk-label--s" for="f-file">Upload a file</label>
      <div class="govuk-hint" id="f-file-hint">A CSV file: in a spreadsheet, use Save as, then CSV UTF-8</div>
      <input class="govuk-file-upload" id="f-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="f-file-hint">
    </div>
    ${button('Continue')}
  </form>`;
}

export function view(data) {
  const k = KINDS[data.kind];
  if (data.step === 'check') {
    const { rows, fileName } = data;
    return html`<span class="govuk-caption-l">${k.title}</span>
      <h1 class="govuk-heading-l">Check the file before you send it</h1>
      ${summaryList([['File', fileName], ['Rows found', plural(rows.length, 'row', 'rows')]])}
      ${table({
        caption: rows.length > SHOWN ? `The first ${SHOWN} rows of the file` : 'The rows of the file',
        captionHidden: false,
        head: ['Row', ...k.columns],
        rows: rows.slice(0, SHOWN).map((r, i) => [String(i + 1), ...k.columns.map((c) => r[c] ?? '')]),
      })}
      <p class="govuk-body">Every row is checked before anything is saved: if one row is wrong, nothing is saved and
        you are shown what to correct.</p>
      <form id="send" novalidate>${button(k.send(rows.length))}</form>
      <p class="govuk-body"><a class="govuk-link" href="${data.routeHash}">Choose a different file</a></p>`;
  }
  if (data.step === 'errors') {
    const { errors } = data;
    const rows = new Set(errors.filter((e) => e.row).map((e) => e.row)).size;
    return html`<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
          ${errors.slice(0, SHOWN).map((e) => html`<li><a href="#f-file">${e.row ? `Row ${e.row}: ` : ''}${e.message}</a></li>`)}
          ${errors.length > SHOWN ? html`<li>and ${plural(errors.length - SHOWN, 'more problem', 'more problems')}, in the errors by row below</li>` : ''}
        </ul></div></div></div>
      <span class="govuk-caption-l">${k.title}</span>
      <h1 class="govuk-heading-l">${rows ? `The file has errors in ${plural(rows, 'row', 'rows')}` : 'The file cannot be used'}</h1>
      <p class="govuk-body">Nothing in ${data.fileName} has been saved.</p>
      ${rows ? html`${table({
          caption: 'Errors by row',
          captionHidden: false,
          head: ['Row', 'Column', 'What to correct'],
          rows: errors.filter((e) => e.row).map((e) => [String(e.row), e.column, e.message]),
        })}
        <p class="govuk-body">The error file is your file with an Error message column that says what is wrong in each row.
          Correct those rows, save it as CSV (the Error message column can stay) and upload it again.</p>
        <p class="govuk-body"><button type="button" class="govuk-button govuk-button--secondary" id="download-errors"
          data-module="govuk-button">Download the error file</button></p>`
        : html`<p class="govuk-body"><a class="govuk-link" id="template" href="#/" download="${k.templateName}">Download the template</a>
          and put your rows under its header.</p>`}
      ${chooseForm(k)}
      <p class="govuk-body"><a class="govuk-link" href="${data.back}">Cancel</a></p>`;
  }
  return html`<h1 class="govuk-heading-l">${k.title}</h1>
    <p class="govuk-body"><a class="govuk-link" id="template" href="#/" download="${k.templateName}">Download the template (CSV)</a>
      and fill it in:</p>
    ${k.guide}
    ${chooseForm(k)}
    <p class="govuk-body"><a class="govuk-link" href="${data.back}">Cancel</a></p>`;
}

/** A 400 (or 413) for the file: its problems as the errors step shows them; anything else is not ours. */
function refusalOf(error) {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 413) return [{ row: null, column: '', message: 'The file must be smaller than 100 KB: split it into files of fewer rows' }];
  if (error.status === 400 && error.details.length) return rowErrors(error.details);
  return null;
}

export function bind(root, data, ctx) {
  const k = KINDS[data.kind];
  const state = { kind: data.kind, urn: data.urn, back: data.back, routeHash: data.routeHash ?? location.hash };
  const link = root.querySelector('#template');
  if (link) link.href = fileUrl(template(k.header));
  const choose = root.querySelector('#choose');
  if (choose) {
    choose.addEventListener('submit', async (event) => {
      event.preventDefault();
      const file = choose.querySelector('#f-file').files[0];
      if (!file) {
        ctx.showErrors(choose, [{ field: 'file', message: 'Select a CSV file' }]);
        return;
      }
      const text = await file.text();
      const upload = readUpload(text, k.header);
      // The header and an empty file are checked here too, so the message is at the field (the API refuses both).
      if (!upload.expected) {
        ctx.showErrors(choose, [{ field: 'file', message: `The first line of the file must be the header of the template: ${k.header.join(',')}` }]);
      } else if (!upload.rows.length) {
        ctx.showErrors(choose, [{ field: 'file', message: 'The file has no rows under its header' }]);
      } else {
        ctx.showPage(pageModule, { ...state, step: 'check', fileName: file.name, text, rows: upload.rows });
      }
    });
  }
  const send = root.querySelector('#send');
  if (send) {
    ctx.submit(send, async () => {
      let result;
      try {
        result = await ctx.api.postCsv(k.path(data.urn), data.text);
      } catch (error) {
        const errors = refusalOf(error);
        if (!errors) throw error;
        ctx.showPage(pageModule, { ...state, step: 'errors', fileName: data.fileName, text: data.text, errors });
        return;
      }
      ctx.go(data.back, k.done(result));
    });
  }
  const download = root.querySelector('#download-errors');
  if (download) {
    downloadButton(download, async () => {
      const blob = await ctx.api.csvErrors(k.path(data.urn), data.text);
      if (!blob) throw new Error('The file was accepted when its error file was asked for');
      return blob;
    }, k.errorsName, ctx.fail);
  }
}
