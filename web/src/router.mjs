// Routes live in the URL fragment (#/...), so the same static files work from S3/CloudFront and locally.
// A route is a path pattern ('/inductions/:id/assess/:term') and a page module (pages/README in web/README.md).
//
// The navigation guard: each navigation takes a ticket; a page whose data arrives after a later navigation
// started is dropped, so quick clicks can never render an older page over a newer one.

/** The pattern as a regular expression and its parameter names, in order. */
export function compile(pattern) {
  const keys = [];
  const source = pattern.split('/').map((segment) => {
    if (segment.startsWith(':')) {
      keys.push(segment.slice(1));
      return '([^/]+)';
    }
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('/');
  return { regex: new RegExp(`^${source}/?$`), keys };
}

/** Splits '#/inductions?status=X' into its path and query; '' and '#' are the home page. */
export function parseHash(hash) {
  const text = String(hash ?? '').replace(/^#/, '') || '/';
  const at = text.indexOf('?');
  const path = at < 0 ? text : text.slice(0, at);
  const query = new URLSearchParams(at < 0 ? '' : text.slice(at + 1));
  return { path: path.startsWith('/') ? path : `/${path}`, query };
}

/** The first route whose pattern matches the hash's path, with its decoded parameters; or null. */
export function matchRoute(routes, hash) {
  const { path, query } = parseHash(hash);
  for (const route of routes) {
    route.compiled ??= compile(route.path);
    const found = path.match(route.compiled.regex);
    if (found) {
      const params = {};
      route.compiled.keys.forEach((key, i) => { params[key] = decodeURIComponent(found[i + 1]); });
      return { route, params, query };
    }
  }
  return null;
}

/**
 * Navigation: match, await the page's load(ctx), then show(page, data, ctx) unless a later navigation has
 * started meanwhile. `context(match)` makes the page's ctx; `notFound` is the page when nothing matches;
 * a failure of load() or show() goes to onError, again only for the current navigation.
 */
export function createRouter({ routes, context, show, notFound, onError }) {
  let latest = 0;
  async function navigate(hash) {
    const ticket = ++latest;
    const match = matchRoute(routes, hash);
    const page = match ? match.route.page : notFound;
    const ctx = context(match ?? { route: null, params: {}, query: new URLSearchParams() });
    try {
      const data = page.load ? await page.load(ctx) : {};
      if (ticket !== latest) return false;
      await show(page, data, ctx);
      return true;
    } catch (error) {
      if (ticket !== latest) return false;
      onError(error);
      return false;
    }
  }
  return {
    navigate,
    /** Ends any navigation under way without showing it (sign-out, a session that ended). */
    cancel() { latest++; },
  };
}
