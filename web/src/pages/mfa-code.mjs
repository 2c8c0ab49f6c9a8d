// Sign-in, second step: Cognito's SOFTWARE_TOKEN_MFA challenge, answered with the authenticator app's code.
import { CognitoError } from '../cognito.mjs';
import { button, input } from '../components/forms.mjs';
import { html } from '../html.mjs';
import { codeProblem, readCode } from '../mfa.mjs';
import * as signIn from './sign-in.mjs';
import { signInProblem } from './sign-in.mjs';

export const title = 'Enter your sign-in code';

export function view() {
  return html`<h1 class="govuk-heading-l">Enter your sign-in code</h1>
    <p class="govuk-body">Open the authenticator app on your phone and enter the code it shows for Induction records.</p>
    <form id="mfa-code" novalidate>
      ${input('code', 'Code from your authenticator app', { width: 5, autocomplete: 'one-time-code', inputmode: 'numeric',
        hint: 'The 6-digit code, for example 123456' })}
      ${button('Continue')}
    </form>
    <p class="govuk-body"><a class="govuk-link" href="#/" id="sign-in-again">Sign in again</a></p>`;
}

/** Cognito's challenge session lasts minutes (and may not survive wrong codes): then only a new sign-in helps. */
function timedOut(failure) {
  return failure.type === 'NotAuthorizedException'
    ? { field: 'code', message: 'This sign-in can no longer be used. Select Sign in again and enter your password' } : null;
}

export function bind(root, data, ctx) {
  const form = root.querySelector('#mfa-code');
  root.querySelector('#sign-in-again').addEventListener('click', (event) => {
    event.preventDefault();
    ctx.showPage(signIn);
  });
  ctx.submit(form, async (values) => {
    const { code, error } = readCode(values.code);
    if (error) {
      ctx.showErrors(form, [error]);
      return;
    }
    try {
      const result = await ctx.session.respondWithCode(data.username, data.challenge, code);
      if (!result.idToken) throw new CognitoError('UnsupportedChallenge', 'Sign-in needs another step');
    } catch (failure) {
      const problem = failure instanceof CognitoError ? codeProblem(failure.type) ?? timedOut(failure)
        ?? signInProblem(failure, 'code')[0] : null;
      if (!problem) throw failure;
      ctx.showErrors(form, [problem]);
      return;
    }
    await ctx.session.signedIn();
  });
}
