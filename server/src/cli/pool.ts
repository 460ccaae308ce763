// A pool of worker threads that runs tasks in any order and returns their results in the order of the tasks.
// Each worker gets one task at a time (the next when it answers), so a slow file does not hold back the others.
// A worker that fails (an uncaught error, running out of memory, exiting) fails the task it had, and a new
// worker takes the remaining tasks: a crash is an error of that task, never a hang.
import type { Worker } from 'node:worker_threads';

export type PoolResult<R> = { ok: true; value: R } | { ok: false; error: string };

export interface PoolOptions {
  /** Number of worker threads (at most one per task). */
  jobs: number;
  /** Starts a worker; it answers each message with `{ ok: true, value }` or `{ ok: false, error }`. */
  spawn: () => Worker;
  /** Called as each task is done, in completion order (progress). */
  done?: (index: number) => void;
}

export function runPool<T, R>(tasks: readonly T[], options: PoolOptions): Promise<Array<PoolResult<R>>> {
  const results: Array<PoolResult<R>> = new Array(tasks.length);
  let next = 0;
  let finished = 0;
  let live = 0;
  return new Promise((resolveAll) => {
    if (!tasks.length) return resolveAll(results);
    const settle = (index: number, result: PoolResult<R>) => {
      results[index] = result;
      finished++;
      options.done?.(index);
    };
    const start = () => {
      live++;
      let current = -1;
      let worker: Worker;
      const give = () => {
        if (next >= tasks.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage(tasks[current]);
      };
      const fail = (message: string) => {
        if (current < 0) return;
        const index = current;
        current = -1;
        settle(index, { ok: false, error: message });
      };
      try {
        worker = options.spawn();
      } catch (e) {
        // Cannot start a thread at all: the next task fails with the reason (the loop still ends).
        live--;
        if (next < tasks.length) {
          settle(next++, { ok: false, error: `worker thread could not start: ${(e as Error).message}` });
          if (finished === tasks.length) resolveAll(results);
          else if (live === 0) start();
        }
        return;
      }
      worker.on('message', (m: PoolResult<R>) => {
        if (current < 0) return;
        const index = current;
        current = -1;
        settle(index, m?.ok ? m : { ok: false, error: m?.error ?? 'no result' });
        give();
      });
      worker.on('error', (e) => fail(`worker thread failed: ${e.message}`));
      worker.on('exit', (code) => {
        fail(`worker thread stopped (exit code ${code})`);
        live--;
        if (finished === tasks.length) {
          if (live === 0) resolveAll(results);
        } else if (next < tasks.length) start();
        else if (live === 0) resolveAll(results);
      });
      give();
    };
    for (let i = 0; i < Math.min(options.jobs, tasks.length); i++) start();
  });
}
