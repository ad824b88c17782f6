// Prints the gzip size of what the first page load needs (index.html's scripts and styles and the
// modules they preload) and fails above the budget (150 KB, issue 13).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 150 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = await readFile(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let js = 0;
let css = 0;
for (const asset of new Set(assets)) {
  const size = gzipSync(await readFile(join(dist, asset))).length;
  if (asset.endsWith('.js')) js += size; else css += size;
}
console.log(`first load: ${(js / 1024).toFixed(1)} KB JavaScript, ${(css / 1024).toFixed(1)} KB CSS (gzip); budget ${BUDGET / 1024} KB JavaScript`);
if (js > BUDGET) {
  console.error('The first load is over the JavaScript budget.');
  process.exit(1);
}
