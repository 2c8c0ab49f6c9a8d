// Something failed that the user cannot fix (a 5xx, the configuration missing).
import { html } from '../html.mjs';

export const title = 'Sorry, there is a problem';

export function view(data) {
  return html`<h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>
    <p class="govuk-body">${data.message ?? 'Try again later.'}</p>`;
}
