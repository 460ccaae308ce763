// The Kijun language server in a web worker (VS Code for the Web: vscode.dev, github.dev, Codespaces in the
// browser, code-server's web extension host): the same server — the same core, the same one module per LSP
// feature (server/src/lsp) — over postMessage instead of stdio. scripts/build.mjs bundles it for the browser
// (server/out/web/server.js) and swaps the few modules that touch the disk for the ones in this folder: a policy
// set's files are read through the client (workspace.fs), Shift_JIS is decoded by the browser's TextDecoder,
// and there is no code cache and no child process. The build fails if anything still imports a Node module.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/connection';
import { webFileSystem } from './webFileSystem';

/** The worker's global scope (the project's TypeScript settings have no WebWorker library). */
type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0] & {
  addEventListener(
    type: 'error' | 'unhandledrejection',
    listener: (e: { error?: unknown; message?: string; reason?: unknown }) => void,
  ): void;
};
const scope = globalThis as unknown as WorkerScope;

// Node's setImmediate, which the diagnostics publisher uses to run right after the current message: a message
// channel does the same in a worker (a macrotask, without setTimeout's clamping).
if (typeof (globalThis as { setImmediate?: unknown }).setImmediate !== 'function') {
  const channel = new MessageChannel();
  const queue = new Map<number, () => void>();
  let next = 0;
  (channel.port1 as unknown as { onmessage: (e: { data: number }) => void }).onmessage = (e) => {
    const run = queue.get(e.data);
    queue.delete(e.data);
    run?.();
  };
  Object.assign(globalThis, {
    setImmediate: (fn: (...args: unknown[]) => void, ...args: unknown[]) => {
      const id = ++next;
      queue.set(id, () => fn(...args));
      channel.port2.postMessage(id);
      return id;
    },
    clearImmediate: (id: number) => queue.delete(id),
  });
}

// A bug must not end the session for every open document: log it and keep serving (as server.ts does in Node).
scope.addEventListener('error', (e: { error?: unknown; message?: string }) =>
  console.error('kijun: uncaught exception', e.error ?? e.message),
);
scope.addEventListener('unhandledrejection', (e: { reason?: unknown }) =>
  console.error('kijun: unhandled rejection', e.reason),
);

// Policy sets are read through the client (webFileSystem.ts), under the workspace folders it named.
startServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), (connection, env) =>
  webFileSystem(connection, env.folders),
);
