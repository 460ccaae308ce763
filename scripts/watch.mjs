// `npm run watch`: the development loop. Generates from the catalog, then runs `scripts/build.mjs --watch` (readable
// bundles with source maps, each rebuilt by esbuild when one of its sources changes). A catalog edit regenerates
// (scripts/generate.mjs) and restarts the build rather than waiting for esbuild: the bundles also carry build-time
// constants worked out from the catalog (KIJUN_NORMALIZED_TERMS, scripts/normalizedTerms.mjs) that a rebuild of the
// same context would not refresh. Extra arguments go to build.mjs (--only, --out).
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildArgs = ['scripts/build.mjs', '--watch', ...process.argv.slice(2)];

const generate = () =>
  spawnSync(process.execPath, ['scripts/generate.mjs'], { cwd: root, stdio: 'inherit' }).status === 0;

let child;
const start = () => {
  child = spawn(process.execPath, buildArgs, { cwd: root, stdio: 'inherit' });
};
const stop = () =>
  new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill();
  });

if (!generate()) process.exit(1);
start();

// An editor's save is several events (write, rename): act once they have settled.
let timer;
watch(join(root, 'catalog'), { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    console.log('kijun: catalog changed: regenerating');
    // A catalog that does not generate leaves the last good bundles running until the next save.
    if (!generate()) return console.log('kijun: catalog: generate failed (see above); the bundles are unchanged');
    await stop();
    start();
  }, 200);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await stop();
    process.exit(0);
  });
}
