// kijun check --jobs N: the same output, errors, skipped files and exit code as a sequential run (--jobs 1), and a
// worker thread that dies is an error of the file it had, not a hang. Runs the built CLI (server/out/cli.js).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../server/src/cli/checkPool';
import { jobsOption } from '../../server/src/cli/jobs';
import { runPool } from '../../server/src/cli/pool';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'server/out/cli.js');
const FIXTURES = join(ROOT, 'test/fixtures');

function kijun(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', SOURCE_DATE_EPOCH: '1700000000' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder with a policy, a Markdown file that is not one, and a set that lists a file that is not there. */
function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kijun-jobs-'));
  cpSync(join(FIXTURES, 'corpus/01-ministry-decimal-full.md'), join(dir, 'a.md'));
  cpSync(join(FIXTURES, 'corpus/08-tables-beppyo.md'), join(dir, 'b.md'));
  writeFileSync(join(dir, 'notes.md'), '# 買い物メモ\n\n牛乳と卵。\n');
  mkdirSync(join(dir, 'set'));
  cpSync(join(FIXTURES, 'corpus/02-agency-kitei-article.md'), join(dir, 'set/main.md'));
  writeFileSync(join(dir, 'set/kijun.json'), JSON.stringify({ files: ['main.md', 'gone.md'] }));
  return dir;
}

