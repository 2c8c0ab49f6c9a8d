// Two-factor sign-in with an authenticator app (TOTP, CONTRACT.md section 10): what the enrolment and
// sign-in pages share, with no DOM so it is unit tested.

export const ISSUER = 'Induction records';

/**
 * The Key URI an authenticator app reads from the QR code
 * (https://github.com/google/google-authenticator/wiki/Key-Uri-Format): issuer and account in the label,
 * the issuer again as a parameter, Cognito's TOTP parameters being the apps' defaults (SHA1, 6 digits, 30 s).
 */
export function otpauthUri(secret, account) {
  const label = `${encodeURIComponent(ISSUER)}:${encodeURIComponent(account)}`;
  return `otpauth://totp/${label}?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(ISSUER)}`;
}

/** The secret in groups of four, easier to type into an app by hand (apps ignore the spaces). */
export function spacedSecret(secret) {
  return secret.replace(/\s+/g, '').match(/.{1,4}/g)?.join(' ') ?? '';
}

/**
 * The six-digit code as typed (spaces and dashes are forgiven, as apps show "123 456"), or the error for
 * the `code` field.
 */
export function readCode(typed) {
  const code = String(typed ?? '').replace(/[\s-]/g, '');
  if (!code) return { error: { field: 'code', message: 'Enter the 6-digit code from your authenticator app' } };
  if (!/^\d{6}$/.test(code)) return { error: { field: 'code', message: 'The code must be 6 digits' } };
  return { code };
}

/** Cognito's refusal of a code in people's words, or null when the refusal is not about the code. */
export function codeProblem(type) {
  if (type === 'CodeMismatchException' || type === 'EnableSoftwareTokenMFAException') {
    return { field: 'code', message: 'The code is not correct. Enter the code your authenticator app shows now' };
  }
  if (type === 'ExpiredCodeException') {
    return { field: 'code', message: 'The code has expired. Enter the code your authenticator app shows now' };
  }
  return null;
}
