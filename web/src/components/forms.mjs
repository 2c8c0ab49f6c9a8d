// GOV.UK Design System form fields (https://design-system.service.gov.uk/components/). Every field sits in a
// .govuk-form-group with data-field="<the API's field name>", which is where error-summary.mjs puts its error.
import { html, raw } from '../html.mjs';
import { parseDate } from './date-input.mjs';

export function fieldId(name) {
  return `f-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

// `form`: a prefix for the id when two forms of one page have a field of the same name (ids are unique).
export function input(name, text, { type = 'text', hint, value = '', width, autocomplete, inputmode, form = '' } = {}) {
  const id = fieldId(form + name);
  return html`<div class="govuk-form-group" data-field="${name}">
    <label class="govuk-label" for="${id}">${text}</label>
    ${hint ? html`<div class="govuk-hint" id="${id}-hint">${hint}</div>` : ''}
    <input class="govuk-input${width ? ` govuk-input--width-${width}` : ''}" id="${id}" name="${name}" type="${type}"
      value="${value}"${raw(hint ? ` aria-describedby="${id}-hint"` : '')}${raw(autocomplete ? ` autocomplete="${autocomplete}"` : '')}${raw(inputmode ? ` inputmode="${inputmode}"` : '')}${raw(type === 'text' ? ' spellcheck="false"' : '')}>
  </div>`;
}

export function textarea(name, text, { hint, rows = 3, form = '' } = {}) {
  const id = fieldId(form + name);
  return html`<div class="govuk-form-group" data-field="${name}">
    <label class="govuk-label" for="${id}">${text}</label>
    ${hint ? html`<div class="govuk-hint" id="${id}-hint">${hint}</div>` : ''}
    <textarea class="govuk-textarea" id="${id}" name="${name}" rows="${rows}"${raw(hint ? ` aria-describedby="${id}-hint"` : '')}></textarea>
  </div>`;
}

export function radios(name, legend, options, { inline = false, legendClass = 'govuk-fieldset__legend--s', hint } = {}) {
  const id = fieldId(name);
  return html`<div class="govuk-form-group" data-field="${name}">
    <fieldset class="govuk-fieldset"${raw(hint ? ` aria-describedby="${id}-hint"` : '')}>
      <legend class="govuk-fieldset__legend ${legendClass}">${legend}</legend>
      ${hint ? html`<div class="govuk-hint" id="${id}-hint">${hint}</div>` : ''}
      <div class="govuk-radios${inline ? ' govuk-radios--inline' : ''}" data-module="govuk-radios">
        ${options.map(([value, text], i) => html`<div class="govuk-radios__item">
          <input class="govuk-radios__input" id="${i === 0 ? id : `${id}-${i}`}" name="${name}" type="radio" value="${value}">
          <label class="govuk-label govuk-radios__label" for="${i === 0 ? id : `${id}-${i}`}">${text}</label>
        </div>`)}
      </div>
    </fieldset>
  </div>`;
}

export function select(name, text, options) {
  const id = fieldId(name);
  return html`<div class="govuk-form-group" data-field="${name}">
    <label class="govuk-label" for="${id}">${text}</label>
    <select class="govuk-select" id="${id}" name="${name}">
      <option value="">Choose</option>
      ${options.map(([value, label]) => html`<option value="${value}">${label}</option>`)}
    </select>
  </div>`;
}

export function button(text, { secondary = false, warning = false } = {}) {
  return html`<button type="submit" class="govuk-button${secondary ? ' govuk-button--secondary' : ''}${warning ? ' govuk-button--warning' : ''}" data-module="govuk-button">${text}</button>`;
}

/** The form's values by name: '' for an empty field, radios absent until chosen; dates as in readForm. */
export function values(form) {
  return readForm(form).values;
}

/**
 * The form's values, each date input's three fields as one ISO value under its name (absent when all
 * are empty), and the dates that are not real dates as errors ({ field, message }) to show before sending.
 */
export function readForm(form) {
  const out = {};
  for (const [name, value] of new FormData(form).entries()) out[name] = String(value).trim();
  const errors = [];
  form.querySelectorAll('[data-date]').forEach((group) => {
    const name = group.dataset.date;
    const legend = group.querySelector('legend')?.textContent.trim() ?? name;
    const parsed = parseDate(legend, out[`${name}.day`], out[`${name}.month`], out[`${name}.year`]);
    for (const key of ['day', 'month', 'year']) delete out[`${name}.${key}`];
    if (parsed.iso) out[name] = parsed.iso;
    if (parsed.error) errors.push({ field: name, message: parsed.error, part: parsed.part });
  });
  return { values: out, errors };
}

/** A number when the text is one, else the text itself, so the API names a bad value (never guessed here). */
export function numberOrText(text) {
  if (text === undefined || text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
