// The GOV.UK table (https://design-system.service.gov.uk/components/table/), in a box of its own that scrolls
// sideways on a narrow screen instead of pushing the page wider (app.css .app-table-scroll).
import { html } from '../html.mjs';

/**
 * `head`: the column headings; `rows`: one array of cells per row (text or html``). The caption is read
 * out by screen readers; `captionHidden` keeps it from the eye when a heading above already says it.
 */
export function table({ caption, head, rows, captionHidden = true, id }) {
  return html`<div class="app-table-scroll" tabindex="0" role="region" aria-label="${caption}"${id ? html` id="${id}"` : ''}>
    <table class="govuk-table">
    <caption class="govuk-table__caption${captionHidden ? ' govuk-visually-hidden' : ' govuk-table__caption--m'}">${caption}</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row">${head.map((h) => html`<th scope="col" class="govuk-table__header">${h}</th>`)}</tr></thead>
    <tbody class="govuk-table__body">${rows.map((cells) => html`<tr class="govuk-table__row">${cells.map((c) => html`<td class="govuk-table__cell">${c}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}
