// Sign in (Cognito USER_PASSWORD_AUTH); a first login goes on to choose a new password, a user with
// two-factor sign-in to the code of their authenticator app.
import { CognitoError } from '../cognito.mjs';
import { button, input } from '../components/forms.mjs';
import { html } from '../html.mjs';
import * as mfaCode from './mfa-code.mjs';
import * as newPassword from './new-password.mjs';

export const title = 'Sign in';

export function view() {
  return html`<h1 class="govuk-heading-l">Sign in</h1>
    <form id="sign-in" novalidate>
      ${input('username', 'Email address', { type: 'email', autocomplete: 'username', width: 20 })}
      ${input('password', 'Password', { type: 'password', autocomplete: 'current-password', width: 20 })}
      ${button('Sign in')}
    </form>`;
}

/** Cognito's refusals in people's words, on the field they are about. */
export function signInProblem(error, field) {
  if (error instanceof CognitoError) {
    if (error.type === 'NotAuthorizedException' || error.type === 'UserNotFoundException') {
      return [{ field, message: 'Enter a correct email address and password' }];
    }
    if (error.type === 'InvalidPasswordException') {
      return [{ field, message: 'Password must be at least 12 characters, with upper and lower case letters, a number and a symbol' }];
    }
    if (error.type === 'NetworkError') return [{ message: error.message }];
    return [{ field, message: 'Sign-in failed. Try again.' }];
  }
  return null;
}

/** After Cognito's answer: the page of the step it asks for, or signed in. */
export async function nextStep(ctx, username, result) {
  if (result.challenge === 'NEW_PASSWORD_REQUIRED') ctx.showPage(newPassword, { username, challenge: result.session });
  else if (result.challenge === 'SOFTWARE_TOKEN_MFA') ctx.showPage(mfaCode, { username, challenge: result.session });
  else await ctx.session.signedIn();
}

export function bind(root, _data, ctx) {
  const form = root.querySelector('#sign-in');
  ctx.submit(form, async ({ username, password }) => {
    const details = [];
    if (!username) details.push({ field: 'username', message: 'Enter your email address' });
    if (!password) details.push({ field: 'password', message: 'Enter your password' });
    if (details.length) {
      ctx.showErrors(form, details);
      return;
    }
    let result;
    try {
      result = await ctx.session.signIn(username, password);
    } catch (error) {
      const problem = signInProblem(error, 'password');
      if (!problem) throw error;
      ctx.showErrors(form, problem);
      return;
    }
    await nextStep(ctx, username, result);
  });
}
