// The session ended under the user: expired (a 401 the refresh token could not cure) or suspended.
import { html } from '../html.mjs';
import * as signIn from './sign-in.mjs';

const suspended = (data) => data.reason === 'suspended';

export function title(data) {
  return suspended(data) ? 'Your account cannot be used' : 'Your session has ended';
}

export function view(data) {
  return html`<h1 class="govuk-heading-l">${title(data)}</h1>
    <p class="govuk-body">${suspended(data)
      ? 'Your account is suspended or not active. Ask your induction coordinator, or the Appropriate Body, to reactivate it.'
      : 'You have been signed out because your session expired. Nothing you had saved has been lost.'}</p>
    <p class="govuk-body"><a class="govuk-link" href="#/" id="sign-in-again">Sign in again</a></p>`;
}

export function bind(root, _data, ctx) {
  root.querySelector('#sign-in-again').addEventListener('click', (event) => {
    event.preventDefault();
    ctx.showPage(signIn);
  });
}
