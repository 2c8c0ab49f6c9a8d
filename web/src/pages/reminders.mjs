// '/reminders': the signed-in user's own email reminders, on or off (PATCH /me; CONTRACT.md section 8).
import { button } from '../components/forms.mjs';
import { html } from '../html.mjs';

export const title = 'Email reminders';

export async function load({ api }) {
  return { me: await api.get('/me') };
}

export function view({ me }) {
  const on = me.reminders !== false;
  return html`<h1 class="govuk-heading-l">Email reminders</h1>
    <p class="govuk-body">Each morning we email you the induction tasks that are due within a week, due that day, or
      overdue (on the first day they are overdue, then every Monday), at most one email a day, to ${me.email}.</p>
    <p class="govuk-body" id="reminders-state">Email reminders are <strong>${on ? 'on' : 'off'}</strong>.</p>
    <form id="reminders" novalidate>
      ${button(on ? 'Turn email reminders off' : 'Turn email reminders on', { secondary: on })}
    </form>`;
}

export function bind(root, { me }, ctx) {
  const on = me.reminders !== false;
  ctx.submit(root.querySelector('#reminders'), async () => {
    await ctx.api.patch('/me', { reminders: !on });
    ctx.go('#/reminders', on ? 'Email reminders are off' : 'Email reminders are on');
  });
}
