// Where the CPU time of `kijun check --jobs N` goes (alone: `node bench/jobs.mjs [--files=12] [--rounds=3]
// [--folder=40] [--cpus=0] [--jobs=1,2] [--node-args='…'] [--cli=path/to/cli.js …]`, after `npm run build`). Runs the built CLI on the first files of
// the generated folder of bench/throughput.mjs (40 policies of 50–500 KB, seed 7), optionally pinned with taskset
// (--cpus=0: one core, which shows the CPU a second thread adds without the wall-time noise of a shared machine),
// rounds round-robin, and reports per run the CPU time of the whole process (user and system) and per kind of
// thread, sampled from /proc/PID/task every 20 ms (a thread's last sample before it ends; short-lived threads can be
// missed, the process total cannot). Several --cli= compare builds (e.g. a copy of server/out from before a change).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderOf, kijunCheckArgs } from './throughput.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const opt = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const clis = process.argv.filter((a) => a.startsWith('--cli=')).map((a) => a.slice(6));
if (!clis.length) clis.push(join(root, 'server/out/cli.js'));
// --folder=200: the folder of 200 policies of `npm run bench` (made on first use) instead of the short variant's 40.
const folder = folderOf(Number(opt('folder', '40')), 7);
const files = readdirSync(folder.dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .slice(0, Number(opt('files', '12')))
  .map((f) => join(folder.dir, f));
const rounds = Number(opt('rounds', '3'));
const cpus = opt('cpus', '');
const jobsList = opt('jobs', '1,2').split(',');
// --node-args='…': options of the node processes (V8 flags apply to every thread of the process).
const nodeArgs = opt('node-args', '').split(' ').filter(Boolean);

const ticks = (stat) => {
  const f = stat.split(') ')[1].split(' ');
  return { user: Number(f[11]) * 10, system: Number(f[12]) * 10 };
};

/** One run: wall, the process's user and system CPU, and CPU per thread name (ms). */
function run(cli, jobs) {
  const args = [...nodeArgs, ...kijunCheckArgs(cli, jobs, files)];
  const [cmd, argv] = cpus ? ['taskset', ['-c', cpus, process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    });
    const threads = new Map();
    let total = { user: 0, system: 0 };
    const sample = () => {
      // taskset execs node in the same process: the PID is node's.
      try {
        for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
          const name = readFileSync(`/proc/${child.pid}/task/${tid}/comm`, 'utf8').trim();
          const t = ticks(readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8'));
          threads.set(tid, { name: tid === String(child.pid) ? 'main' : name, ...t });
        }
        const t = ticks(readFileSync(`/proc/${child.pid}/stat`, 'utf8'));
        if (t.user + t.system >= total.user + total.system) total = t;
      } catch {
        // ended between two reads
      }
    };
    const timer = setInterval(sample, 20);
    child.on('exit', () => {
      clearInterval(timer);
      // Threads in the order they started (the main thread, V8's and libuv's helpers, then the workers).
      const byName = {};
      for (const [tid, t] of [...threads].sort((a, b) => Number(a[0]) - Number(b[0])))
        if (t.user + t.system > 0) byName[`${t.name}:${tid}`] = t.user + t.system;
      resolve({ wall: performance.now() - t0, ...total, byName });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const results = new Map();
for (let r = 0; r < rounds; r++)
  for (const cli of clis)
    for (const jobs of jobsList) {
      const res = await run(cli, jobs);
      const key = `${cli} --jobs ${jobs}`;
      if (!results.has(key)) results.set(key, []);
      results.get(key).push(res);
      console.error(
        `${key}: wall ${res.wall.toFixed(0)} ms, CPU ${res.user + res.system} ms (user ${res.user}, system ${res.system}); ${Object.entries(
          res.byName,
        )
          .map(([n, v]) => `${n} ${v}`)
          .join(', ')}`,
      );
    }
console.log(`${files.length} files, ${rounds} round(s)${cpus ? `, taskset -c ${cpus}` : ''}; medians:`);
for (const [key, rs] of results)
  console.log(
    `${key}: wall ${median(rs.map((x) => x.wall)).toFixed(0)} ms, CPU ${median(rs.map((x) => x.user + x.system))} ms (user ${median(rs.map((x) => x.user))}, system ${median(rs.map((x) => x.system))})`,
  );
if (!existsSync(clis[0])) console.error('no CLI at', clis[0]);
