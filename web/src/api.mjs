// The HTTP API (CONTRACT.md section 3), with the session's ID token (session.mjs).
export class ApiError extends Error {
  constructor(status, json) {
    super(json?.message || `The request failed (${status})`);
    this.status = status;
    this.code = json?.error;
    this.details = Array.isArray(json?.details) ? json.details : [];
  }
}

/** The session ended under the user: 'expired' (401) or 'suspended' (403 on /me). */
export class SessionEnded extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

export function apiClient(config, getToken) {
  /**
   * One exchange with the session's token; the session's endings (401, a suspension's 403) are handled
   * here for every kind of body. `body` is sent as it is (a string or a Blob), with `headers` naming it.
   */
  async function exchange(method, path, body, headers = {}) {
    // A token that cannot be renewed (the refresh token expired or was revoked) ends the session.
    const token = await Promise.resolve(getToken()).catch(() => null);
    if (!token) throw new SessionEnded('expired');
    const response = await fetch(config.apiUrl + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...headers },
      body,
    });
    if (response.status === 401) throw new SessionEnded('expired');
    if (response.status === 403 && path === '/me') throw new SessionEnded('suspended');
    if (response.status === 403) {
      // A suspension takes effect at once; tell it apart from a refusal of this one action.
      await request('GET', '/me');
    }
    return response;
  }

  async function refused(response) {
    return new ApiError(response.status, await response.json().catch(() => null));
  }

  async function request(method, path, body, headers = {}) {
    const response = await exchange(method, path, body === undefined ? undefined : JSON.stringify(body),
      { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers });
    const json = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, json);
    return json;
  }

  /**
   * A file the API answers with (CSV, PDF) as a Blob; a refusal is an ApiError as for JSON. `accept` names a
   * binary type: API Gateway sends the bytes only when the request's Accept is one (template BinaryMediaTypes),
   * and base64 text otherwise.
   */
  async function blob(path, accept) {
    const response = await exchange('GET', path, undefined, accept ? { Accept: accept } : {});
    if (!response.ok) throw await refused(response);
    return response.blob();
  }

  /** Sends a CSV file (CONTRACT.md section 9): the JSON answer, or an ApiError with the per-row details. */
  async function postCsv(path, text) {
    const response = await exchange('POST', path, text, { 'Content-Type': 'text/csv' });
    if (!response.ok) throw await refused(response);
    return response.json();
  }

  /**
   * The same CSV sent asking for the error file (`Accept: text/csv`): the uploaded rows with an
   * `Error message` column, as a Blob. The API writes nothing for a refused file, so asking again is safe.
   */
  async function csvErrors(path, text) {
    const response = await exchange('POST', path, text, { 'Content-Type': 'text/csv', Accept: 'text/csv' });
    if (response.status === 400 && (response.headers.get('Content-Type') ?? '').startsWith('text/csv')) return response.blob();
    if (!response.ok) throw await refused(response);
    return null;
  }

  async function all(path) {
    const items = [];
    let next;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const page = await request('GET', next ? `${path}${sep}nextToken=${encodeURIComponent(next)}` : path);
      items.push(...page.items);
      next = page.nextToken;
    } while (next);
    return items;
  }

  return {
    get: (path) => request('GET', path),
    /** One page of a list: { items, nextToken? } (CONTRACT.md section 3, pagination). */
    page: (path, nextToken) => request('GET', nextToken
      ? `${path}${path.includes('?') ? '&' : '?'}nextToken=${encodeURIComponent(nextToken)}` : path),
    post: (path, body, headers) => request('POST', path, body ?? {}, headers),
    patch: (path, body) => request('PATCH', path, body ?? {}),
    put: (path, body) => request('PUT', path, body ?? {}),
    all,
    blob,
    postCsv,
    csvErrors,
  };
}
