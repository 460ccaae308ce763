// `npm run fuzz [-- --runs 100000 --seed N --doc --small --no-server --no-pathological]`: bundles the fuzz
// harness (test/fuzz/main.ts, the core from source) with esbuild and runs it. The language server part uses the
// bundle `npm run build` just made. --doc writes the figures into docs/reliability.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin as gfmTableEditMap } from '../../scripts/gfmTableEditMap.mjs';
import { esbuildPlugin as micromarkText } from '../../scripts/micromarkText.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(tmpdir(), `kijun-fuzz-${process.pid}`);
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'fuzz.cjs');
await build({
  entryPoints: [join(root, 'test', 'fuzz', 'main.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  logLevel: 'warning',
  // vscode-jsonrpc and the server bundle are loaded as they are.
  external: ['vscode-jsonrpc', 'vscode-jsonrpc/*'],
  nodePaths: [join(root, 'node_modules')],
  // The same parser as the bundles: linear tables and long paragraphs.
  plugins: [gfmTableEditMap(), micromarkText()],
});
const r = spawnSync(process.execPath, ['--no-warnings', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, KIJUN_ROOT: root, NODE_PATH: join(root, 'node_modules') },
});
process.exit(r.status ?? 1);
