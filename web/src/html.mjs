// A tagged template that escapes every interpolated value unless it is raw() markup made here, so
// names and comments from the API can never become markup.
const RAW = Symbol('raw');

export function raw(markup) {
  return { [RAW]: String(markup) };
}

export function escape(value) {
  return String(value ?? '')
    .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

function part(value) {
  if (Array.isArray(value)) return value.map(part).join('');
  if (value && typeof value === 'object' && RAW in value) return value[RAW];
  return escape(value);
}

export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => { out += part(value) + strings[i + 1]; });
  return raw(out);
}

export function markup(fragment) {
  return fragment[RAW];
}
