// A first sign-in with a temporary password: Cognito's NEW_PASSWORD_REQUIRED challenge.
import { button, input } from '../components/forms.mjs';
import { html } from '../html.mjs';
import { nextStep, signInProblem } from './sign-in.mjs';

export const title = 'Choose a new password';

export function view() {
  return html`<h1 class="govuk-heading-l">Choose a new password</h1>
    <p class="govuk-body">This is your first sign-in. Replace the temporary password you were sent with one of your own.</p>
    <form id="new-password" novalidate>
      ${input('newPassword', 'New password', { type: 'password', autocomplete: 'new-password', width: 20,
        hint: 'At least 12 characters, with upper and lower case letters, a number and a symbol' })}
      ${button('Set password and sign in')}
    </form>`;
}

export function bind(root, data, ctx) {
  const form = root.querySelector('#new-password');
  ctx.submit(form, async ({ newPassword }) => {
    if (!newPassword) {
      ctx.showErrors(form, [{ field: 'newPassword', message: 'Enter a new password' }]);
      return;
    }
    let result;
    try {
      result = await ctx.session.setNewPassword(data.username, data.challenge, newPassword);
    } catch (error) {
      const problem = signInProblem(error, 'newPassword');
      if (!problem) throw error;
      ctx.showErrors(form, problem);
      return;
    }
    await nextStep(ctx, data.username, result);
  });
}
