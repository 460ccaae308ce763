// Bundles the ESM-only unified/remark stack into CommonJS files that VS Code and Node load directly.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: process.env.KIJUN_SOURCEMAP === '1' ? 'linked' : false,
  minify: process.env.KIJUN_MINIFY !== '0',
  keepNames: true,
  logLevel: 'warning',
  legalComments: 'none',
  define: { KIJUN_VERSION: JSON.stringify(version) },
};

await Promise.all([
  build({ ...common, entryPoints: { cli: './server/src/cli.ts', server: './server/src/server.ts' }, outdir: 'server/out', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: { extension: './client/src/extension.ts' }, outdir: 'client/out', external: ['vscode'] }),
]);
if (watch) console.log('kijun: built');
