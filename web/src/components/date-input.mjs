// The GOV.UK date input (https://design-system.service.gov.uk/components/date-input/): day, month and year
// in three fields, and dates shown as "1 September 2025". The API speaks ISO dates (YYYY-MM-DD).
import { html, raw } from '../html.mjs';
import { fieldId } from './forms.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** "1 September 2025" for '2025-09-01'; the text itself when it is not an ISO date. */
export function formatDate(iso) {
  const match = String(iso ?? '').match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return String(iso ?? '');
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** Today's date in Europe/London as YYYY-MM-DD (the API judges dates there). */
export function today(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "For example, 27 3 2007" as the hint would show it, for an ISO date. */
export function exampleOf(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `For example, ${d} ${m} ${y}`;
}

/**
 * Day, month and year as typed, to { iso } for a real date, {} when all three are empty, or { error }
 * naming what is missing or wrong (GOV.UK wording, "Date of birth must include a month").
 */
export function parseDate(label, day, month, year) {
  const parts = { day: String(day ?? '').trim(), month: String(month ?? '').trim(), year: String(year ?? '').trim() };
  const missing = Object.keys(parts).filter((k) => parts[k] === '');
  if (missing.length === 3) return {};
  if (missing.length) return { error: `${label} must include a ${missing.join(' and a ')}`, part: missing[0] };
  const monthNumber = /^\d{1,2}$/.test(parts.month) ? Number(parts.month)
    : MONTHS.findIndex((m) => m.toLowerCase().startsWith(parts.month.toLowerCase().slice(0, 3)) && parts.month.length >= 3) + 1;
  if (!/^\d{1,2}$/.test(parts.day) || !monthNumber) return { error: `${label} must be a real date`, part: 'day' };
  if (!/^\d{4}$/.test(parts.year)) return { error: 'Year must include 4 numbers', part: 'year' };
  const d = Number(parts.day);
  const y = Number(parts.year);
  const probe = new Date(Date.UTC(y, monthNumber - 1, d));
  if (monthNumber > 12 || probe.getUTCFullYear() !== y || probe.getUTCMonth() !== monthNumber - 1 || probe.getUTCDate() !== d) {
    return { error: `${label} must be a real date`, part: 'day' };
  }
  return { iso: `${parts.year}-${String(monthNumber).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/**
 * Three fields named `<name>.day`, `.month`, `.year` in a fieldset whose legend is the question; the group's
 * data-field is `name`, so an API error on `name` lands on it. `value`: an ISO date to fill in.
 */
export function dateInput(name, legend, { hint, value = '', form = '', legendClass = 'govuk-fieldset__legend--s' } = {}) {
  const id = fieldId(form + name);
  const [y = '', m = '', d = ''] = value ? value.split('-') : [];
  const part = (key, text, width, current) => html`<div class="govuk-date-input__item"><div class="govuk-form-group">
      <label class="govuk-label govuk-date-input__label" for="${id}-${key}">${text}</label>
      <input class="govuk-input govuk-date-input__input govuk-input--width-${width}" id="${id}-${key}" name="${name}.${key}"
        type="text" inputmode="numeric" value="${current === '' ? '' : Number(current)}"${raw(key === 'day' ? ` data-date-part="day"` : '')}>
    </div></div>`;
  return html`<div class="govuk-form-group" data-field="${name}" data-date="${name}">
    <fieldset class="govuk-fieldset" role="group"${raw(hint ? ` aria-describedby="${id}-hint"` : '')}>
      <legend class="govuk-fieldset__legend ${legendClass}">${legend}</legend>
      ${hint ? html`<div class="govuk-hint" id="${id}-hint">${hint}</div>` : ''}
      <div class="govuk-date-input" id="${id}">
        ${part('day', 'Day', 2, d)}${part('month', 'Month', 2, m)}${part('year', 'Year', 4, y)}
      </div>
    </fieldset>
  </div>`;
}
