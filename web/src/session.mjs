// The signed-in user's tokens: in sessionStorage only (never localStorage or cookies), so they last as long
// as the tab, survive a reload and are gone when the tab closes or the user signs out. The ID token is
// renewed with the refresh token shortly before it expires (IdTokenValidity, template.yaml), and on a
// reload whose stored ID token has expired.
import { CognitoError, refresh, setNewPassword, signIn } from './cognito.mjs';

const KEY = 'induction-records.session';
/** Renew this long before expiry, so a request never leaves with a token about to lapse. */
const MARGIN_SECONDS = 120;

/** The `exp` claim of a JWT in seconds since the epoch, or 0 when it cannot be read. */
export function expiresAt(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return Number(JSON.parse(atob(payload)).exp) || 0;
  } catch {
    return 0;
  }
}

export function needsRefresh(token, nowSeconds = Date.now() / 1000) {
  return !token || expiresAt(token) - MARGIN_SECONDS <= nowSeconds;
}

export function createSession(config, storage = globalThis.sessionStorage) {
  let state = read();
  let renewing = null;

  function read() {
    try {
      const saved = JSON.parse(storage.getItem(KEY) ?? 'null');
      return saved?.refreshToken || saved?.idToken ? saved : {};
    } catch {
      return {};
    }
  }
  function write(next) {
    state = next;
    if (state.idToken || state.refreshToken) storage.setItem(KEY, JSON.stringify(state));
    else storage.removeItem(KEY);
  }

  async function renew() {
    const result = await refresh(config, state.refreshToken);
    write({ ...state, idToken: result.idToken });
  }

  return {
    /** Someone has signed in in this tab (their tokens may still need renewing). */
    get active() { return Boolean(state.idToken || state.refreshToken); },
    get username() { return state.username ?? null; },

    /** A current ID token, renewed first when it is near expiry; null when there is none to be had. */
    async token() {
      if (!state.idToken && !state.refreshToken) return null;
      if (needsRefresh(state.idToken) && state.refreshToken) {
        renewing ??= renew().finally(() => { renewing = null; });
        try {
          await renewing;
        } catch (error) {
          if (error instanceof CognitoError && error.type !== 'NetworkError') write({});
          throw error;
        }
      }
      return state.idToken ?? null;
    },

    /** { challenge, session } for a first login, else signed in (tokens kept). */
    async signIn(username, password) {
      const result = await signIn(config, username, password);
      if (!result.challenge) write({ username, idToken: result.idToken, refreshToken: result.refreshToken });
      return result;
    },

    async setNewPassword(username, challengeSession, newPassword) {
      const result = await setNewPassword(config, username, challengeSession, newPassword);
      if (result.idToken) write({ username, idToken: result.idToken, refreshToken: result.refreshToken });
      return result;
    },

    clear() { write({}); },
  };
}
