// Builds dist/: the app's own files as they are (plain ES modules, no bundler needed) and the
// govuk-frontend stylesheet without the GDS Transport font (not ours to use: this is not a GOV.UK
// service), so text falls back to the stylesheet's own Arial stack. No crown, no logotype images copied.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(here, 'src'), dist, { recursive: true });

const css = readFileSync(join(here, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8');
const withoutFont = css
  .replace(/@font-face\{[^}]*\}/g, '')
  .replaceAll('font-family:GDS Transport,arial,sans-serif', 'font-family:arial,sans-serif')
  .replaceAll('font-family:GDS Transport', 'font-family:arial,sans-serif')
  .replace(/\/\*# sourceMappingURL=.*?\*\//g, '');
if (/GDS Transport|\/assets\/fonts\//.test(withoutFont)) {
  throw new Error('govuk-frontend CSS still refers to the GDS Transport font');
}
writeFileSync(join(dist, 'govuk-frontend.css'), withoutFont);
// govuk-frontend's JavaScript (an ES module): app.mjs initialises its data-module components on each page.
const js = readFileSync(join(here, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js'), 'utf8')
  .replace(/\/\/# sourceMappingURL=.*$/m, '');
writeFileSync(join(dist, 'govuk-frontend.min.js'), js);
// qrcode-generator (MIT) draws the TOTP enrolment's QR code: its ES module copied whole, so the copyright and
// licence notice at its head, the package's only licence text, travels with it.
const qr = readFileSync(join(here, 'node_modules/qrcode-generator/dist/qrcode.mjs'), 'utf8');
if (!/Copyright \(c\) 2009 Kazuhiko Arase/.test(qr) || !/Licensed under the MIT license/.test(qr)) {
  throw new Error("qrcode-generator's copyright and MIT licence notice are not at the head of qrcode.mjs");
}
writeFileSync(join(dist, 'qrcode-generator.mjs'), qr);
console.log('web/dist built');
