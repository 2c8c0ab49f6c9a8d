// Two-factor sign-in for AB admins (CONTRACT.md section 10), on a stack started with --require-admin-mfa
// (WebMfaJourneyE2eTest; the shared journey stack leaves the rule off, so journey.mjs runs this file only when
// JOURNEYS names it). The admin, refused everything until it has TOTP, sets it up on the page: the QR code
// and the key, a code typed back; its next sign-in asks for the code. The codes are computed here from the key
// the page shows, as an authenticator app computes them (RFC 6238 with node's crypto).
import { createHmac } from 'node:crypto';

export const title = 'AB admin two-factor sign-in';
/** The stack this file needs (journey.mjs skips it unless JOURNEYS names it). */
export const needs = '--require-admin-mfa';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 to bytes (spaces ignored, as the page groups the key in fours). */
function base32(text) {
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const value = BASE32.indexOf(c);
    if (value < 0) throw new Error(`not base32: ${c}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 with Cognito's parameters: HMAC-SHA1, 30-second steps, 6 digits (RFC 4226 truncation). */
export function totp(secret, at = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const hash = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  return String((hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** A code that is not the device's now (nor in Cognito's tolerance of a step either side, in practice). */
const wrong = (code) => String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');

export default async function (t) {
  const { page } = t;
  // RFC 6238 appendix B's first SHA1 vector (the ASCII key "12345678901234567890", 8 digits there, 6 here)
  t.assert(totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000) === '287082', 'the journey computes TOTP codes as RFC 6238 does');

  await page.goto(t.baseUrl);
  t.step('an AB admin without two-factor sign-in is sent to set it up');
  await t.signInAsAdmin();
  await t.heading('Set up two-factor sign-in');
  const image = page.getByRole('img', { name: 'QR code to scan with an authenticator app' });
  await image.waitFor();
  t.assert(await image.evaluate((img) => img.complete && img.naturalWidth > 100), 'the QR code is drawn');
  const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
  t.assert(/^[A-Z2-7]{16,}$/.test(secret), `the key is shown as text (${secret.length} characters)`);
  await t.axe('two-factor set-up');
  await t.shot('ab-admin-mfa-setup');

  t.step('no code, then a wrong code, is refused on the code field');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.locator('#f-code-error').waitFor();
  await t.axe('two-factor set-up without a code');
  await page.getByLabel('Code from your authenticator app').fill(wrong(totp(secret)));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.locator('#f-code-error', { hasText: 'not correct' }).waitFor();
  await t.axe('two-factor set-up with a wrong code');

  t.step('the right code turns it on, POST /me/mfa records it, and the home page follows');
  await page.getByLabel('Code from your authenticator app').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await t.success('Two-factor sign-in is on');
  await t.heading('Appropriate Body');
  await t.axe('home after two-factor set-up');
  await page.getByRole('link', { name: 'Inductions' }).first().click();
  await t.heading('Inductions');

  t.step('the next sign-in asks for the code: a wrong one is refused, the right one signs in');
  await t.signOut();
  await t.signInAsAdmin();
  await t.heading('Enter your sign-in code');
  await t.axe('sign-in code');
  await page.getByLabel('Code from your authenticator app').fill(wrong(totp(secret)));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#f-code-error', { hasText: 'not correct' }).waitFor();
  await t.axe('sign-in code refused');
  await page.getByLabel('Code from your authenticator app').fill(totp(secret));
  await page.getByRole('button', { name: 'Continue' }).click();
  await t.heading('Appropriate Body');
  t.assert(await page.getByRole('heading', { name: 'Set up two-factor sign-in' }).count() === 0, 'nothing left to set up');
  await t.signOut();
}
