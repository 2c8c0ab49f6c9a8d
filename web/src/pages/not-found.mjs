// No route matched, or the API answered 404/403 for what the URL names.
import { html } from '../html.mjs';

export const title = 'Page not found';

export function view() {
  return html`<h1 class="govuk-heading-l">Page not found</h1>
    <p class="govuk-body">There is nothing here you can see. <a class="govuk-link" href="#/">Go to your home page</a>.</p>`;
}
