// What every journey file shares: the browser, the run's names (the school, the teacher, the logins), and
// the steps a user repeats (sign in, first sign-in, sign out), with axe-core on every page state checked.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const TEMPORARY = 'Temporary-Passw0rd!';
export const CHOSEN = 'Chosen-Passw0rd-2026!';
/** The widths each checked page state is checked at: desktop and a 375 px phone. */
export const WIDTHS = [1280, 375];

export function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

/**
 * Starts the browser and returns `t`, the journeys' toolkit: t.page (the main tab), t.world (names shared
 * by the journeys of one run: t.world.urn, trn, email(who), admin), and the helpers below.
 */
export async function startJourneys({ baseUrl, adminEmail, adminPassword, shots }) {
  const started = Date.now();
  const run = Date.now().toString().slice(-6);
  const config = await (await fetch(new URL('/config.json', baseUrl))).json();
  const violations = [];
  const userDataDir = mkdtempSync(join(tmpdir(), 'induction-web-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? await context.newPage();

  function watch(p) {
    p.setDefaultTimeout(20000);
    p.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    p.on('console', (message) => { if (message.type() === 'error') console.log(`console error: ${message.text()}`); });
    return p;
  }
  watch(page);

  const t = {
    page,
    context,
    config,
    baseUrl,
    shots,
    world: {
      run,
      urn: `9${run.slice(-5)}`,
      trn: `7${run}`,
      email: (who) => `${who}.${run}@school.example.org`,
      admin: { email: adminEmail, password: adminPassword },
    },
    violations,
    assert,

    step(text) {
      console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);
    },

    /** A second tab (another user at the same time), with the same console and error watch. */
    async newPage() {
      return watch(await context.newPage());
    },

    async heading(text, p = page) {
      await p.getByRole('heading', { level: 1, name: text }).waitFor();
    },

    /** axe-core on the page as it is now, at each of WIDTHS; the width is put back afterwards. */
    async axe(name, p = page) {
      const size = p.viewportSize();
      for (const width of WIDTHS) {
        await p.setViewportSize({ width, height: size.height });
        const result = await new AxeBuilder({ page: p }).analyze();
        for (const v of result.violations) {
          violations.push(`${name} at ${width} px: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
        // WCAG 1.4.10 reflow, which axe does not check: the page itself never scrolls sideways (a table may, in its box)
        const wide = await p.evaluate(() => document.documentElement.scrollWidth);
        if (wide > width) violations.push(`${name} at ${width} px: the page is ${wide} px wide and scrolls sideways`);
      }
      await p.setViewportSize(size);
    },

    /** A full-page screenshot at each of WIDTHS: <name>.png (1280 px) and <name>-375.png. */
    async shot(name, p = page) {
      const size = p.viewportSize();
      for (const width of WIDTHS) {
        await p.setViewportSize({ width, height: size.height });
        await p.screenshot({ path: join(shots, width === 1280 ? `${name}.png` : `${name}-${width}.png`), fullPage: true });
      }
      await p.setViewportSize(size);
    },

    /**
     * The mailbox: the temporary password of the newest invitation to `username`, read from the local mailbox's
     * GET /store (the SES emulator the local stack runs; MAILBOX_URL), as a newcomer reads it at its page.
     */
    async readInvitation(username) {
      const mailbox = process.env.MAILBOX_URL;
      assert(mailbox, 'MAILBOX_URL names the local mailbox');
      const { emails } = await (await fetch(new URL('/store', mailbox))).json();
      const invitations = emails.filter((e) => (e.destination?.to ?? []).some((to) => to.toLowerCase() === username.toLowerCase()))
        .map((e) => /temporary password:\s*(\S+)/.exec(e.body?.text ?? '')).filter(Boolean);
      assert(invitations.length > 0, `an invitation to ${username} in the mailbox`);
      return invitations[invitations.length - 1][1];
    },

    async signIn(username, password, p = page) {
      await t.heading('Sign in', p);
      await p.getByLabel('Email address').fill(username);
      await p.getByLabel('Password').fill(password);
      await p.getByRole('button', { name: 'Sign in' }).click();
    },

    async signInAsAdmin(p = page) {
      await t.signIn(adminEmail, adminPassword, p);
    },

    async firstSignIn(username) {
      await t.signIn(username, await t.readInvitation(username));
      await t.heading('Choose a new password');
      await t.axe('new password');
      await page.getByLabel('New password').fill(CHOSEN);
      await page.getByRole('button', { name: 'Set password and sign in' }).click();
    },

    async signOut(p = page) {
      await p.getByRole('button', { name: 'Sign out' }).click();
      await t.heading('Sign in', p);
    },

    /** Fills a date input (three fields) found by its legend, from an ISO date. */
    async fillDate(scope, legend, iso) {
      const [year, month, day] = iso.split('-');
      const group = scope.getByRole('group', { name: legend });
      await group.getByLabel('Day').fill(String(Number(day)));
      await group.getByLabel('Month').fill(String(Number(month)));
      await group.getByLabel('Year').fill(year);
    },

    async success(text, p = page) {
      await p.locator('.govuk-notification-banner__heading', { hasText: text }).waitFor();
    },

    /**
     * Loads the page afresh (a reload) and counts what it fetched: API requests by path, other requests, and
     * the bytes of JavaScript and CSS; printed, so each run reports the page's weight.
     */
    async measureReload(name, ready, p = page) {
      const api = [];
      const files = [];
      const track = (request) => {
        const url = new URL(request.url());
        if (url.origin === new URL(baseUrl).origin && /\.(mjs|js|css|html|json)$|\/$/.test(url.pathname) && !/^\/(me|schools|inductions|users|term-dates)/.test(url.pathname)) files.push(request);
        else api.push(`${request.method()} ${url.pathname}${url.search}`);
      };
      p.on('request', track);
      await p.reload();
      await ready();
      p.off('request', track);
      let js = 0;
      let css = 0;
      for (const request of files) {
        const response = await request.response();
        const size = response ? (await response.body()).length : 0;
        if (/\.(mjs|js)$/.test(request.url())) js += size;
        if (/\.css$/.test(request.url())) css += size;
      }
      console.log(`[measure] ${name}: ${api.length} API/Cognito requests (${api.join(', ')}), ${files.length} static files, JS ${js} bytes, CSS ${css} bytes (uncompressed)`);
      return { api, files: files.length, js, css };
    },

    elapsed() {
      return (Date.now() - started) / 1000;
    },

    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return t;
}
