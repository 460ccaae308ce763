// `kijun check` over many files: one after the other (--jobs 1), or on this thread and a pool of N - 1 worker threads
// (pool.ts), each loading the shared bundle (kijun.js, through cli.js and the code cache) and checking whole files or
// whole policy sets (checkWorker.ts). The results come back in the order of the work, so every output is the same
// as a sequential run's.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core';
import type { LoadedPolicySet } from '../core/policySet/load';
import { checkSet, checkSingle, type SetOutcome, type SingleOutcome } from './checkFile';
import { fromWireSet, fromWireSingle, type WireSet, type WireSingle } from './checkWire';
import { runTask, type CheckTask } from './checkWorker';
import { convertedInput } from './documents';
import { runPool } from './pool';

export interface CheckWork {
  singles: Array<{ path: string; force: boolean }>;
  sets: LoadedPolicySet[];
}

export interface CheckContext {
  lang: 'ja' | 'en';
  editionOptions: CheckOptions;
  jobs: number;
  /** Called once per file (progress). */
  step: (path: string) => void;
  /** The entry the workers run (default: cli.js beside this bundle, which loads it through the code cache). */
  entry?: string;
}

export interface CheckResults {
  singles: SingleOutcome[];
  sets: SetOutcome[];
}

/** The CLI's entry beside the running bundle (server/out/cli.js), when there is one: the workers run it. */
function defaultEntry(): string | undefined {
  const path = join(__dirname, 'cli.js');
  return existsSync(path) ? path : undefined;
}

function sequential(work: CheckWork, ctx: CheckContext): CheckResults {
  const singles = work.singles.map(({ path, force }) => {
    ctx.step(path);
    return checkSingle(path, force, ctx.lang, ctx.editionOptions);
  });
  const sets = work.sets.map((set) => checkSet(set, { language: ctx.lang, ...ctx.editionOptions }, ctx.step));
  return { singles, sets };
}

export function checkAll(work: CheckWork, ctx: CheckContext): CheckResults | Promise<CheckResults> {
  const entry = ctx.entry ?? defaultEntry();
  const tasks = work.singles.length + work.sets.length;
  if (ctx.jobs <= 1 || tasks <= 1 || !entry) return sequential(work, ctx);
  return parallel(work, ctx, entry);
}

/** A worker thread running the check worker of the CLI's entry (server/src/node/cliEntry.ts). */
export function checkWorker(entry: string): Worker {
  return new Worker(entry, { workerData: { kijun: 'check-worker' } });
}

async function parallel(work: CheckWork, ctx: CheckContext, entry: string): Promise<CheckResults> {
  const singles: SingleOutcome[] = new Array(work.singles.length);
  const tasks: CheckTask[] = [];
  /** For each task: the single's index (≥ 0), or -1 - the set's index. */
  const owner: number[] = [];
  work.singles.forEach(({ path, force }, i) => {
    // A converted document (.docx, HTML) is held by this thread (documents.ts): checked here.
    if (convertedInput(path)) {
      ctx.step(path);
      singles[i] = checkSingle(path, force, ctx.lang, ctx.editionOptions);
      return;
    }
    tasks.push({ kind: 'single', path, force, lang: ctx.lang, editionOptions: ctx.editionOptions });
    owner.push(i);
  });
  work.sets.forEach((set, i) => {
    tasks.push({ kind: 'set', set, options: { language: ctx.lang, ...ctx.editionOptions } });
    owner.push(-1 - i);
  });
  largestFirst(tasks, owner);
  const results = await runPool<CheckTask, WireSingle | WireSet>(tasks, {
    jobs: ctx.jobs,
    spawn: () => checkWorker(entry),
    // This thread checks files too, through the same wire form as a worker's, so the output cannot depend on which
    // thread checked a file.
    local: runTask,
    done: (t) => {
      const task = tasks[t];
      if (task.kind === 'single') ctx.step(task.path);
      else for (const path of task.set.files) ctx.step(path);
    },
  });
  const sets: SetOutcome[] = new Array(work.sets.length);
  results.forEach((r, t) => {
    const task = tasks[t];
    const at = owner[t];
    if (task.kind === 'single') {
      singles[at] = r.ok
        ? fromWireSingle(r.value as WireSingle)
        : { errors: [{ path: task.path, message: `internal error while checking: ${r.error}` }] };
    } else {
      sets[-1 - at] = r.ok
        ? fromWireSet(r.value as WireSet)
        : {
            errors: [{ path: task.set.configPath, message: `internal error while checking: ${r.error}` }],
            checked: [],
          };
    }
  });
  return { singles, sets };
}

/** Bytes on disk (0 when it cannot be read: the check reports that, whatever the order). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Puts the largest work first (tasks and their owners together; the results go back by owner, so the output keeps
 * the order of the work): the threads then end on small files, at about the same time, instead of one of them
 * checking a large file alone at the end while the other waits.
 */
function largestFirst(tasks: CheckTask[], owner: number[]): void {
  const size = tasks.map((task) =>
    task.kind === 'single' ? sizeOf(task.path) : task.set.files.reduce((n, path) => n + sizeOf(path), 0),
  );
  const order = tasks.map((_, i) => i).sort((a, b) => size[b] - size[a] || a - b);
  const sortedTasks = order.map((i) => tasks[i]);
  const sortedOwner = order.map((i) => owner[i]);
  tasks.splice(0, tasks.length, ...sortedTasks);
  owner.splice(0, owner.length, ...sortedOwner);
}
