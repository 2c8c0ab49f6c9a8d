// The GOV.UK summary list (https://design-system.service.gov.uk/components/summary-list/).
import { html } from '../html.mjs';

/** One row; `action` ({ href, text, hidden }) adds a "Change" style link, its hidden text naming the row. */
export function summaryRow(key, value, action) {
  return html`<div class="govuk-summary-list__row${action ? '' : ' govuk-summary-list__row--no-actions'}"><dt class="govuk-summary-list__key">${key}</dt>
    <dd class="govuk-summary-list__value">${value}</dd>${action ? html`<dd class="govuk-summary-list__actions">
      <a class="govuk-link" href="${action.href}">${action.text}<span class="govuk-visually-hidden"> ${action.hidden ?? key}</span></a></dd>` : ''}</div>`;
}

/** Rows as [key, value, action?]; a row whose value is null/undefined/'' is left out. */
export function summaryList(rows) {
  return html`<dl class="govuk-summary-list">${rows
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value, action]) => summaryRow(key, value, action))}</dl>`;
}
