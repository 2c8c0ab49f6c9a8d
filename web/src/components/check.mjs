// "Check your answers" (https://design-system.service.gov.uk/patterns/check-answers/) on the form's own page:
// Continue hides the form and shows what will be sent, with a way back to change it; only the check's button
// sends. A refusal goes back to the form, with the errors on its fields. The form's route stays the same, so
// Back after sending reaches the form's page, which shows the work done (each page's load decides that).
import { markup } from '../html.mjs';

/**
 * `form`: the form; `check`: an empty, hidden element after it; `validate(values)`: problems to show on the
 * form before the check ([{ field, message }]); `render(values)`: the check's markup, with a heading
 * (tabindex -1, focused), a link `[data-change]` and a form (its button sends); `send(values)`.
 */
export function withCheck(ctx, form, check, { validate = () => [], render, send, title }) {
  ctx.submit(form, async (values) => {
    const problems = validate(values);
    if (problems.length) {
      ctx.showErrors(form, problems);
      return;
    }
    ctx.clearErrors();
    const before = document.title;
    check.innerHTML = markup(render(values));
    form.hidden = true;
    check.hidden = false;
    if (title) document.title = `${title} - Induction records`;
    const back = () => {
      check.hidden = true;
      form.hidden = false;
      document.title = before;
    };
    check.querySelector('[tabindex="-1"]')?.focus();
    check.querySelector('[data-change]').addEventListener('click', (event) => {
      event.preventDefault();
      back();
      form.querySelector('input, textarea, select')?.focus();
    });
    ctx.submit(check.querySelector('form'), async () => {
      try {
        await send(values);
      } catch (error) {
        back();
        throw Object.assign(error, { form });
      }
    });
  });
}
