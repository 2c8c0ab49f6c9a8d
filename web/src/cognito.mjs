// Sign-in against the Cognito user pool's JSON API with plain fetch: USER_PASSWORD_AUTH, the
// NEW_PASSWORD_REQUIRED challenge of a first login with a temporary password, the SOFTWARE_TOKEN_MFA
// challenge once a TOTP device is enrolled, and REFRESH_TOKEN_AUTH (the pool client allows it; a refresh
// token lives RefreshTokenValidity, template.yaml). Enrolling a TOTP device (CONTRACT.md section 10) takes
// the user's own access token: AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference.
export class CognitoError extends Error {
  constructor(type, message) {
    super(message);
    this.type = type;
  }
}

async function call(config, target, body) {
  let response;
  try {
    response = await fetch(config.cognitoEndpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${target}`,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new CognitoError('NetworkError', 'The sign-in service cannot be reached. Try again later.');
  }
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const type = String(json.__type || json.code || 'Error').split('#').pop();
    throw new CognitoError(type, json.message || 'Sign-in failed');
  }
  return json;
}

/**
 * { idToken, accessToken, refreshToken } when signed in, or { challenge, session } when Cognito asks for a step:
 * 'NEW_PASSWORD_REQUIRED' (a first login) or 'SOFTWARE_TOKEN_MFA' (the code of the user's authenticator app).
 */
export async function signIn(config, username, password) {
  const json = await call(config, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: config.userPoolClientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return outcome(json);
}

export async function setNewPassword(config, username, session, newPassword) {
  const json = await call(config, 'RespondToAuthChallenge', {
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    ClientId: config.userPoolClientId,
    Session: session,
    ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
  });
  return outcome(json);
}

/** The answer to the SOFTWARE_TOKEN_MFA challenge: the six-digit code the user's app shows now. */
export async function respondWithCode(config, username, session, code) {
  const json = await call(config, 'RespondToAuthChallenge', {
    ChallengeName: 'SOFTWARE_TOKEN_MFA',
    ClientId: config.userPoolClientId,
    Session: session,
    ChallengeResponses: { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code },
  });
  return outcome(json);
}

/** A new TOTP secret (base32) for the signed-in user's device; not in use until verified with a code. */
export async function associateSoftwareToken(config, accessToken) {
  const json = await call(config, 'AssociateSoftwareToken', { AccessToken: accessToken });
  return json.SecretCode;
}

/**
 * Verifies a code of the device just associated, then makes TOTP the user's preferred second factor, so
 * that Cognito asks for it at every sign-in from now on.
 */
export async function enableSoftwareToken(config, accessToken, code) {
  const json = await call(config, 'VerifySoftwareToken', {
    AccessToken: accessToken, UserCode: code, FriendlyDeviceName: 'Authenticator app',
  });
  if (json.Status && json.Status !== 'SUCCESS') throw new CognitoError('CodeMismatchException', 'The code was not accepted');
  await call(config, 'SetUserMFAPreference', {
    AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
}

/** New ID and access tokens for a refresh token (Cognito answers no new refresh token: the first one is kept). */
export async function refresh(config, refreshToken) {
  const json = await call(config, 'InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: config.userPoolClientId,
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  return outcome(json);
}

function outcome(json) {
  const result = json.AuthenticationResult;
  if (result?.IdToken) return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken };
  if (json.ChallengeName === 'NEW_PASSWORD_REQUIRED' || json.ChallengeName === 'SOFTWARE_TOKEN_MFA') {
    return { challenge: json.ChallengeName, session: json.Session };
  }
  throw new CognitoError('UnsupportedChallenge', `This sign-in needs ${json.ChallengeName || 'a step'} this site does not offer.`);
}
