// Bundles the ESM-only unified/remark stack into CommonJS files that VS Code and Node load directly:
//   server/out/kijun.js    the core, remark, the catalog, the language server and the CLI — one copy of each, shared;
//   server/out/server.js   the language server's entry: loads kijun.js (with a V8 code cache) and starts the server;
//   server/out/cli.js      the `kijun` command's entry: loads kijun.js the same way and runs the command line;
//   client/out/extension.js  the VS Code client;
//   server/out/mcp-sdk.js  the MCP SDK and zod, loaded by `kijun mcp` alone (server/src/cli/mcp.ts);
//   server/out/web/server.js  the language server in a web worker, client/out/browserExtension.js  its client
//   (VS Code for the Web): browser bundles, which import no Node module (the build fails if one does).
//   server/out/import.js   document import (.docx, HTML, text → Markdown), loaded on demand only.
// Each file requires only Node built-ins (and vscode, the client; and ./kijun.js, the two entries).
//   node scripts/build.mjs [--metafile]   (--metafile writes server/out/*.meta.json for `esbuild --analyze`-like reading)
//   node scripts/build.mjs --dev          readable bundles with linked source maps (*.js.map), for the debugger
//   node scripts/build.mjs --watch        --dev, then rebuilds each bundle when one of its inputs changes (esbuild
//                                         contexts); `npm run watch` (scripts/watch.mjs) also regenerates on catalog edits
//   --out DIR writes the bundles under DIR instead of the repository (DIR/server/out, DIR/client/out);
//   --only NAME[,NAME] builds only the bundles with those entry names (kijun, server, cli, extension, …).
// The default — and scripts/package.mjs, whatever the environment says — is the production build: minified, no maps.
// KIJUN_MINIFY=0|1 and KIJUN_SOURCEMAP=0|1 override either mode.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as buildOnce, context } from 'esbuild';
import { esbuildPlugin as gfmTableEditMap } from './gfmTableEditMap.mjs';
import { esbuildPlugin as micromarkText } from './micromarkText.mjs';
import { normalizedTerms } from './normalizedTerms.mjs';
import { webEdges } from './webEdges.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const argv = process.argv.slice(2);
const watch = argv.includes('--watch');
const dev = watch || argv.includes('--dev');
const metafile = argv.includes('--metafile');
const flagValue = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const outRoot = flagValue('--out');
const only = flagValue('--only')?.split(',');
const envFlag = (name, otherwise) =>
  process.env[name] === undefined || process.env[name] === '' ? otherwise : process.env[name] !== '0';
/**
 * yaml's Node entry is one CommonJS file that esbuild cannot tree-shake; its ES-module build is the same code in
 * modules, so the Node bundles take that one too and keep only what the front matter uses (~17 KB less per bundle).
 */
const yamlModules = {
  name: 'kijun-yaml-modules',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules/yaml/browser/index.js') }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: envFlag('KIJUN_SOURCEMAP', dev) ? 'linked' : false,
  minify: envFlag('KIJUN_MINIFY', !dev),
  keepNames: false,
  logLevel: 'warning',
  legalComments: 'none',
  // Japanese text (catalog, messages) as UTF-8, not \uXXXX escapes: half the bytes (the .vsix budget is 1 MB).
  charset: 'utf8',
  define: { KIJUN_VERSION: JSON.stringify(version) },
  metafile,
  // Linear-time GFM tables (see scripts/gfmTableEditMap.mjs).
  // and linear-time long paragraphs (scripts/micromarkText.mjs).
  plugins: [gfmTableEditMap(), micromarkText(), yamlModules],
};

/**
 * Each module that imports from vscode-languageserver/node (CommonJS) gets its own copy of the package's ~320
 * exports (esbuild's __toESM, a getter per name, made at load): routed through one module, they are copied once.
 */
