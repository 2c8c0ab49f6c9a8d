// The signed-in user's tokens (ID, access, refresh): in sessionStorage only (never localStorage or cookies), so they last as long
// as the tab, survive a reload and are gone when the tab closes or the user signs out. The ID token is
// renewed with the refresh token shortly before it expires (IdTokenValidity, template.yaml), and on a
// reload whose stored ID token has expired.
import {
  CognitoError, associateSoftwareToken, enableSoftwareToken, refresh, respondWithCode, setNewPassword, signIn,
} from './cognito.mjs';

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

  function keep(username, result) {
    if (result.idToken) {
      write({ username, idToken: result.idToken, accessToken: result.accessToken, refreshToken: result.refreshToken });
    }
    return result;
  }

  async function renew() {
    const result = await refresh(config, state.refreshToken);
    write({ ...state, idToken: result.idToken, accessToken: result.accessToken });
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
    /** The access token (for the user's own Cognito calls: enrolling a TOTP device), renewed like the ID token. */
    async accessToken() {
      await this.token();
      return state.accessToken ?? null;
    },

    /** { challenge, session } when Cognito asks for a step (a first login, the TOTP code), else signed in (tokens kept). */
    async signIn(username, password) {
      return keep(username, await signIn(config, username, password));
    },

    async setNewPassword(username, challengeSession, newPassword) {
      return keep(username, await setNewPassword(config, username, challengeSession, newPassword));
    },

    async respondWithCode(username, challengeSession, code) {
      return keep(username, await respondWithCode(config, username, challengeSession, code));
    },

    /** A new TOTP secret for this user's authenticator app (CONTRACT.md section 10). */
    async associateSoftwareToken() {
      return associateSoftwareToken(config, await this.accessToken());
    },

    /** Checks the app's code and turns TOTP on for every later sign-in. */
    async enableSoftwareToken(code) {
      await enableSoftwareToken(config, await this.accessToken(), code);
    },

    clear() { write({}); },
  };
}
