// The session's tokens (session.mjs): kept in the storage it is given (sessionStorage in the browser),
// renewed before they expire.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSession, expiresAt, needsRefresh } from '../../src/session.mjs';

const jwt = (claims) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;

function memoryStorage() {
  const map = new Map();
  return { getItem: (k) => (map.has(k) ? map.get(k) : null), setItem: (k, v) => map.set(k, String(v)), removeItem: (k) => map.delete(k), map };
}

test("given a JWT, when its expiry is read, then it is the exp claim; garbage reads as expired", () => {
  assert.equal(expiresAt(jwt({ exp: 2000000000 })), 2000000000);
  assert.equal(expiresAt('not a token'), 0);
  assert.equal(expiresAt(undefined), 0);
});

test('given a token expiring within two minutes, when checked, then it needs renewing; one with an hour left does not', () => {
  const now = 1_800_000_000;
  assert.equal(needsRefresh(jwt({ exp: now + 60 }), now), true);
  assert.equal(needsRefresh(jwt({ exp: now + 3600 }), now), false);
  assert.equal(needsRefresh(null, now), true);
});

test('given tokens saved by an earlier page in the tab, when a session is made, then it is active with the same token', async () => {
  const storage = memoryStorage();
  const idToken = jwt({ exp: Math.floor(Date.now() / 1000) + 3600 });
  storage.setItem('induction-records.session', JSON.stringify({ username: 'a@b.example', idToken, refreshToken: 'r' }));
  const session = createSession({}, storage);
  assert.equal(session.active, true);
  assert.equal(session.username, 'a@b.example');
  assert.equal(await session.token(), idToken);
  session.clear();
  assert.equal(session.active, false);
  assert.equal(storage.map.size, 0);
});

test('given nothing or something unreadable stored, when a session is made, then it is not active and has no token', async () => {
  const storage = memoryStorage();
  storage.setItem('induction-records.session', '{not json');
  const session = createSession({}, storage);
  assert.equal(session.active, false);
  assert.equal(await session.token(), null);
});

test('given tokens saved with an access token, when it is asked for, then it is the one kept (enrolling a TOTP device needs it)', async () => {
  const storage = memoryStorage();
  const idToken = jwt({ exp: Math.floor(Date.now() / 1000) + 3600 });
  storage.setItem('induction-records.session', JSON.stringify({ username: 'a@b.example', idToken, accessToken: 'access', refreshToken: 'r' }));
  const session = createSession({}, storage);
  assert.equal(await session.accessToken(), 'access');
  session.clear();
  assert.equal(await session.accessToken(), null);
});