const oneLanguageServerImport = {
  name: 'kijun-one-vscode-languageserver-import',
  setup(b) {
    b.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) =>
      args.namespace === 'kijun-lsp' ? undefined : { path: 'vscode-languageserver/node', namespace: 'kijun-lsp' },
    );
    b.onLoad({ filter: /.*/, namespace: 'kijun-lsp' }, () => ({
      contents: "export * from 'vscode-languageserver/node';",
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/** The CLI's heavy writers (server/src/cli/shared.ts loadSideBundle): required at run time from beside kijun.js. */
const sideBundles = {
  name: 'kijun-side-bundles',
  setup(b) {
    b.onResolve({ filter: /^\.\/(?:docx|xlsx)\.js$/ }, (args) => ({ path: args.path, external: true }));
    // `kijun mcp` (server/src/cli/mcp.ts, with the SDK and zod) is the side bundle mcp-sdk.js.
    b.onResolve({ filter: /^\.\/cli\/mcp$/ }, () => ({ path: './mcp-sdk.js', external: true }));
  },
};

const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  // The core's globals only (no `process`, no `Buffer`): define what the bundled libraries test for.
  define: { ...common.define, 'process.env.NODE_ENV': '"production"' },
};

const results = await Promise.all([
  // No banner: the loaders wrap it as require() would (a #! line would not survive the wrapper).
  build({
    ...common,
    entryPoints: { kijun: './server/src/kijun.ts' },
    outdir: 'server/out',
    define: { ...common.define, KIJUN_NORMALIZED_TERMS: JSON.stringify(JSON.stringify(await normalizedTerms())) },
    plugins: [...common.plugins, oneLanguageServerImport, sideBundles],
    // `kijun mcp` loads the MCP SDK's own bundle, next to this one, only when it runs (server/src/cli/mcp.ts).
    external: ['./mcp-sdk.js', './import.js'],
  }),
  build({
    ...common,
    entryPoints: { server: './server/src/node/serverEntry.ts', cli: './server/src/node/cliEntry.ts' },
    outdir: 'server/out',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: { extension: './client/src/extension.ts' },
    outdir: 'client/out',
    external: ['vscode', '../../server/out/import.js'],
    // vscode-languageclient's version check needs two semver functions, not the package (scripts/semverLite/).
    plugins: [...common.plugins, semverLite()],
  }),
  // The document libraries (mammoth, rehype-parse/parse5, rehype-remark): a bundle of their own, required only when a
  // document is imported (kijun import / check FILE.docx, the "Import Policy" command), never at start-up.
  // (Fourth: its metafile is results[3].)
  // jszip's inflate by the runtime's zlib, not pako (scripts/pakoZlib/).
  build({
    ...common,
    entryPoints: { import: './server/src/import/bundle.ts' },
    outdir: 'server/out',
    plugins: [...common.plugins, pakoZlib()],
  }),
  // Heavy writers, each its own bundle beside kijun.js, required only when a .docx or .xlsx is written (never by
  // the language server; not in the .vsix — see .vscodeignore).
  build({
    ...common,
    entryPoints: { docx: './server/src/papers/docxEntry.ts', xlsx: './server/src/papers/xlsxEntry.ts' },
    outdir: 'server/out',
  }),
  // The MCP SDK and zod, loaded only by `kijun mcp` (server/src/cli/mcp.ts), never by the language server.
  build({
    ...common,
    entryPoints: { 'mcp-sdk': './server/src/cli/mcp.ts' },
    outdir: 'server/out',
    define: { ...common.define, KIJUN_NORMALIZED_TERMS: JSON.stringify(JSON.stringify(await normalizedTerms())) },
  }),
  // VS Code for the Web: the language server in a web worker, and the client for the browser extension host.
  build({
    ...web,
    entryPoints: { server: './server/src/web/server.ts' },
    outdir: 'server/out/web',
    format: 'iife',
    // A worker has no DOM: packages with a worker build take it (decode-named-character-reference's browser build
    // decodes entities with document.createElement).
    conditions: ['worker'],
    define: { ...web.define, KIJUN_NORMALIZED_TERMS: JSON.stringify(JSON.stringify(await normalizedTerms())) },
    plugins: [...common.plugins, webEdges(root)],
  }),
  build({
    ...web,
    entryPoints: { browserExtension: './client/src/browserExtension.ts' },
    outdir: 'client/out',
    format: 'cjs',
    external: ['vscode'],
    plugins: [...common.plugins, webEdges(root)],
  }),
]);
if (metafile && !watch && !only) {
  for (const [i, name] of [
    'server/out/kijun.meta.json',
    'server/out/entries.meta.json',
    'client/out/extension.meta.json',
    'server/out/import.meta.json',
  ].entries()) {
    writeFileSync(new URL(`../${name}`, import.meta.url), JSON.stringify(results[i].metafile));
  }
}
if (watch) console.log('kijun: built; watching for changes (Ctrl+C stops)');

/**
 * One bundle of the list above: built once, or with --watch an esbuild context that rebuilds it whenever one of the
 * files it was built from changes (and says so, as the problem matcher in .vscode/tasks.json expects).
 */
async function build(options) {
  const names = Object.keys(options.entryPoints);
  if (only && !names.some((n) => only.includes(n))) return { metafile: undefined };
  const placed = outRoot ? { ...options, outdir: join(outRoot, options.outdir) } : options;
  if (!watch) return buildOnce(placed);
  let first = true;
  const report = {
    name: 'kijun-watch-report',
    setup(b) {
      b.onStart(() => {
        if (!first) console.log(`kijun: rebuilding ${names.join(', ')}`);
      });
      b.onEnd((r) => {
        if (!first) console.log(`kijun: rebuilt ${names.join(', ')} (${r.errors.length} error(s))`);
        first = false;
      });
    },
  };
  const ctx = await context({ ...placed, plugins: [...(placed.plugins ?? []), report] });
  await ctx.watch();
  return { metafile: undefined };
}

/** Swaps semver/functions/{parse,satisfies} for the small versions in scripts/semverLite (test/build/semverLite.test.ts). */
function pakoZlib() {
  return {
    name: 'kijun-pako-zlib',
    setup(b) {
      b.onResolve({ filter: /^pako$/ }, () => ({
        path: fileURLToPath(new URL('./pakoZlib/pako.cjs', import.meta.url)),
      }));
    },
  };
}

function semverLite() {
  return {
    name: 'kijun-semver-lite',
    setup(b) {
      b.onResolve({ filter: /^semver\/functions\/(?:parse|satisfies)$/ }, (args) => ({
        path: fileURLToPath(new URL(`./semverLite/${args.path.split('/').pop()}.cjs`, import.meta.url)),
      }));
    },
  };
}
