// Sign-in against the Cognito user pool's JSON API with plain fetch: USER_PASSWORD_AUTH, the
// NEW_PASSWORD_REQUIRED challenge of a first login with a temporary password, and REFRESH_TOKEN_AUTH
// (the pool client allows it; a refresh token lives RefreshTokenValidity, template.yaml).
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

/** { idToken } when signed in, or { challenge: 'NEW_PASSWORD_REQUIRED', session } for a first login. */
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

/** A new ID token for a refresh token (Cognito answers no new refresh token: the first one is kept). */
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
  if (result?.IdToken) return { idToken: result.IdToken, refreshToken: result.RefreshToken };
  if (json.ChallengeName === 'NEW_PASSWORD_REQUIRED') return { challenge: json.ChallengeName, session: json.Session };
  throw new CognitoError('UnsupportedChallenge', `This sign-in needs ${json.ChallengeName || 'a step'} this site does not offer.`);
}
