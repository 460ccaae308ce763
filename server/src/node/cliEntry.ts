// server/out/cli.js: the `kijun` command. Loads the shared bundle (server/out/kijun.js) through the code cache
// and runs the command line — or, in a worker thread of `kijun check --jobs N` (server/src/cli/checkPool.ts), the
// check worker, with the same cache (it holds the compiled analysis).
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import { loadBundle } from './codeCache';

// A command runs for seconds, not hours: V8's optimizing compiler, at its default eagerness, spent more CPU
// compiling than the optimized code saved (measured with bench/jobs.mjs: --jobs 1 on 40 policies 6.8–7.1 s of CPU,
// 5.4–5.7 s with 8 × the default budget; a 5 MB file 3.2–3.3 s, 2.7–2.8 s), and every isolate of --jobs N compiles
// its own. V8 flags are process-wide: set once, before the bundle and the workers, in the main thread only.
if (isMainThread) setFlagsFromString('--interrupt-budget=540672');

const kijun = loadBundle<typeof import('../kijun')>(join(__dirname, 'kijun.js'), 'cli');
if (!isMainThread && (workerData as { kijun?: string } | null)?.kijun === 'check-worker') kijun.startCheckWorker();
else kijun.runCli();
