// Drafts of a long form kept in this tab's sessionStorage until it is submitted: a reload, a lost
// connection or a wrong click does not lose the work. sessionStorage, not localStorage: a draft holds
// judgements about a person, and must not outlive the tab on a shared school computer (Sign out clears it).
const PREFIX = 'induction-records.draft.';

function store() {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
}

/** The form's fields as [name, value] pairs, the way FormData reads them. */
function entries(form) {
  return [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]);
}

/** Fills the form from the draft saved under `key`, if any; true when there was one. */
export function restoreDraft(form, key) {
  const saved = store()?.getItem(PREFIX + key);
  if (!saved) return false;
  let pairs;
  try {
    pairs = JSON.parse(saved);
  } catch {
    return false;
  }
  fillForm(form, pairs);
  return true;
}

/** Sets the form's fields from [name, value] pairs (a draft, or a record being corrected). */
export function fillForm(form, pairs) {
  for (const [name, value] of pairs) {
    for (const field of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
      if (field.type === 'radio' || field.type === 'checkbox') field.checked = field.value === value;
      else field.value = value;
    }
  }
}

/** Saves the form under `key` on every change. */
export function keepDraft(form, key) {
  const save = () => store()?.setItem(PREFIX + key, JSON.stringify(entries(form)));
  form.addEventListener('input', save);
  form.addEventListener('change', save);
}

export function discardDraft(key) {
  store()?.removeItem(PREFIX + key);
}

/** Every draft of this tab (Sign out). */
export function discardAllDrafts() {
  const s = store();
  if (!s) return;
  for (let i = s.length - 1; i >= 0; i--) {
    const k = s.key(i);
    if (k?.startsWith(PREFIX)) s.removeItem(k);
  }
}
