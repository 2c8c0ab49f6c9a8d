// Setting up two-factor sign-in: an AB admin without it is refused everything but GET /me and POST /me/mfa
// (403 mfa_required, CONTRACT.md section 10), so app.mjs shows this page instead. A new TOTP secret from
// Cognito (AssociateSoftwareToken) as a QR code and as text, the app's code typed back (VerifySoftwareToken,
// SetUserMFAPreference), then POST /me/mfa records it and the home page follows.
import { CognitoError } from '../cognito.mjs';
import { button, input } from '../components/forms.mjs';
import { html } from '../html.mjs';
import { codeProblem, otpauthUri, readCode, spacedSecret } from '../mfa.mjs';
import qrcode from '../qrcode-generator.mjs';

export const title = 'Set up two-factor sign-in';

export async function load(ctx) {
  const secret = await ctx.session.associateSoftwareToken();
  const qr = qrcode(0, 'M');
  qr.addData(otpauthUri(secret, ctx.me.email));
  qr.make();
  return { secret, qr: qr.createDataURL(4, 4) };
}

export function view({ secret, qr }) {
  return html`<h1 class="govuk-heading-l">Set up two-factor sign-in</h1>
    <p class="govuk-body">Appropriate Body administrators sign in with a password and a code from an
      authenticator app on their phone. Set it up once; every sign-in after this asks for the code.</p>
    <h2 class="govuk-heading-m">1. Add this service to your authenticator app</h2>
    <p class="govuk-body">Scan the QR code with the app.</p>
    <img class="app-qr" src="${qr}" alt="QR code to scan with an authenticator app">
    <p class="govuk-body">If you cannot scan it, enter this key in the app instead:</p>
    <p class="govuk-body"><code class="app-secret" id="totp-secret">${spacedSecret(secret)}</code></p>
    <h2 class="govuk-heading-m">2. Enter the code the app shows</h2>
    <form id="mfa-setup" novalidate>
      ${input('code', 'Code from your authenticator app', { width: 5, autocomplete: 'one-time-code', inputmode: 'numeric',
        hint: 'The 6-digit code, for example 123456' })}
      ${button('Turn on two-factor sign-in')}
    </form>`;
}

export function bind(root, _data, ctx) {
  const form = root.querySelector('#mfa-setup');
  ctx.submit(form, async (values) => {
    const { code, error } = readCode(values.code);
    if (error) {
      ctx.showErrors(form, [error]);
      return;
    }
    try {
      await ctx.session.enableSoftwareToken(code);
    } catch (failure) {
      const problem = failure instanceof CognitoError ? codeProblem(failure.type) : null;
      if (!problem) throw failure;
      ctx.showErrors(form, [problem]);
      return;
    }
    await ctx.api.post('/me/mfa');
    ctx.go('#/', 'Two-factor sign-in is on. Each sign-in will ask for a code from your app.');
  });
}
