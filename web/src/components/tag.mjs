// Statuses as GOV.UK tags (https://design-system.service.gov.uk/components/tag/): the colour says how far
// along a thing is, the text says what it is (colour is never the only signal).
import { html } from '../html.mjs';
import { label } from '../domain.mjs';

const COLOURS = {
  IN_PROGRESS: 'blue',
  SUBMITTED: 'yellow',
  SIGNED: 'turquoise',
  ACKNOWLEDGED: 'green',
  APPROVED: 'green',
  RETURNED: 'red',
  PASSED: 'green',
  FAILED: 'red',
  EXTENDED: 'orange',
  LEFT: 'orange',
  CLOSED: 'grey',
  ACTIVE: 'green',
  SUSPENDED: 'red',
  INVITED: 'grey',
  SATISFACTORY: 'green',
  UNSATISFACTORY: 'red',
};

export function tag(status, text = label(status)) {
  const colour = COLOURS[status];
  return html`<strong class="govuk-tag${colour ? ` govuk-tag--${colour}` : ''}">${text}</strong>`;
}
