#!/usr/bin/env node
/**
 * Builds the web app (`vite build` → dist/) only when dist/index.html is missing or older than any
 * front-end source. Run by `npm start` (prestart) and `npm run test:e2e`. Exits non-zero on failure.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
const target = join(root, 'dist', 'index.html');
// Everything the browser bundles: every folder of src/ but the server's, the HTML entries, public/.
const inputs = [
  ...readdirSync(join(root, 'src')).filter((name) => name !== 'server').map((name) => `src/${name}`),
  'index.html', 'tour-player.html', 'public', 'vite.config.ts', 'package-lock.json',
];

/** Newest modification time (ms) of a file or of any file under a folder; 0 when it does not exist. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const builtAt = existsSync(target) ? statSync(target).mtimeMs : 0;
const sourcesAt = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
if (builtAt > 0 && builtAt >= sourcesAt && !process.argv.includes('--force')) process.exit(0);

console.log(builtAt === 0 ? 'Building the web app (first start only)…' : 'Building the web app (sources changed)…');
const started = Date.now();
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(vite)) {
  console.error('Cannot build the web app: node_modules/vite is missing. Run `npm ci` first.');
  process.exit(1);
}
const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0 || !existsSync(target)) {
  console.error(`Building the web app failed (exit ${result.status ?? result.signal}). See the messages above; fix them and run \`npm start\` again.`);
  process.exit(1);
}
console.log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s → dist/`);
