// Folder throughput and the language server's V8 options (part of `npm run bench`; alone: `node bench/throughput.mjs
// [--short]`, after `npm run build`, which rewrites only its own part of bench/results.md).
//
// 1. Folder: `kijun check` of a folder of generated policies of 50–500 KB (bench/generate.mjs, one seed per file) with
//    --jobs 1 and --jobs N (N = os.availableParallelism()), and markdownlint-cli2 (the command users run on Markdown
//    folders today, default rules) on the same folder when it is installed: wall time, CPU time of the whole process
//    (all threads) and peak RSS, files/s and MB/s. The tools run round-robin, each its own process.
// 2. V8 options of the server: the language server started as server/src/protocol/launch.json says, with Node's default
//    young generation, and with 16 and 32 MB semi-spaces; each opens one generated policy (time to the first
//    diagnostics: the full check) and takes 10 edits; CPU time of the server process and its peak RSS.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePolicy, rng } from './generate.mjs';
import { LspSession, positionAt } from './lsp.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cacheDir = join(here, '.cache');
const log = (...a) => console.error('bench:', ...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, d = 0) => x.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });

/** Records the CPU time (all threads) and peak RSS of a Node process at exit, into the file BENCH_USAGE names. */
const USAGE_HOOK = `const wt = require('node:worker_threads');
if (wt.isMainThread && process.env.BENCH_USAGE) process.on('exit', () => {
  const u = process.cpuUsage(); const r = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.BENCH_USAGE, JSON.stringify({ cpu: (u.user + u.system) / 1000, rss: r.maxRSS * 1024 }));
});`;

