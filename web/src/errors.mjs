// The API's refusals in words written for people (GOV.UK error messages: say what went wrong and how to fix
// it, https://design-system.service.gov.uk/components/error-message/). The API keeps its codes and its own
// messages (CONTRACT.md section 3, "Errors"); this is the one place that turns them into what a page shows.
// `label` is the field's label as shown ("Date of birth"); a rule that does not apply returns undefined.

const lower = (label) => label.charAt(0).toLowerCase() + label.slice(1);

/** [pattern on the API's message, (label, match, kind) => text]: the first that matches wins. */
const FIELD_RULES = [
  [/^is required(?: on a FINAL assessment| for EXTENDED)?$/, (label, _m, kind) => (kind === 'choice' ? `Select ${lower(label)}` : `Enter ${lower(label)}`)],
  [/^must not be blank$/, (label) => `Enter ${lower(label)}`],
  [/^must be a real date/, (label) => `${label} must be a real date`],
  [/^must not be in the future$/, (label) => `${label} must be today or in the past`],
  [/^must be in the past$/, (label) => `${label} must be in the past`],
  [/^must not be before the induction's start date$/, (label) => `${label} must be on or after the start of the induction`],
  [/^must not be before periodStart$/, (label) => `${label} must be on or after the start of the period`],
  [/^must not be before start$/, (label) => `${label} must be on or after the start date`],
  [/^must be a 7-digit TRN$/, () => 'Enter a teacher reference number (TRN) of 7 digits, like 1234567'],
  [/^must be a 6-digit URN$/, () => 'Enter a unique reference number (URN) of 6 digits, like 100001'],
  [/^must be an email address$/, () => 'Enter an email address in the correct format, like name@example.com'],
  [/^must be a whole number$/, (label) => `${label} must be a whole number, like 2`],
  [/^must be a number$/, (label) => `${label} must be a number, like 1 or 0.5`],
  [/^must have at most (one|two) decimal places?$/, (label, m) => `${label} must have no more than ${m[1]} decimal place${m[1] === 'one' ? '' : 's'}`],
  [/^must not be more than daysAbsent$/, (label) => `${label} must not be more than the days absent`],
  [/^must make the teacher (.*)$/, (_label, m) => `The teacher must be ${m[1].replace(/^be /, '')}`],
  [/^must be an active induction tutor of this school$/, () => 'Select an induction tutor who is active at this school'],
  [/^is allowed on a FINAL assessment only$/, (label) => `${label} can be given on the final assessment only`],
  [/^is allowed for EXTENDED only$/, (label) => `${label} can be given only when the induction is extended`],
  [/^must be at most (.*)$/, (label, m) => `${label} must be ${m[1]} or fewer`],
  [/^must be from (.*)$/, (label, m) => `${label} must be from ${m[1]}`],
  [/^must be a single line$/, (label) => `${label} must be on one line`],
];

/** Refusals with no field that are about one: tied to it, so the message sits where the fix is. */
const CONFLICT_FIELDS = [
  [/^A user with this email exists already/, 'email', 'A user with this email address already exists'],
  [/^This teacher has a login already/, 'trn', 'This teacher can already sign in'],
  [/^That email belongs to a user/, 'email', 'This email address belongs to another user'],
  [/needs the signed .*FINAL assessment/, 'outcome', 'The final assessment must be signed by the headteacher before the outcome is recorded'],
];

/** The message for one field's refusal, in people's words, or the API's own when no rule knows it. */
export function fieldMessage(label, apiMessage, kind = 'text') {
  for (const [pattern, text] of FIELD_RULES) {
    const match = String(apiMessage).match(pattern);
    if (match) return text(label, match, kind);
  }
  return `${label} ${apiMessage}`.replace(/\s+/g, ' ').trim();
}

/**
 * The details to show for an error: { field?, message } each. A 409 whose message names a field's problem
 * is tied to that field; other errors without details keep their message (or a general one for a 5xx).
 */
export function errorDetails(error) {
  if (error?.details?.length) return error.details.map((d) => ({ field: d.field, message: d.message, api: true }));
  const message = String(error?.message ?? '');
  if (error?.status === 409 || error?.code === 'conflict') {
    for (const [pattern, field, text] of CONFLICT_FIELDS) {
      if (pattern.test(message)) return [{ field, message: text }];
    }
  }
  if (!error?.status || error.status >= 500) return [{ message: 'Sorry, there is a problem with the service. Try again later.' }];
  return [{ message }];
}
