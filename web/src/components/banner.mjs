// The GOV.UK notification banner (https://design-system.service.gov.uk/components/notification-banner/).
// A success banner is shown at the top of the page it leads to, and takes focus (app.mjs), so the
// confirmation is never off-screen and is read out.
import { html } from '../html.mjs';

export function successBanner(text) {
  return html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert"
      aria-labelledby="success-title" data-module="govuk-notification-banner" tabindex="-1">
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="success-title">Success</h2></div>
    <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${text}</p></div>
  </div>`;
}

/** An "Important" banner: something the user should know before they go on. */
export function importantBanner(heading, body = '') {
  return html`<div class="govuk-notification-banner" role="region" aria-labelledby="important-title"
      data-module="govuk-notification-banner">
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="important-title">Important</h2></div>
    <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${heading}</p>${body}</div>
  </div>`;
}
