// The CSV files of bulk work (CONTRACT.md section 9): their headers, the template to fill in, the rows a
// chosen file holds (RFC 4180, read here only to show what will be sent: the API checks every row), and
// the API's per-row refusals ("row N: <column>") in people's words.
import { fieldMessage } from './errors.mjs';

export const REGISTRATION_HEADER = ['TRN', 'Given name', 'Family name', 'Date of birth', 'Email', 'Programme',
  'Training programme', 'Start date', 'FTE', 'Tutor email'];
export const OUTCOMES_HEADER = ['TRN', 'Outcome', 'Outcome date'];
export const TERMS = [['AUTUMN', 'Autumn'], ['SPRING', 'Spring'], ['SUMMER', 'Summer']];

/** A file of the header alone, with CRLF as RFC 4180 says. */
export function template(header) {
  return `${header.join(',')}\r\n`;
}

/** The records of a CSV text: arrays of cells; quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' || c === '\n') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** What a chosen file holds: its header and its data rows as objects by column (the error column dropped). */
export function readUpload(text, header) {
  const [head = [], ...records] = parseCsv(text);
  const columns = head.map((h) => h.trim());
  const rows = records.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ''])));
  const expected = header.every((h, i) => columns[i] === h) && columns.slice(header.length).every((c) => c === 'Error message');
  return { columns, rows, expected };
}

/** Refusals that only a file's row gets: [pattern on the API's message, (column) => text]. */
const ROW_RULES = [
  // In a file a date has one written form, so say it (the form's date fields need no such hint).
  [/^must be a real date/, (column) => `${column} must be a real date written as year-month-day, like 2025-09-01`],
  [/^must be PASSED: /, () => "Outcome must be PASSED: a fail is recorded on the teacher's induction, one at a time"],
  [/^needs the induction's FINAL assessment signed first$/, () => 'The final assessment must be signed by the headteacher before the pass is recorded'],
  [/^has no induction in progress$/, () => 'No induction is in progress for this TRN'],
];

/** The API's details for a refused file as { row, column, message } in people's words, by row. */
export function rowErrors(details) {
  return details.map((d) => {
    const match = String(d.field ?? '').match(/^row (\d+): (.*)$/);
    if (!match) return { row: null, column: '', message: fileMessage(d.field, d.message) };
    const column = match[2] === 'columns' ? 'The row' : match[2];
    const rule = ROW_RULES.find(([pattern]) => pattern.test(d.message));
    const message = rule ? rule[1](column) : fieldMessage(column, d.message);
    return { row: Number(match[1]), column, message };
  }).sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function fileMessage(field, message) {
  if (field === 'header') return `The first line of the file must be the header: ${message.replace(/^must be exactly /, '')}`;
  const rows = String(message).match(/^must hold 1 to (\d+) data rows \(it holds (\d+)\)$/);
  if (rows) return `The file must have between 1 and ${Number(rows[1]).toLocaleString('en-GB')} rows of teachers (it has ${rows[2]})`;
  const unreadable = String(message).match(/^is not RFC 4180 CSV: (.*)$/);
  if (unreadable) return `The file cannot be read as CSV (${unreadable[1]}): save it from the spreadsheet as CSV and choose it again`;
  if (field === 'body') return 'Choose a CSV file that starts with the header of the template';
  return `${field ?? 'The file'} ${message}`;
}
