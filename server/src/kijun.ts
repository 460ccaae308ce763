// The one bundle behind both entry points, server/out/kijun.js: server/out/server.js (the language server) and
// server/out/cli.js (the command line) are small loaders (server/src/node) that load it — through the V8 code cache
// — and call one of these, which starts the code that serves. Sharing it keeps one copy of the core, remark and the
// catalog in the package. `require` (not `import`) keeps each side's modules unevaluated until it is started: the
// CLI never initialises the LSP libraries, the server never runs the CLI's modules.

/** The language server on the transport named on the command line (--stdio, --node-ipc, --socket=N). */
export function startServer(): void {
  const { nodeFileSystem } = require('./node/fileSystem') as typeof import('./node/fileSystem');
  // Policy sets read from the disk (the web worker passes the client's file system instead).
  (require('./lsp/connection') as typeof import('./lsp/connection')).startServer(undefined, () => nodeFileSystem);
}

/** The `kijun` command line, on this process's arguments. */
export function runCli(): void {
  (require('./cli') as typeof import('./cli')).runCli(process.argv.slice(2));
}

/** A worker thread of `kijun check --jobs N` (server/src/node/cliEntry.ts runs it in the threads server/src/cli/checkPool.ts starts). */
export function startCheckWorker(): void {
  (require('./cli/checkWorker') as typeof import('./cli/checkWorker')).startCheckWorker();
}
