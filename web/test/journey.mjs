// The browser journeys in the machine's Chromium, by clicking and typing as each user would, against a
// running local stack. Each area's steps are a file in journeys/ named NN-area.mjs, run in the order of
// NN, sharing one browser and one run's names (journeys/support.mjs); a later journey may use what an
// earlier one made (the school, the users). axe-core checks every page state they check, at 1280 px and
// 375 px; a screenshot of each role's home page at both widths is written to the screenshot directory.
//
//   node test/journey.mjs <baseUrl> <adminEmail> <adminPassword> <screenshotDir> [formScreenshot.png]
//   JOURNEYS=20,30 node test/journey.mjs ...   runs only the files whose NN is listed (and what they need
//                                              of the earlier ones is then the caller's to provide); a file
//                                              exporting `needs` (a local stack flag) runs only when listed
//
// The one step done outside the browser is the mailbox: an invitation's temporary password is only
// e-mailed (cognito-local just logs it), so support.mjs sets a known temporary one with
// AdminSetUserPassword Permanent=false, exactly what an admin reset does, and the user then signs in
// with it and chooses a new password on the page.
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startJourneys } from './journeys/support.mjs';

const [baseUrl, adminEmail, adminPassword, shots, formShot] = process.argv.slice(2);
if (!shots) {
  console.error('usage: journey.mjs <baseUrl> <adminEmail> <adminPassword> <screenshotDir> [formScreenshot.png]');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const dir = join(dirname(fileURLToPath(import.meta.url)), 'journeys');
const only = process.env.JOURNEYS ? process.env.JOURNEYS.split(',').map((s) => s.trim()) : null;
const files = readdirSync(dir).filter((f) => /^\d+-.*\.mjs$/.test(f)).sort()
  .filter((f) => !only || only.includes(f.split('-')[0]));

const t = await startJourneys({ baseUrl, adminEmail, adminPassword, shots });
t.formShot = formShot;
let exit = 0;
let current = null;
try {
  for (const file of files) {
    current = file;
    const journey = await import(pathToFileURL(join(dir, file)));
    // a file that needs a stack started otherwise (journey.needs, e.g. --require-admin-mfa) runs only when named
    if (journey.needs && !only) {
      t.step(`== ${file}: skipped, it needs a stack with ${journey.needs} (JOURNEYS=${file.split('-')[0]})`);
      continue;
    }
    t.step(`== ${file}: ${journey.title}`);
    const began = t.elapsed();
    await journey.default(t);
    t.step(`== ${file} passed in ${(t.elapsed() - began).toFixed(1)} s`);
  }
  t.step('done');
} catch (error) {
  exit = 1;
  console.error(`${current} failed: ${error.stack || String(error)}`);
  await t.page.screenshot({ path: join(shots, 'failure.png'), fullPage: true }).catch(() => {});
  console.error(`failure screenshot: ${join(shots, 'failure.png')}; page text:\n${await t.page.locator('main').innerText().catch(() => '')}`);
} finally {
  await t.close();
}
if (t.violations.length) {
  exit = 1;
  console.error(`axe-core violations:\n${t.violations.join('\n')}`);
}
console.log(exit === 0 ? `journey passed in ${t.elapsed().toFixed(1)} s (${files.length} journeys)` : 'journey FAILED');
process.exit(exit);