export function folderOf(count, seed) {
  const dir = join(cacheDir, `folder-${count}-${seed}`);
  const r = rng(seed);
  const sizes = Array.from({ length: count }, () => 50_000 + r.int(450_001));
  if (!existsSync(join(dir, 'done'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [i, bytes] of sizes.entries())
      writeFileSync(join(dir, `policy-${String(i + 1).padStart(3, '0')}.md`), generatePolicy(bytes, seed * 1000 + i));
    writeFileSync(join(dir, 'done'), '');
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  return { dir, files: files.length, bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0) };
}

/** Runs `node [hook] args` (under `taskset -c <pin>` when pin is given), discarding output (hashed, to compare runs), and measures it. */
function measure(args, env = {}, pin = undefined) {
  const usageFile = join(cacheDir, `usage-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const node = [process.execPath, '--require', join(cacheDir, 'usage-hook.cjs'), ...args];
    const [cmd, ...argv] = pin === undefined ? node : ['taskset', '-c', pin, ...node];
    const child = spawn(cmd, argv, {
      cwd: root,
      env: { ...process.env, LANG: 'C.UTF-8', SOURCE_DATE_EPOCH: '1700000000', BENCH_USAGE: usageFile, ...env },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const hash = createHash('sha256');
    child.stdout.on('data', (d) => hash.update(d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wall = performance.now() - t0;
      let usage = { cpu: NaN, rss: NaN };
      try {
        usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      } catch {
        // no record: the process died before exit handlers ran
      }
      resolve({ wall, code, out: hash.digest('hex'), ...usage });
    });
  });
}

/** `kijun check` as the folder benchmarks run it: JSON, no progress, never failing, on `jobs` threads. */
export function kijunCheckArgs(cli, jobs, targets) {
  return [cli, 'check', '--no-progress', '--fail-on', 'none', '--format', 'json', '--jobs', String(jobs), ...targets];
}

export async function folderBench({ short = false } = {}) {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'usage-hook.cjs'), USAGE_HOOK);
  const count = short ? 40 : 200;
  const rounds = short ? 1 : 3;
  const folder = folderOf(count, 7);
  const n = availableParallelism();
  const cli = join(root, 'server/out/cli.js');
  const cli2 = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const tools = [
    {
      name: 'Kijun --jobs 1',
      args: kijunCheckArgs(cli, 1, [folder.dir]),
    },
    {
      name: `Kijun --jobs ${Math.max(2, n)}`,
      args: kijunCheckArgs(cli, Math.max(2, n), [folder.dir]),
    },
    ...(existsSync(cli2) ? [{ name: 'markdownlint-cli2', args: [cli2, `${folder.dir}/*.md`] }] : []),
  ];
  // Both Kijun runs again on one core (taskset -c 0): the CPU time a second thread adds, which bounds the speed-up
  // on idle cores (jobs ÷ this ratio) whatever the machine's other processes leave.
  const pinnable = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  if (pinnable) for (const t of tools.slice(0, 2)) tools.push({ ...t, name: `${t.name}, one core`, pin: '0' });
  log(
    `folder: ${folder.files} files, ${(folder.bytes / 1e6).toFixed(1)} MB, ${rounds} round(s): ${tools.map((t) => t.name).join(', ')}`,
  );
  await measure([cli, 'check', '--no-progress', '--fail-on', 'none', join(folder.dir, 'policy-001.md')]); // warms the code cache
  const runs = new Map(tools.map((t) => [t.name, []]));
  for (let i = 0; i < rounds; i++) {
    for (const t of tools) {
      const r = await measure(t.args, {}, t.pin);
      runs.get(t.name).push(r);
      log(`  ${t.name}: ${fmt(r.wall)} ms wall, ${fmt(r.cpu)} ms CPU, ${fmt(r.rss / 1e6)} MB, exit ${r.code}`);
    }
  }
  const rows = tools.map((t) => {
    const rs = runs.get(t.name);
    const wall = median(rs.map((r) => r.wall));
    return {
      name: t.name,
      wall,
      cpu: median(rs.map((r) => r.cpu)),
      rss: Math.max(...rs.map((r) => r.rss)),
      outs: new Set(rs.map((r) => r.out)),
      code: rs[0].code,
    };
  });
  const [one, many] = rows;
  const same = one.outs.size === 1 && many.outs.size === 1 && [...one.outs][0] === [...many.outs][0];
  const pinned = rows.filter((r) => r.name.endsWith(', one core'));
  const pinnedCpu = pinned.length === 2 ? pinned[1].cpu / pinned[0].cpu : undefined;
  return { folder, rounds, rows, same, n, speedup: one.wall / many.wall, pinnedCpu };
}

function editScript(text, count, seed) {
  const r = rng(seed);
  const edits = [];
  let t = text;
  for (let i = 0; i < count; i++) {
    const offset = r.int(t.length);
    const ins = r.pick(['あ', '。', 'a', '情']);
    edits.push({ range: { start: positionAt(t, offset), end: positionAt(t, offset) }, text: ins });
    t = t.slice(0, offset) + ins + t.slice(offset);
  }
  return edits;
}

function cpuOf(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return NaN;
  }
}

export async function v8Bench({ short = false } = {}) {
  const bytes = short ? 2_000_000 : 5_000_000;
  const rounds = short ? 2 : 3;
  const file = join(cacheDir, `policy-${bytes}.md`);
  const text = generatePolicy(bytes, 2024);
  writeFileSync(file, text);
  const launch = JSON.parse(readFileSync(join(root, 'server/src/protocol/launch.json'), 'utf8')).execArgv;
  const oldSpace = launch.filter((a) => a.startsWith('--max-old-space-size'));
  const configs = [
    { name: `launch.json (${launch.join(' ')})`, args: launch },
    { name: `Node's default young generation (${oldSpace.join(' ')})`, args: oldSpace },
    { name: '--max-semi-space-size=16', args: [...oldSpace, '--max-semi-space-size=16'] },
    { name: '--max-semi-space-size=32', args: [...oldSpace, '--max-semi-space-size=32'] },
  ];
  const edits = editScript(text, 10, 3);
  const server = join(root, 'server/out/server.js');
  const results = new Map(configs.map((c) => [c.name, []]));
  log(`V8 options: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB policy, ${rounds} round(s)`);
  for (let i = 0; i < rounds; i++) {
    for (const c of configs) {
      const s = new LspSession(server, { cwd: root, nodeArgs: c.args });
      await s.initialize(cacheDir);
      const cpu0 = cpuOf(s.child.pid);
      const { uri, wait } = s.open(file, text);
      const t0 = performance.now();
      await wait;
      const open = performance.now() - t0;
      const cpuOpen = cpuOf(s.child.pid) - cpu0;
      const rssOpen = s.peakRss();
      let v = 1;
      const t1 = performance.now();
      for (const e of edits) await s.change(uri, ++v, [e]);
      const editMs = (performance.now() - t1) / edits.length;
      const cpu = cpuOf(s.child.pid) - cpu0;
      const rss = s.peakRss();
      await s.close();
      results.get(c.name).push({ open, cpuOpen, rssOpen, editMs, cpu, rss });
      log(
        `  ${c.name}: open ${fmt(open)} ms (CPU ${fmt(cpuOpen)} ms), peak ${fmt(rssOpen / 1e6)} MB; 10 edits ${fmt(editMs, 1)} ms each, CPU in all ${fmt(cpu)} ms, peak ${fmt(rss / 1e6)} MB`,
      );
    }
  }
  const rows = configs.map((c) => {
    const rs = results.get(c.name);
    const m = (k) => median(rs.map((r) => r[k]));
    return {
      name: c.name,
      open: m('open'),
      cpuOpen: m('cpuOpen'),
      rssOpen: m('rssOpen'),
      editMs: m('editMs'),
      cpu: m('cpu'),
      rss: m('rss'),
    };
  });
  return { bytes: Buffer.byteLength(text), rounds, rows };
}

/** The Markdown of both measurements. */
export async function throughputSections({ short = false } = {}) {
  const startLoad = loadavg();
  const f = await folderBench({ short });
  const v = await v8Bench({ short });
  const endLoad = loadavg();
  const L = [];
  const load = `load average ${startLoad.map((x) => x.toFixed(2)).join(' / ')} at start, ${endLoad.map((x) => x.toFixed(2)).join(' / ')} at end`;
  L.push('## Folder throughput: `kijun check` on many files', '');
  L.push(
    `${short ? 'SHORT variant (`node bench/throughput.mjs --short`)' : '`npm run bench`'}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${load}, ${availableParallelism()} cores available. A folder of ${f.folder.files} generated policies of 50–500 KB (${(f.folder.bytes / 1e6).toFixed(1)} MB; bench/generate.mjs, sizes drawn with seed 7); each tool its own process, ${f.rounds === 1 ? 'one run each' : `median of ${f.rounds} runs`}, round-robin. Kijun: \`kijun check --format json --fail-on none --jobs J\` (the built CLI, code cache warm); markdownlint-cli2 ${version('markdownlint-cli2')} (markdownlint ${version('markdownlint')}, default rules, one thread). CPU: user + system of the whole process, all threads.`,
    '',
  );
  L.push('| tool | wall ms | CPU ms | CPU / wall | peak RSS MB | files/s | MB/s | wall vs Kijun --jobs 1 |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  const base = f.rows[0].wall;
  const [one, many] = f.rows;
  for (const r of f.rows)
    L.push(
      `| ${r.name} | ${fmt(r.wall)} | ${fmt(r.cpu)} | ${(r.cpu / r.wall).toFixed(2)} | ${fmt(r.rss / 1e6)} | ${(f.folder.files / (r.wall / 1000)).toFixed(1)} | ${(f.folder.bytes / 1e6 / (r.wall / 1000)).toFixed(2)} | ${(r.wall / base).toFixed(2)} × |`,
    );
  L.push(
    '',
    `Speed-up of --jobs ${Math.max(2, f.n)} over --jobs 1: **${f.speedup.toFixed(2)} ×** wall time (target ≥ 1.7 × with 2 jobs). CPU time of --jobs ${Math.max(2, f.n)} / --jobs 1: ${(many.cpu / one.cpu).toFixed(2)} × (what the threads cost beyond the work itself; the wall-time speed-up cannot exceed jobs ÷ this, nor the CPU the machine's other processes leave).${f.pinnedCpu ? ` Pinned to one core (\`taskset -c 0\`, the two "one core" rows): ${f.pinnedCpu.toFixed(2)} ×, so on ${Math.max(2, f.n)} idle cores at most ${(Math.max(2, f.n) / f.pinnedCpu).toFixed(2)} ×.` : ''} The JSON output of both runs is ${f.same ? 'byte-identical' : '**NOT identical**'} (SOURCE_DATE_EPOCH fixed).`,
    '',
  );
  L.push("## The language server's V8 options", '');
  L.push(
    `The server as built (server/out/server.js) opens a generated ${(v.bytes / 1e6).toFixed(1)} MB policy (time to its first diagnostics: the full check) and takes 10 one-character edits, each waiting for its diagnostics; ${v.rounds === 1 ? 'one run' : `median of ${v.rounds} runs`} per option set, round-robin. CPU: the server process's user + system time from /proc (10 ms ticks); RSS: its peak (VmHWM).`,
    '',
  );
  L.push(
    '| Node options | open → diagnostics ms | CPU of the open ms | peak RSS after open MB | ms per edit | CPU open + 10 edits ms | peak RSS after edits MB |',
  );
  L.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of v.rows)
    L.push(
      `| ${r.name} | ${fmt(r.open)} | ${fmt(r.cpuOpen)} | ${fmt(r.rssOpen / 1e6)} | ${fmt(r.editMs, 1)} | ${fmt(r.cpu)} | ${fmt(r.rss / 1e6)} |`,
    );
  L.push('');
  return { lines: L, folder: f, v8: v };
}

function version(pkg) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

const START = '<!-- throughput: written by bench/throughput.mjs -->';
const END = '<!-- /throughput -->';

/** results.md with the throughput part replaced (or added before the targets). */
export function withSection(results, lines) {
  const block = `${START}\n${lines.join('\n')}\n${END}`;
  const a = results.indexOf(START);
  const b = results.indexOf(END);
  if (a >= 0 && b > a) return results.slice(0, a) + block + results.slice(b + END.length);
  const at = results.indexOf('\n## Targets');
  return at >= 0 ? `${results.slice(0, at + 1)}${block}\n\n${results.slice(at + 1)}` : `${results}\n${block}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const short = process.argv.includes('--short');
  const { lines } = await throughputSections({ short });
  const file = join(here, 'results.md');
  writeFileSync(
    file,
    withSection(existsSync(file) ? readFileSync(file, 'utf8') : '# Kijun benchmark results\n', lines),
  );
  console.log(lines.join('\n'));
}
