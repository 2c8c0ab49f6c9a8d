// GOV.UK Design System form fields, and API validation errors shown next to their fields with an
// error summary at the top (https://design-system.service.gov.uk/components/error-summary/).
import { html, raw } from './html.mjs';

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

/** The form's values by name: '' for an empty field, radios absent until chosen. */
export function values(form) {
  const out = {};
  for (const [name, value] of new FormData(form).entries()) out[name] = String(value).trim();
  return out;
}

/** A number when the text is one, else the text itself, so the API names a bad value (never guessed here). */
export function numberOrText(text) {
  if (text === undefined || text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

export function clearErrors(container) {
  container.querySelectorAll('.govuk-notification-banner').forEach((el) => el.remove());
  container.querySelectorAll('.govuk-error-summary').forEach((el) => el.remove());
  container.querySelectorAll('.app-field-error').forEach((el) => el.remove());
  container.querySelectorAll('.govuk-form-group--error').forEach((el) => el.classList.remove('govuk-form-group--error'));
  container.querySelectorAll('.govuk-input--error, .govuk-textarea--error, .govuk-select--error').forEach((el) =>
    el.classList.remove('govuk-input--error', 'govuk-textarea--error', 'govuk-select--error'));
}

function labelOf(group) {
  const label = group.querySelector('legend, label');
  return label ? label.textContent.trim() : '';
}

/**
 * Shows an API refusal: each detail next to its field (or in the summary only, when the form has no such
 * field), the summary at the top of the page, focused so screen readers announce it.
 */
export function showErrors(main, form, error) {
  clearErrors(main);
  const details = error.details?.length ? error.details : [{ message: error.message }];
  const items = [];
  for (const detail of details) {
    const group = detail.field
      ? form.querySelector(`[data-field="${CSS.escape(detail.field)}"]`)
        ?? form.querySelector(`[data-field^="${CSS.escape(detail.field)}."]`)
      : null;
    if (group) {
      const control = group.querySelector('input, textarea, select');
      const messageId = `${control.id}-error`;
      group.classList.add('govuk-form-group--error');
      if (!group.querySelector('.app-field-error')) {
        const message = document.createElement('p');
        message.className = 'govuk-error-message app-field-error';
        message.id = messageId;
        message.innerHTML = '<span class="govuk-visually-hidden">Error:</span> ';
        message.append(document.createTextNode(detail.message));
        const anchor = group.querySelector('.govuk-radios, input, textarea, select');
        anchor.before(message);
      }
      group.querySelectorAll('.govuk-input, .govuk-textarea, .govuk-select').forEach((el) =>
        el.classList.add(el.tagName === 'TEXTAREA' ? 'govuk-textarea--error'
          : el.tagName === 'SELECT' ? 'govuk-select--error' : 'govuk-input--error'));
      items.push({ target: control.id, text: `${labelOf(group)}: ${detail.message}` });
    } else {
      items.push({ target: null, text: detail.field ? `${detail.field}: ${detail.message}` : detail.message });
    }
  }
  const summary = document.createElement('div');
  summary.className = 'govuk-error-summary';
  summary.tabIndex = -1;
  summary.innerHTML = '<div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2>'
    + '<div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"></ul></div></div>';
  const list = summary.querySelector('ul');
  for (const item of items) {
    const li = document.createElement('li');
    if (item.target) {
      const link = document.createElement('a');
      link.href = `#${item.target}`;
      link.textContent = item.text;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        document.getElementById(item.target)?.focus();
      });
      li.append(link);
    } else {
      li.textContent = item.text;
    }
    list.append(li);
  }
  main.prepend(summary);
  summary.focus();
}
