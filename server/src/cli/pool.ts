// A pool of worker threads that runs tasks in any order and returns their results in the order of the tasks.
// Each worker gets one task at a time (the next when it answers), so a slow file does not hold back the others.
// With `local`, this thread takes tasks too, between the workers' answers: --jobs 2 is this thread and one worker,
// not two workers and an idle thread (measured: each busy isolate costs CPU beyond its share of the work, see
// bench/results.md). Then each worker holds a second task, queued, so that it does not wait while this thread is busy
// with a file of its own.
// A worker that fails (an uncaught error, running out of memory, exiting) fails the task it had, and a new
// worker takes the remaining tasks: a crash is an error of that task, never a hang.
import type { Worker } from 'node:worker_threads';

export type PoolResult<R> = { ok: true; value: R } | { ok: false; error: string };

export interface PoolOptions<T = unknown, R = unknown> {
  /** Number of threads that run tasks at once (at most one per task), this one included when `local` is given. */
  jobs: number;
  /** Starts a worker; it answers each message with `{ ok: true, value }` or `{ ok: false, error }`. */
  spawn: () => Worker;
  /** Called as each task is done, in completion order (progress). */
  done?: (index: number) => void;
  /** Runs a task in this thread, as a worker would (then this thread takes tasks too). */
  local?: (task: T) => R;
}

/** Tasks a worker holds when this thread takes tasks too: the one it runs and one queued behind it. */
const HELD_WITH_LOCAL = 2;

export function runPool<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): Promise<Array<PoolResult<R>>> {
  const results: Array<PoolResult<R>> = new Array(tasks.length);
  const local = options.local;
  const held = local ? HELD_WITH_LOCAL : 1;
  /** Tasks handed back by a worker that died before it started them: taken before the next new one. */
  const returned: number[] = [];
  let next = 0;
  let finished = 0;
  let live = 0;
  let localRunning = false;
  const take = () => returned.pop() ?? (next < tasks.length ? next++ : -1);
  const pending = () => returned.length > 0 || next < tasks.length;
  return new Promise((resolveAll) => {
    if (!tasks.length) return resolveAll(results);
    const maybeEnd = () => {
      if (finished === tasks.length && live === 0 && !localRunning) resolveAll(results);
    };
    const settle = (index: number, result: PoolResult<R>) => {
      results[index] = result;
      finished++;
      options.done?.(index);
    };
    const start = () => {
      live++;
      /** The tasks this worker was given, in order: the first is the one it runs. */
      const mine: number[] = [];
      let worker: Worker;
      const give = (limit = held) => {
        while (mine.length < limit) {
          const index = take();
          if (index < 0) break;
          mine.push(index);
          worker.postMessage(tasks[index]);
        }
        if (!mine.length) void worker.terminate();
      };
      const fail = (message: string) => {
        const index = mine.shift();
        if (index !== undefined) settle(index, { ok: false, error: message });
      };
      try {
        worker = options.spawn();
      } catch (e) {
        live--;
        // This thread takes the tasks itself.
        if (local) return;
        // Cannot start a thread at all: the next task fails with the reason (the loop still ends).
        if (pending()) {
          settle(take(), { ok: false, error: `worker thread could not start: ${(e as Error).message}` });
          if (live === 0 && pending()) start();
          else maybeEnd();
        }
        return;
      }
      topUps.push(() => give());
      worker.on('message', (m: PoolResult<R>) => {
        const index = mine.shift();
        if (index === undefined) return;
        settle(index, m?.ok ? m : { ok: false, error: m?.error ?? 'no result' });
        give();
        maybeEnd();
      });
      worker.on('error', (e) => fail(`worker thread failed: ${e.message}`));
      worker.on('exit', (code) => {
        fail(`worker thread stopped (exit code ${code})`);
        // The queued tasks it never started go back, to be taken first and in order.
        returned.push(...mine.splice(0).reverse());
        live--;
        if (pending() && !localRunning) start();
        else maybeEnd();
      });
      // One task each to begin with; with `local`, the queued ones once this thread has taken its first.
      give(1);
    };
    const topUps: Array<() => void> = [];
    const workers = Math.min(local ? options.jobs - 1 : options.jobs, tasks.length);
    for (let i = 0; i < workers; i++) start();
    if (local) void runLocal(local);

    async function runLocal(run: (task: T) => R) {
      localRunning = true;
      const first = take();
      for (const topUp of topUps) topUp();
      for (let index = first; index >= 0; index = take()) {
        try {
          settle(index, { ok: true, value: run(tasks[index]) });
        } catch (e) {
          settle(index, { ok: false, error: (e as Error).message });
        }
        // Lets the workers' answers in, so each gets its next task before this thread starts another file.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      localRunning = false;
      maybeEnd();
    }
  });
}
