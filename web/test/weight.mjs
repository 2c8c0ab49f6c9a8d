// Page weight: the bytes of JavaScript and CSS in dist/ (npm run build first), as built and gzipped (level 9),
// for web/README.md ("Measures"). Usage: npm run weight
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
const totals = {};
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { walk(p); continue; }
    const kind = ['.mjs', '.js'].includes(extname(p)) ? 'js' : extname(p) === '.css' ? 'css' : null;
    if (!kind) continue;
    const data = readFileSync(p);
    totals[kind] ??= { files: 0, bytes: 0, gzip: 0 };
    totals[kind].files++; totals[kind].bytes += data.length; totals[kind].gzip += gzipSync(data, { level: 9 }).length;
  }
}
walk(process.argv[2] ?? 'dist');
console.log(JSON.stringify(totals));
