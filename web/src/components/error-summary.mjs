// The GOV.UK error summary and error messages (https://design-system.service.gov.uk/components/error-summary/):
// each problem next to its field, the summary at the top in the order of the fields on the page, linked to
// them, focused so it is read out; the field's aria-describedby names its error, and the page title
// starts "Error: ".
import { fieldMessage } from '../errors.mjs';

const ERROR_CLASSES = ['govuk-input--error', 'govuk-textarea--error', 'govuk-select--error'];

export function clearErrors(container) {
  container.querySelectorAll('.govuk-error-summary').forEach((el) => el.remove());
  container.querySelectorAll('.app-field-error').forEach((el) => {
    const id = el.id;
    container.querySelectorAll(`[aria-describedby~="${id}"]`).forEach((described) => {
      const rest = described.getAttribute('aria-describedby').split(/\s+/).filter((x) => x !== id);
      if (rest.length) described.setAttribute('aria-describedby', rest.join(' '));
      else described.removeAttribute('aria-describedby');
    });
    el.remove();
  });
  container.querySelectorAll('.govuk-form-group--error').forEach((el) => el.classList.remove('govuk-form-group--error'));
  container.querySelectorAll(ERROR_CLASSES.map((c) => `.${c}`).join(',')).forEach((el) => el.classList.remove(...ERROR_CLASSES));
  document.title = document.title.replace(/^Error: /, '');
}

function groupFor(form, field) {
  if (!field) return null;
  return form.querySelector(`[data-field="${CSS.escape(field)}"]`)
    ?? form.querySelector(`[data-field^="${CSS.escape(field)}."]`);
}

function labelOf(group) {
  const label = group.querySelector('legend, label');
  return label ? label.textContent.trim() : '';
}

function describe(element, id) {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) element.setAttribute('aria-describedby', [...ids, id].join(' '));
}

/**
 * Shows problems ({ field?, message, api?, part? }: `api` marks the API's own words, turned into people's
 * words here; `part` the day/month/year of a date to link to). Problems without a field on this form go
 * at the end of the summary.
 */
export function showErrors(root, form, details) {
  clearErrors(root);
  const items = [];
  for (const detail of details) {
    const group = groupFor(form, detail.field);
    if (!group) {
      items.push({ order: null, target: null, text: detail.message });
      continue;
    }
    const choice = Boolean(group.querySelector('.govuk-radios, .govuk-checkboxes, select'));
    const text = detail.api ? fieldMessage(labelOf(group), detail.message, choice ? 'choice' : 'text') : detail.message;
    const controls = [...group.querySelectorAll('input:not([type=hidden]), textarea, select')];
    const target = (detail.part && controls.find((c) => c.name.endsWith(`.${detail.part}`))) || controls[0];
    if (!group.classList.contains('govuk-form-group--error')) {
      const messageId = `${(group.querySelector('.govuk-date-input') ?? controls[0]).id}-error`;
      group.classList.add('govuk-form-group--error');
      const message = document.createElement('p');
      message.className = 'govuk-error-message app-field-error';
      message.id = messageId;
      message.innerHTML = '<span class="govuk-visually-hidden">Error:</span> ';
      message.append(document.createTextNode(text));
      const fieldset = group.querySelector('fieldset');
      const anchor = group.querySelector('.govuk-radios, .govuk-checkboxes, .govuk-date-input, input, textarea, select');
      anchor.before(message);
      if (fieldset) describe(fieldset, messageId);
      else controls.forEach((c) => describe(c, messageId));
      controls.filter((c) => c.classList.contains('govuk-input') || c.tagName !== 'INPUT').forEach((el) =>
        el.classList.add(el.tagName === 'TEXTAREA' ? 'govuk-textarea--error' : el.tagName === 'SELECT' ? 'govuk-select--error' : 'govuk-input--error'));
    }
    items.push({ order: group, target: target.id, text });
  }
  // Field order: the order of the groups in the page, then the problems that have no field.
  items.sort((a, b) => {
    if (!a.order || !b.order) return (a.order ? 0 : 1) - (b.order ? 0 : 1);
    if (a.order === b.order) return 0;
    return a.order.compareDocumentPosition(b.order) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  const summary = document.createElement('div');
  summary.className = 'govuk-error-summary';
  summary.tabIndex = -1;
  summary.setAttribute('data-module', 'govuk-error-summary');
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
  root.prepend(summary);
  if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`;
  summary.focus();
}
