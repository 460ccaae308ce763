// `node test/fuzz/scan.mjs [--runs 100000 --seed N --show 5]`: the long differential fuzz of the line scanner
// (test/fuzz/scanMain.ts) against whole-document remark, bundled with the same parser patches as the bundles.
// Known divergences (see test/core/scan/differential.test.ts) are reported like any other.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin as gfmTableEditMap } from '../../scripts/gfmTableEditMap.mjs';
import { esbuildPlugin as micromarkText } from '../../scripts/micromarkText.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(tmpdir(), `kijun-scan-fuzz-${process.pid}`);
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'scan-fuzz.cjs');
await build({
  entryPoints: [join(root, 'test', 'fuzz', 'scanMain.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  logLevel: 'warning',
  nodePaths: [join(root, 'node_modules')],
  plugins: [gfmTableEditMap(), micromarkText()],
});
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
