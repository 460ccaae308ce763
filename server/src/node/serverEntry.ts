// server/out/server.js: `node server/out/server.js --stdio` (or --node-ipc, as the VS Code client starts it).
// Loads the shared bundle (server/out/kijun.js) through the code cache and starts the language server.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadBundle } from './codeCache';

// As in cliEntry.ts: V8's optimizing compiler at its default eagerness spends the start-up compiling code that runs
// a few times. With 8 × the default budget the cold start (spawn, initialize, open 50 KB, first diagnostics; bench
// --only=cold) fell from 334–370 to 230–255 ms, and edits did not get slower (measureServerEdits.mjs, 40 edits:
// 500 KB p50 14.2 → 13.0 ms, 5 MB p50 59.1 → 59.3 ms, server CPU the same): the hot paths are still optimized.
setFlagsFromString('--interrupt-budget=540672');

loadBundle<typeof import('../kijun')>(join(__dirname, 'kijun.js'), 'server').startServer();
