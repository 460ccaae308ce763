// A worker thread of `kijun check --jobs N` (started by checkPool.ts through cli.js and the shared bundle): checks the
// files and policy sets it is sent, one at a time, and answers each with what the reporters need (checkWire.ts).
import { parentPort } from 'node:worker_threads';
import type { CheckOptions } from '../core';
import type { LoadedPolicySet } from '../core/policySet/load';
import { checkSet, checkSingle } from './checkFile';
import { toWireSet, toWireSingle, type WireSet, type WireSingle } from './checkWire';

export type CheckTask =
  | { kind: 'single'; path: string; force: boolean; lang: 'ja' | 'en'; editionOptions: CheckOptions }
  | { kind: 'set'; set: LoadedPolicySet; options: CheckOptions };

export function runTask(task: CheckTask): WireSingle | WireSet {
  return task.kind === 'single'
    ? toWireSingle(checkSingle(task.path, task.force, task.lang, task.editionOptions))
    : toWireSet(checkSet(task.set, task.options));
}

export function startCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('kijun: the check worker runs only in a worker thread');
  port.on('message', (task: CheckTask) => {
    // checkSingle and checkSet report a failing analysis as an error of the file; anything else that throws here
    // (a result that cannot be sent) is the task's error too, and the worker goes on.
    try {
      port.postMessage({ ok: true, value: runTask(task) });
    } catch (e) {
      port.postMessage({ ok: false, error: (e as Error).message });
    }
  });
}
