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
  async function request(method, path, body, headers = {}) {
    // A token that cannot be renewed (the refresh token expired or was revoked) ends the session.
    const token = await Promise.resolve(getToken()).catch(() => null);
    if (!token) throw new SessionEnded('expired');
    const response = await fetch(config.apiUrl + path, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => null);
    if (response.status === 401) throw new SessionEnded('expired');
    if (response.status === 403 && path === '/me') throw new SessionEnded('suspended');
    if (response.status === 403) {
      // A suspension takes effect at once; tell it apart from a refusal of this one action.
      await request('GET', '/me');
    }
    if (!response.ok) throw new ApiError(response.status, json);
    return json;
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
  };
}