describe('kijun check --jobs', () => {
  const targets: Array<[string, string[]]> = [
    ['corpus', [join(FIXTURES, 'corpus')]],
    ['holdout', [join(FIXTURES, 'holdout')]],
    ['sets', [join(FIXTURES, 'sets')]],
  ];
  for (const format of ['text', 'json', 'sarif']) {
    it(`gives byte-identical ${format} output, messages and exit code with 1 and 2 jobs (corpus, holdout, sets)`, () => {
      for (const [name, paths] of targets) {
        const one = kijun('check', '--no-progress', '--format', format, '--jobs', '1', ...paths);
        const two = kijun('check', '--no-progress', '--format', format, '--jobs', '2', ...paths);
        expect(one.stdout.length, name).toBeGreaterThan(1000);
        expect(two.stdout, name).toBe(one.stdout);
        expect(two.stderr, name).toBe(one.stderr);
        expect(two.code, name).toBe(one.code);
        expect(one.code, name).toBe(1);
      }
    }, 120_000);
  }

  it('keeps errors and skipped files, in the same order, and the same exit codes', () => {
    const dir = mixedFolder();
    for (const args of [
      ['--format', 'json'],
      ['--format', 'text'],
      ['--format', 'text', '--fail-on', 'none'],
    ]) {
      const one = kijun('check', '--no-progress', ...args, '--jobs', '1', dir);
      const two = kijun('check', '--no-progress', ...args, '--jobs', '2', dir);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.code).toBe(one.code);
    }
    const report = JSON.parse(kijun('check', '--no-progress', '--format', 'json', '--jobs', '3', dir).stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([
      join(dir, 'a.md'),
      join(dir, 'b.md'),
      join(dir, 'set/main.md'),
    ]);
    expect(report.errors).toEqual([{ path: join(dir, 'set/gone.md'), message: 'no such file (listed in kijun.json)' }]);
    expect(report.skipped.map((s: { path: string }) => s.path)).toEqual([join(dir, 'notes.md')]);
    expect(kijun('check', '--jobs', '2', join(dir, 'notes.md'), join(dir, 'missing-folder')).code).toBe(2);
  }, 60_000);

  it('refuses a --jobs that is not a whole number of at least 1', () => {
    expect(jobsOption('0')).toHaveProperty('error');
    expect(jobsOption('two')).toHaveProperty('error');
    expect(jobsOption('1.5')).toHaveProperty('error');
    expect(jobsOption('3')).toEqual({ jobs: 3 });
    expect(jobsOption(undefined, () => 6)).toEqual({ jobs: 6 });
    const r = kijun('check', '--jobs', '0', join(FIXTURES, 'corpus'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be a whole number/);
  });
});

describe('the worker pool', () => {
  // A worker that answers with the square of the number it gets, exits on 3, throws (uncaught) on 5.
  const spawn = () =>
    new Worker(
      `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (n) => {
      if (n === 3) process.exit(7);
      if (n === 5) setImmediate(() => { throw new Error('boom'); });
      else parentPort.postMessage({ ok: true, value: n * n });
    });`,
      { eval: true },
    );

  it('returns results in task order and fails only the task of a worker that died', async () => {
    const done: number[] = [];
    const results = await runPool<number, number>([1, 2, 3, 4, 5, 6, 7], { jobs: 2, spawn, done: (i) => done.push(i) });
    expect(results.map((r) => (r.ok ? r.value : r.error))).toEqual([
      1,
      4,
      'worker thread stopped (exit code 7)',
      16,
      'worker thread failed: boom',
      36,
      49,
    ]);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('lets this thread take tasks too, in task order, and fails only the task of a worker that died', async () => {
    const done: number[] = [];
    const here: number[] = [];
    const results = await runPool<number, number>([1, 2, 3, 4, 5, 6, 7], {
      jobs: 2,
      spawn,
      done: (i) => done.push(i),
      local: (n) => {
        here.push(n);
        return n * n;
      },
    });
    // The worker has the first task and, queued, the third (3: it exits); this thread the second, then the rest.
    expect(results.map((r) => (r.ok ? r.value : r.error))).toEqual([
      1,
      4,
      'worker thread stopped (exit code 7)',
      16,
      25,
      36,
      49,
    ]);
    expect(here).toContain(2);
    expect(here).not.toContain(3);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('reports an error thrown in this thread as an error of that task', async () => {
    const results = await runPool<number, number>([1, 2, 4], {
      jobs: 2,
      spawn,
      local: (n) => {
        if (n === 2) throw new Error('local boom');
        return -n;
      },
    });
    // The worker has the first and the third task, this thread the second.
    expect(results.map((r) => (r.ok ? r.value : r.error))).toEqual([1, 'local boom', 16]);
  });

  it('ends when every worker dies', async () => {
    const results = await runPool<number, number>([3, 3, 3], { jobs: 2, spawn });
    expect(results.every((r) => !r.ok)).toBe(true);
  });

  it('reports a crashed check worker as an error of that file, and checks the others', async () => {
    const dir = mixedFolder();
    cpSync(join(FIXTURES, 'corpus/03-university-hybrid.md'), join(dir, 'crash.md'));
    // The real check worker from the built bundle, which dies when it is given crash.md.
    const entry = join(dir, 'crashing-worker.js');
    writeFileSync(
      entry,
      `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (t) => { if (t.kind === 'single' && t.path.endsWith('crash.md')) process.exit(9); });
      require(${JSON.stringify(join(ROOT, 'server/out/kijun.js'))}).startCheckWorker();`,
    );
    const singles = ['a.md', 'crash.md', 'b.md'].map((f) => ({ path: join(dir, f), force: true }));
    const steps: string[] = [];
    // Three jobs: this thread and two workers, which take the first two files (the main thread takes the third).
    const r = await checkAll(
      { singles, sets: [] },
      { lang: 'en', editionOptions: {}, jobs: 3, step: (p) => steps.push(p), entry },
    );
    expect(r.singles.map((o) => o.file?.path)).toEqual([join(dir, 'a.md'), undefined, join(dir, 'b.md')]);
    expect(r.singles[1].errors).toEqual([
      { path: join(dir, 'crash.md'), message: 'internal error while checking: worker thread stopped (exit code 9)' },
    ]);
    expect(r.singles[0].file!.analysis.requirements.length).toBeGreaterThan(5);
    expect(r.singles[0].file!.analysis.catalog.byId.size).toBeGreaterThan(5);
    expect(steps.sort()).toEqual(singles.map((s) => s.path).sort());
  }, 60_000);
});
