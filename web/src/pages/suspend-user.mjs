// Confirming a suspension: a page of its own, so no single keystroke on the users list suspends anyone
// (GOV.UK "confirm" pattern: the question, what happens, a warning button, and a way back).
import { button } from '../components/forms.mjs';
import { ROLE_NAMES } from '../domain.mjs';
import { html } from '../html.mjs';

export function title({ user }) {
  return user.status === 'SUSPENDED' ? `${user.givenName} ${user.familyName} is suspended` : `Suspend ${user.givenName} ${user.familyName}`;
}

export async function load({ api, params }) {
  const users = await api.all(`/schools/${encodeURIComponent(params.urn)}/users`);
  const user = users.find((u) => u.userId === params.userId);
  if (!user) throw Object.assign(new Error('No such user'), { status: 404 });
  return { user, back: params.urn };
}

export function view({ user }, { me, params }) {
  const back = me.role === 'INDUCTION_COORDINATOR' ? '#/' : `#/schools/${params.urn}`;
  // Back after the suspension (or a second tab) never asks again for what is done.
  if (user.status === 'SUSPENDED') {
    return html`<span class="govuk-caption-l">${ROLE_NAMES[user.role]}</span>
      <h1 class="govuk-heading-l">${user.givenName} ${user.familyName} is suspended</h1>
      <p class="govuk-body">They cannot sign in until they are reactivated.</p>
      <p class="govuk-body"><a class="govuk-link" href="${back}">Back to the school</a></p>`;
  }
  return html`<span class="govuk-caption-l">${ROLE_NAMES[user.role]}</span>
    <h1 class="govuk-heading-l">Are you sure you want to suspend ${user.givenName} ${user.familyName}?</h1>
    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
      They will be signed out at once and cannot sign in until they are reactivated.</strong></div>
    <form id="suspend" novalidate>
      <div class="govuk-button-group">
        ${button('Yes, suspend', { warning: true })}
        <a class="govuk-link" href="${back}">No, go back</a>
      </div>
    </form>`;
}

export function bind(root, { user }, { api, go, submit, me, params }) {
  if (user.status === 'SUSPENDED') return;
  const back = me.role === 'INDUCTION_COORDINATOR' ? '#/' : `#/schools/${params.urn}`;
  submit(root.querySelector('#suspend'), async () => {
    const after = await api.post(`/users/${encodeURIComponent(user.userId)}/suspend`);
    go(back, `${after.givenName} ${after.familyName} is now suspended`);
  });
}
