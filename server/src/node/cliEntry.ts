// server/out/cli.js: the `kijun` command. Loads the shared bundle (server/out/kijun.js) through the code cache
// and runs the command line — or, in a worker thread of `kijun check --jobs N` (server/src/cli/checkPool.ts), the
// check worker, with the same cache (it holds the compiled analysis).
import { join } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { loadBundle } from './codeCache';

const kijun = loadBundle<typeof import('../kijun')>(join(__dirname, 'kijun.js'), 'cli');
if (!isMainThread && (workerData as { kijun?: string } | null)?.kijun === 'check-worker') kijun.startCheckWorker();
else kijun.runCli();
