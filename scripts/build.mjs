// Bundles the ESM-only unified/remark stack into CommonJS files that VS Code and Node load directly:
//   server/out/kijun.js    the core, remark, the catalog, the language server and the CLI — one copy of each, shared;
//   server/out/server.js   the language server's entry: loads kijun.js (with a V8 code cache) and starts the server;
//   server/out/cli.js      the `kijun` command's entry: loads kijun.js the same way and runs the command line;
//   client/out/extension.js  the VS Code client.
// Each file requires only Node built-ins (and vscode, the client; and ./kijun.js, the two entries).
//   node scripts/build.mjs [--metafile]   (--metafile writes server/out/*.meta.json for `esbuild --analyze`-like reading)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin as gfmTableEditMap } from './gfmTableEditMap.mjs';
import { esbuildPlugin as micromarkText } from './micromarkText.mjs';
import { normalizedTerms } from './normalizedTerms.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const metafile = process.argv.includes('--metafile');
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
  metafile,
  // Linear-time GFM tables (see scripts/gfmTableEditMap.mjs).
  // and linear-time long paragraphs (scripts/micromarkText.mjs).
  plugins: [gfmTableEditMap(), micromarkText()],
};

/**
 * Each module that imports from vscode-languageserver/node (CommonJS) gets its own copy of the package's ~320
 * exports (esbuild's __toESM, a getter per name, made at load): routed through one module, they are copied once.
 */
const oneLanguageServerImport = {
  name: 'kijun-one-vscode-languageserver-import',
  setup(b) {
    b.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) => (args.namespace === 'kijun-lsp' ? undefined : { path: 'vscode-languageserver/node', namespace: 'kijun-lsp' }));
    b.onLoad({ filter: /.*/, namespace: 'kijun-lsp' }, () => ({ contents: "export * from 'vscode-languageserver/node';", resolveDir: root, loader: 'js' }));
  },
};

const results = await Promise.all([
  // No banner: the loaders wrap it as require() would (a #! line would not survive the wrapper).
  build({
    ...common,
    entryPoints: { kijun: './server/src/kijun.ts' },
    outdir: 'server/out',
    define: { ...common.define, KIJUN_NORMALIZED_TERMS: JSON.stringify(JSON.stringify(await normalizedTerms())) },
    plugins: [...common.plugins, oneLanguageServerImport],
  }),
  build({ ...common, entryPoints: { server: './server/src/boot/server.ts', cli: './server/src/boot/cli.ts' }, outdir: 'server/out', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: { extension: './client/src/extension.ts' }, outdir: 'client/out', external: ['vscode'] }),
]);
if (metafile) {
  for (const [i, name] of ['server/out/kijun.meta.json', 'server/out/entries.meta.json', 'client/out/extension.meta.json'].entries()) {
    writeFileSync(new URL(`../${name}`, import.meta.url), JSON.stringify(results[i].metafile));
  }
}
if (watch) console.log('kijun: built');
