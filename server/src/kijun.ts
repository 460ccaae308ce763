// The one bundle behind both entry points, server/out/kijun.js: server/out/server.js (the language server) and
// server/out/cli.js (the command line) are small loaders (server/src/boot) that load it — through the V8 code cache
// — and run one side. Sharing it keeps one copy of the core, remark and the catalog in the package. `require` (not
// `import`) keeps each side's modules unevaluated until it is run: the CLI never initialises the LSP libraries,
// the server never runs the CLI's modules.
export function runServer(): void {
  require('./server');
}

export function runCli(): void {
  require('./cli');
}

/** A worker thread of `kijun check --jobs N` (server/src/boot/cli.ts runs it in the threads server/src/cli/checkPool.ts starts). */
export function runCheckWorker(): void {
  (require('./cli/checkWorker') as typeof import('./cli/checkWorker')).startCheckWorker();
}
