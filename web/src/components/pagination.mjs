// The GOV.UK pagination (https://design-system.service.gov.uk/components/pagination/) over the API's
// nextToken: the API gives only the token of the next page, so the tokens of the pages seen are kept (per
// list and filter, in this tab) to go back; a page number the tab has no token for starts again at 1.
import { html } from '../html.mjs';

const tokens = new Map();

/** The token of page `n` (1-based) of the list `key`, or undefined (page 1, or not seen in this tab). */
export function tokenFor(key, n) {
  return n > 1 ? tokens.get(key)?.[n - 1] : undefined;
}

/** Remembers where page n + 1 of the list `key` starts. */
export function rememberNext(key, n, nextToken) {
  const list = tokens.get(key) ?? [];
  if (nextToken) list[n] = nextToken;
  tokens.set(key, list);
}

/** Previous / Next links; `href(n)` makes the link of page n. */
export function pagination({ page, hasNext, href }) {
  if (page <= 1 && !hasNext) return '';
  return html`<nav class="govuk-pagination govuk-pagination--block" aria-label="Pages">
    ${page > 1 ? html`<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="${href(page - 1)}" rel="prev">
      <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span>
      <span class="govuk-visually-hidden">:</span><span class="govuk-pagination__link-label">Page ${page - 1}</span></a></div>` : ''}
    ${hasNext ? html`<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${href(page + 1)}" rel="next">
      <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span>
      <span class="govuk-visually-hidden">:</span><span class="govuk-pagination__link-label">Page ${page + 1}</span></a></div>` : ''}
  </nav>`;
}
