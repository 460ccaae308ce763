// Kijun benchmark: `npm run bench` (builds first), or `node bench/run.mjs [--quick] [--profile]`.
//
// Measures, in one run, on deterministic generated policies of 50 KB, 500 KB, 2 MB and 5 MB (Japanese 条 articles,
// decimal sections with (1)/(a)/(ア) items, lists, tables, English annexes, code examples, 別表):
//   1. Kijun's full check vs a whole-document remark + remark-gfm parse of the same text,
//   2. Kijun's full check vs markdownlint (library API, default rules),
//   3. edit-to-diagnostics latency through the real server over stdio (200 single-character edits at random
//      places in the 500 KB policy, incremental sync),
//   4. cold start (spawn, initialize, open the 50 KB policy, first diagnostics),
//   5. peak RSS of the server with the 5 MB policy open,
//   6. time per MB at each size,
//   7. the size of the packaged .vsix,
//   8. folder throughput (kijun check --jobs 1 vs N vs markdownlint-cli2) and the server's V8 options (throughput.mjs),
//   9. edit-to-diagnostics latency through the server at 50 KB, 500 KB, 2 MB and 5 MB, with the server's CPU time per
//      edit beside the wall time (edits), and on a 500 KB policy that is one table or one nested list (shapes),
//  10. the server's memory (peak and current RSS) after opening a 5 MB policy and after 20 edits, general and one list
//      (memory).
// Medians after warm-up; the tools run round-robin, each in its own process. Writes bench/results.md and
// bench/scaling.svg and prints the table. --profile also writes CPU profiles (bench/.cache/profiles) and puts the
// functions with the most self time in results.md. --quick: fewer runs, for trying the script.
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { generatePolicy, rng } from './generate.mjs';
import { LspSession, positionAt } from './lsp.mjs';
import { throughputSections, withSection } from './throughput.mjs';
import { esbuildPlugin as gfmTableEditMap } from '../scripts/gfmTableEditMap.mjs';
import { esbuildPlugin as micromarkText } from '../scripts/micromarkText.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cacheDir = join(here, '.cache');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const PROFILE = args.includes('--profile');
// --only=check,edit,cold,rss,vsix,folder,edits,shapes,memory runs part of the benchmark. The whole of results.md needs
// the first five; a partial run rewrites only the sections of the parts it ran (folder: bench/throughput.mjs, folder
// throughput and the server's V8 options, --quick runs its short variant; edits, shapes, memory: the "Editing large
// documents" section) and their rows of the Targets table, e.g. `node bench/run.mjs --quick --only=edits,shapes,memory`.
const ALL_PARTS = ['check', 'edit', 'cold', 'rss', 'vsix', 'folder', 'edits', 'shapes', 'memory'];
const ONLY =
  args
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',') ?? ALL_PARTS;
for (const part of ONLY) if (!ALL_PARTS.includes(part)) throw new Error(`--only: unknown part ${part}`);
const doing = (part) => ONLY.includes(part);
const require = createRequire(import.meta.url);
mkdirSync(cacheDir, { recursive: true });

const SIZES = [
  { label: '50 KB', bytes: 50_000, warm: 2, runs: QUICK ? 3 : 9 },
  { label: '500 KB', bytes: 500_000, warm: 2, runs: QUICK ? 3 : 7 },
  { label: '2 MB', bytes: 2_000_000, warm: 1, runs: QUICK ? 1 : 5 },
  { label: '5 MB', bytes: 5_000_000, warm: 1, runs: QUICK ? 1 : 3 },
];
const EDITS = QUICK ? 40 : 200;
const EDIT_WARMUP = 10;
const COLD_RUNS = QUICK ? 3 : 7;
const TOOLS = ['kijun', 'remark', 'remark-sections', 'markdownlint'];
const startLoad = loadavg();
const log = (...a) => console.error('bench:', ...a);
// The section of results.md that the parts edits, shapes and memory write (a partial run replaces only it).
const EDITING_START = '<!-- editing: written by bench/run.mjs (parts edits, shapes, memory) -->';
const EDITING_END = '<!-- /editing -->';
const MB = (x) => (x === undefined || Number.isNaN(x) ? '?' : (x / 1e6).toFixed(0));

// ---------------------------------------------------------------------------------------------------- helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mb = (bytes) => bytes / 1_000_000;
const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
  } catch {
    try {
      return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  }
};

// ------------------------------------------------------------------------------------------------------ builds
// Profiles need readable names: --profile builds without minifying (and writes bench/profile.md, not results.md).
// Kijun as built: with the linear-time table EditMap of scripts/build.mjs. remark and markdownlint run as published.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !PROFILE,
  keepNames: true,
  logLevel: 'warning',
  legalComments: 'none',
  define: { KIJUN_VERSION: JSON.stringify('bench') },
  plugins: [gfmTableEditMap(), micromarkText()],
};
const coreBundle = join(cacheDir, 'core.cjs');
await build({ ...common, entryPoints: [join(root, 'server/src/core/index.ts')], outfile: coreBundle });
// The server as built (server/out/server.js: a loader of server/out/kijun.js through the V8 code cache); --profile
// measures an un-minified bundle of the same server instead.
const builtServer = join(root, 'server/out/server.js');
const serverPath = PROFILE ? join(cacheDir, 'server-profile.js') : builtServer;
// The Node options the VS Code client starts the server with (server/src/protocol/launch.json): measured the same way.
const launchFile = join(root, 'server/src/protocol/launch.json');
// KIJUN_SERVER_ARGS (space-separated, '' for none) measures other options instead, e.g. to choose them.
const serverNodeArgs =
  process.env.KIJUN_SERVER_ARGS !== undefined
    ? process.env.KIJUN_SERVER_ARGS.split(' ').filter(Boolean)
    : existsSync(launchFile)
      ? JSON.parse(readFileSync(launchFile, 'utf8')).execArgv
      : [];
if (!existsSync(builtServer))
  throw new Error('server/out/server.js is missing: run `npm run build` first (npm run bench does)');
if (PROFILE)
  await build({
    ...common,
    stdin: {
      contents: "import { startServer } from './server/src/kijun'; startServer();",
      resolveDir: root,
      loader: 'ts',
    },
    // (As scripts/build.mjs: the MCP SDK and the importer are bundles of their own, loaded when used.)
    external: ['./mcp-sdk.js', './import.js'],
    outfile: serverPath,
    banner: { js: '#!/usr/bin/env node' },
  });

// -------------------------------------------------------------------------------------------------- documents
const docs = SIZES.map((s) => {
  const file = join(cacheDir, `policy-${s.bytes}.md`);
  const text = generatePolicy(s.bytes, 2024);
  writeFileSync(file, text);
  return { ...s, file, text, size: Buffer.byteLength(text, 'utf8') };
});

// -------------------------------------------------------------------------------------------- 1, 2, 6: full checks
function startWorker(tool, file, profileDir) {
  const execArgv = ['--max-old-space-size=8192'];
  if (profileDir && tool === 'kijun') execArgv.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  const child = fork(join(here, 'worker.mjs'), [tool, file, coreBundle], {
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const queue = [];
  child.on('message', (m) => queue.shift()?.(m));
  const next = () => new Promise((resolve) => queue.push(resolve));
  const ready = next();
  return {
    ready,
    run: () => {
      const p = next();
      child.send('run');
      return p;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send('exit');
      }),
  };
}

const full = [];
for (const d of doing('check') ? docs : []) {
  const profileDir = PROFILE && d.bytes >= 2_000_000 ? join(cacheDir, 'profiles', `check-${d.bytes}`) : undefined;
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  const times = Object.fromEntries(TOOLS.map((t) => [t, []]));
  const cpu = Object.fromEntries(TOOLS.map((t) => [t, []]));
  const info = {};
  for (const tool of TOOLS) {
    // One process per tool and size; the tools take turns so that load from elsewhere hits all of them alike.
    const w = startWorker(tool, d.file, profileDir);
    await w.ready;
    info[tool] = w;
  }
  for (let r = 0; r < d.warm + d.runs; r++) {
    for (const tool of TOOLS) {
      const res = await info[tool].run();
      if (r >= d.warm) {
        times[tool].push(res.ms);
        cpu[tool].push(res.cpu);
      }
      info[`${tool}:info`] = res.info;
    }
    log(
      `${d.label} round ${r + 1}/${d.warm + d.runs}: ${TOOLS.map((t) => `${t} ${ms(times[t].at(-1) ?? NaN)} ms`).join(', ')}`,
    );
  }
  for (const tool of TOOLS) await info[tool].stop();
  full.push({
    ...d,
    kijun: median(times.kijun),
    remark: median(times.remark),
    remarkSections: median(times['remark-sections']),
    markdownlint: median(times.markdownlint),
    cpu: Object.fromEntries(TOOLS.map((t) => [t, median(cpu[t])])),
    samples: times,
    info: Object.fromEntries(TOOLS.map((t) => [t, info[`${t}:info`]])),
    profileDir,
  });
}

// ------------------------------------------------------------------------------------------- 3: edit latency
function editScript(text, n, seed) {
  const r = rng(seed);
  const chars = ['あ', 'い', '。', '、', 'a', 'e', ' ', '情', '報', '1'];
  const edits = [];
  let t = text;
  for (let i = 0; i < n; i++) {
    const offset = r.int(t.length);
    const c = t.charCodeAt(offset);
    const del = r.chance(0.3) && c !== 10 && c !== 13 && !(c >= 0xd800 && c <= 0xdfff);
    const range = { start: positionAt(t, offset), end: positionAt(t, del ? offset + 1 : offset) };
    const ins = del ? '' : r.pick(chars);
    edits.push({ range, text: ins, offset, del });
    t = t.slice(0, offset) + ins + t.slice(del ? offset + 1 : offset);
  }
  return edits;
}

async function editLatency(server, doc, edits, nodeArgs = []) {
  const s = new LspSession(server, { cwd: root, nodeArgs: [...serverNodeArgs, ...nodeArgs] });
  await s.initialize(cacheDir);
  const { uri, wait } = s.open(doc.file, doc.text);
  await wait;
  const latencies = [];
  let version = 1;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    version++;
    const t = performance.now();
    const { at } = await s.change(uri, version, [{ range: e.range, text: e.text }]);
    if (i >= EDIT_WARMUP) latencies.push(at - t);
  }
  const rss = s.peakRss();
  await s.close();
  return { latencies, rss, p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), max: Math.max(...latencies) };
}

const doc500 = docs.find((d) => d.bytes === 500_000);
const edits = editScript(doc500.text, EDITS + EDIT_WARMUP, 77);
let shipped;
let inproc;
if (doing('edit')) {
  log(`edit latency: ${EDITS} edits (+${EDIT_WARMUP} warm-up) on the 500 KB policy, server as built`);
  const profileDir = PROFILE ? join(cacheDir, 'profiles', 'server-edits') : undefined;
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  shipped = await editLatency(
    serverPath,
    doc500,
    edits,
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  shipped.profileDir = profileDir;
  log(`server as built: p50 ${ms(shipped.p50)} p95 ${ms(shipped.p95)} ms`);
  // The core alone, in this process: the incremental analyzer on the same edits.
  const core = require(coreBundle);
  inproc = (() => {
    const a = core.createIncrementalAnalyzer();
    a.update(doc500.text);
    const times = [];
    for (let i = 0; i < edits.length; i++) {
      const t = performance.now();
      a.applyEdits([{ range: edits[i].range, text: edits[i].text }]);
      if (i >= EDIT_WARMUP) times.push(performance.now() - t);
    }
    return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times) };
  })();
  log(`core in process: p50 ${ms(inproc.p50)} p95 ${ms(inproc.p95)} ms`);
}

// ------------------------------------------------------------------------------------------------ 4: cold start
const doc50 = docs.find((d) => d.bytes === 50_000);
// The server keeps a V8 code cache of its bundle (server/src/node/codeCache.ts): the first start on a machine
// compiles and writes it, later starts read it. Both are measured, each in a cache folder of its own.
const coldCacheDir = join(cacheDir, 'code-cache');
rmSync(coldCacheDir, { recursive: true, force: true });
async function coldStart(env) {
  const s = new LspSession(serverPath, { cwd: root, env, nodeArgs: serverNodeArgs });
  await s.initialize(cacheDir);
  const { wait } = s.open(doc50.file, doc50.text);
  const { at } = await wait;
  await s.close();
  return at - s.t0;
}
const cold = [];
const coldNoCache = [];
if (doing('cold')) {
  for (let i = 0; i < COLD_RUNS; i++) {
    // Without a cache: a fresh, empty folder every time (what the very first start on a machine does).
    const fresh = join(cacheDir, `code-cache-none-${i}`);
    rmSync(fresh, { recursive: true, force: true });
    coldNoCache.push(await coldStart({ KIJUN_CODE_CACHE_DIR: fresh }));
    rmSync(fresh, { recursive: true, force: true });
  }
  await coldStart({ KIJUN_CODE_CACHE_DIR: coldCacheDir }); // writes the cache (at exit)
  for (let i = 0; i < COLD_RUNS; i++) cold.push(await coldStart({ KIJUN_CODE_CACHE_DIR: coldCacheDir }));
}
if (cold.length)
  log(
    `cold start: ${cold.map(ms).join(', ')} ms (code cache); ${coldNoCache.map(ms).join(', ')} ms (first start, no cache)`,
  );

// ----------------------------------------------------------------------------------------------- 5: peak RSS
const doc5 = docs.find((d) => d.bytes === 5_000_000);
const rss = !doing('rss')
  ? undefined
  : await (async () => {
      const s = new LspSession(serverPath, { cwd: root, nodeArgs: serverNodeArgs });
      await s.initialize(cacheDir);
      const { uri, wait } = s.open(doc5.file, doc5.text);
      const t = performance.now();
      await wait;
      const open = performance.now() - t;
      const afterOpen = s.peakRss();
      // A few edits as well: the incremental state is part of what the server keeps.
      const few = editScript(doc5.text, 10, 5);
      let v = 1;
      for (const e of few) await s.change(uri, ++v, [{ range: e.range, text: e.text }]);
      const peak = s.peakRss();
      await s.close();
      return { open, afterOpen, peak };
    })();
if (rss) log(`5 MB: first diagnostics after ${ms(rss.open)} ms, peak RSS ${(rss.peak / 2 ** 20).toFixed(0)} MiB`);

// ------------------------------------------------------------------------- 9, 10: editing large documents, memory
// Every edit waits for its diagnostics. Beside the wall time, the server's CPU time for the edit (all its threads,
// from /proc/PID/task/*/schedstat), which the machine's other processes disturb less; the total from /proc/PID/stat
// (10 ms ticks) divided by the edits checks it.
const SHAPE_BYTES = 500_000;
const MEMORY_EDITS = 20;
// One 5 MB list costs seconds per edit today: --quick takes fewer edits there (and says so).
const LIST_MEMORY_EDITS = QUICK ? 5 : MEMORY_EDITS;
const shapeDoc = (shape, bytes) => {
  const file = join(cacheDir, `policy-${shape}-${bytes}.md`);
  const text = generatePolicy(bytes, 2024, { shape });
  writeFileSync(file, text);
  return {
    label: `${bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`} single ${shape}`,
    file,
    text,
    size: Buffer.byteLength(text, 'utf8'),
  };
};

/** Opens `doc` in the server as built and runs `edits`; undefined fields if the server died (out of memory). */
async function serverEdits(doc, edits, { memory = false } = {}) {
  const s = new LspSession(serverPath, { cwd: root, nodeArgs: serverNodeArgs });
  await s.initialize(cacheDir);
  const died = s.exited().then(() => 'died');
  const cpuOpen0 = s.cpuNs();
  const t0 = performance.now();
  const { uri, wait } = s.open(doc.file, doc.text);
  if ((await Promise.race([wait, died])) === 'died') return { died: 'open', stderr: s.stderr.slice(-300) };
  const open = { wall: performance.now() - t0, cpu: s.cpuNs() - cpuOpen0, peak: s.peakRss(), rss: s.rss() };
  const wall = [];
  const cpu = [];
  let ticks0 = s.cpuTicks();
  let version = 1;
  for (let i = 0; i < edits.length; i++) {
    if (!memory && i === EDIT_WARMUP) ticks0 = s.cpuTicks();
    const c0 = s.cpuNs();
    const t = performance.now();
    const done = s.change(uri, ++version, [{ range: edits[i].range, text: edits[i].text }]);
    const r = await Promise.race([done, died]);
    if (r === 'died') return { open, died: `edit ${i + 1}`, stderr: s.stderr.slice(-300) };
    if (memory || i >= EDIT_WARMUP) {
      wall.push(r.at - t);
      cpu.push(s.cpuNs() - c0);
    }
  }
  const ticks = (s.cpuTicks() - ticks0) / Math.max(1, wall.length);
  const after = { peak: s.peakRss(), rss: s.rss() };
  await s.close();
  const stats = (xs) => ({ p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) });
  return { open, after, n: wall.length, wall: stats(wall), cpu: stats(cpu), ticks };
}

const editRuns = [];
if (doing('edits'))
  for (const d of docs) {
    log(`edits: ${EDITS} edits (+${EDIT_WARMUP} warm-up) on the ${d.label} policy, server as built`);
    const r = await serverEdits(d, editScript(d.text, EDITS + EDIT_WARMUP, 77));
    editRuns.push({ doc: d, ...r });
    log(
      `  ${d.label}: ${r.died ? `server died (${r.died})` : `p50 ${ms(r.wall.p50)} ms (CPU ${ms(r.cpu.p50)}), p95 ${ms(r.wall.p95)} ms (CPU ${ms(r.cpu.p95)})`}`,
    );
  }
const shapeRuns = [];
if (doing('shapes'))
  for (const shape of ['table', 'list']) {
    const d = shapeDoc(shape, SHAPE_BYTES);
    log(`shapes: ${EDITS} edits (+${EDIT_WARMUP} warm-up) on the ${d.label} policy`);
    const r = await serverEdits(d, editScript(d.text, EDITS + EDIT_WARMUP, 78));
    shapeRuns.push({ doc: d, ...r });
    log(
      `  ${d.label}: ${r.died ? `server died (${r.died})` : `p50 ${ms(r.wall.p50)} ms (CPU ${ms(r.cpu.p50)}), p95 ${ms(r.wall.p95)} ms (CPU ${ms(r.cpu.p95)})`}`,
    );
  }
const memoryRuns = [];
if (doing('memory'))
  for (const [d, n] of [
    [docs.find((x) => x.bytes === 5_000_000), MEMORY_EDITS],
    [shapeDoc('list', 5_000_000), LIST_MEMORY_EDITS],
  ]) {
    log(`memory: open the ${d.label} policy, then ${n} edits`);
    const r = await serverEdits(d, editScript(d.text, n, 79), { memory: true });
    memoryRuns.push({ doc: d, edits: n, ...r });
    const mbs = (x) => (x === undefined ? '?' : `${(x / 1e6).toFixed(0)} MB`);
    log(
      `  ${d.label}: after open peak ${mbs(r.open?.peak)} now ${mbs(r.open?.rss)}; ${r.died ? `server died (${r.died})` : `after ${n} edits peak ${mbs(r.after.peak)} now ${mbs(r.after.rss)}`}`,
    );
  }

// -------------------------------------------------------------------------------------------------- 7: .vsix
const vsix = !doing('vsix')
  ? undefined
  : (() => {
      const script = join(root, 'scripts/package.mjs');
      if (existsSync(script)) {
        const out = join(cacheDir, 'kijun.vsix');
        rmSync(out, { force: true });
        const r = spawnSync(process.execPath, [script, '--no-build', '--out', out], { cwd: root, encoding: 'utf8' });
        if (r.status === 0 && existsSync(out))
          return { bytes: statSync(out).size, how: '`node scripts/package.mjs --no-build` (vsce package)' };
        log(`packaging failed (${r.status}): ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' | ')}`);
      }
      const files = ['client/out/extension.js', 'server/out/server.js', 'server/out/cli.js']
        .map((f) => join(root, f))
        .filter(existsSync);
      return {
        bytes: files.reduce((n, f) => n + statSync(f).size, 0),
        how: 'NOT packaged: sum of the bundled files (no `npm run package` available)',
      };
    })();

// ------------------------------------------------------------------------------------------------- profiles
function loadProfiles(dir) {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

/** Share of the busy (not idle) samples spent in each named function and everything it called (no double counting). */
function phases(profiles, names) {
  const totals = Object.fromEntries(names.map((n) => [n, 0]));
  let busy = 0;
  for (const prof of profiles) {
    const byId = new Map(prof.nodes.map((x) => [x.id, x]));
    const parent = new Map();
    for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
    for (let i = 0; i < prof.samples.length; i++) {
      const dt = prof.timeDeltas[i] ?? 0;
      const leaf = byId.get(prof.samples[i]);
      const fn = leaf.callFrame.functionName;
      if (fn === '(idle)' || fn === '(program)') continue;
      busy += dt;
      if (fn === '(garbage collector)' && '(garbage collector)' in totals) totals['(garbage collector)'] += dt;
      // The outermost named function on the stack counts the sample.
      const seen = new Set();
      for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
        const name = byId.get(id).callFrame.functionName;
        if (name in totals && !seen.has(name)) seen.add(name);
      }
      for (const name of seen) totals[name] += dt;
    }
  }
  return names.map((n) => ({ fn: n, share: busy ? totals[n] / busy : 0 }));
}

function topFunctions(profiles, n = 15) {
  const self = new Map();
  let busy = 0;
  for (const prof of profiles) {
    const byId = new Map(prof.nodes.map((x) => [x.id, x]));
    for (let i = 0; i < prof.samples.length; i++) {
      const cf = byId.get(prof.samples[i]).callFrame;
      if (cf.functionName === '(idle)' || cf.functionName === '(program)') continue;
      const dt = prof.timeDeltas[i] ?? 0;
      busy += dt;
      const key = `${cf.functionName || '(anonymous)'}${cf.url ? ` (${cf.url.split('/').pop()}:${cf.lineNumber + 1})` : ''}`;
      self.set(key, (self.get(key) ?? 0) + dt);
    }
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, t]) => ({ fn, share: t / busy }));
}

// -------------------------------------------------------------------------------------------------- report
const CHECK_PHASES = [
  'analyzeText',
  'checkLimits',
  'parsePiece',
  'parseMarkdown',
  'buildPiece',
  'assemble',
  'checkDocument',
  'verdictsOf',
  'addFindings',
  '(garbage collector)',
];
const SERVER_PHASES = [
  'checkLimits',
  'diff',
  'parsePiece',
  'parseMarkdown',
  'buildPiece',
  'assemble',
  'checkDocument',
  'LineIndex',
  'verdictsOf',
  'addFindings',
  'publish',
  'toDiagnostic',
  '(garbage collector)',
];
if (PROFILE) {
  const p = [
    '# Where the time goes (bench/run.mjs --profile)',
    '',
    'CPU profiles (node --cpu-prof) of un-minified bundles, busy samples only (idle excluded). "Phase" rows count a sample for a function when it is on the stack (so nested phases overlap); "self" rows are the functions with the most self time.',
    '',
  ];
  for (const d of full.filter((x) => x.profileDir)) {
    const profs = loadProfiles(d.profileDir);
    p.push(
      `## Kijun full check, ${d.label} (all runs, warm-up included)`,
      '',
      '| phase | share of busy time |',
      '|---|---:|',
    );
    for (const f of phases(profs, CHECK_PHASES)) p.push(`| ${f.fn} | ${(100 * f.share).toFixed(1)} % |`);
    p.push('', 'Self time:', '');
    for (const f of topFunctions(profs)) p.push(`- ${(100 * f.share).toFixed(1)} % ${f.fn}`);
    p.push('');
  }
  if (shipped?.profileDir) {
    const profs = loadProfiles(shipped.profileDir);
    p.push('## Server: open the 500 KB policy, then the edits', '', '| phase | share of busy time |', '|---|---:|');
    for (const f of phases(profs, SERVER_PHASES)) p.push(`| ${f.fn} | ${(100 * f.share).toFixed(1)} % |`);
    p.push('', 'Self time:', '');
    for (const f of topFunctions(profs)) p.push(`- ${(100 * f.share).toFixed(1)} % ${f.fn}`);
    p.push('');
  }
  writeFileSync(join(here, 'profile.md'), `${p.join('\n')}\n`);
  console.log(p.join('\n'));
  log('--profile: wrote bench/profile.md (results.md is written by runs without --profile)');
  process.exit(0);
}
// ---------------------------------------------------------------------- partial runs, the editing section, targets
const throughputRun = doing('folder') ? await throughputSections({ short: QUICK }) : undefined;
const editingLines = editingSection();
const issueTargetRows = issueTargets();
if (['check', 'edit', 'cold', 'rss', 'vsix'].some((part) => !doing(part))) {
  const file = join(here, 'results.md');
  let md = existsSync(file) ? readFileSync(file, 'utf8') : '# Kijun benchmark results\n';
  if (editingLines) md = withEditing(md, editingLines);
  if (throughputRun) md = withSection(md, throughputRun.lines);
  md = mergeTargets(md, issueTargetRows);
  writeFileSync(file, md);
  if (editingLines) console.log(editingLines.join('\n'));
  log(
    `partial run (--only=${ONLY.join(',')}): results.md got the sections of these parts and their rows of the Targets table; scaling.svg is not written`,
  );
  process.exit(0);
}
const d2 = full.find((d) => d.bytes === 2_000_000);
const d500 = full.find((d) => d.bytes === 500_000);
const d5 = full.find((d) => d.bytes === 5_000_000);
const growth = d5.kijun / d500.kijun;
const targets = [
  [
    'Full check, 2 MB ≤ 0.5 × whole-document remark parse',
    `${(d2.kijun / d2.remark).toFixed(2)} ×`,
    d2.kijun <= 0.5 * d2.remark,
  ],
  [
    'Full check, 2 MB faster than markdownlint',
    `${(d2.kijun / d2.markdownlint).toFixed(2)} ×`,
    d2.kijun < d2.markdownlint,
  ],
  ['5 MB ≤ 11 × the 500 KB time', `${growth.toFixed(1)} ×`, growth <= 11],
  ['Edit-to-diagnostics p95 ≤ 30 ms on 500 KB (server as built)', `${ms(shipped.p95)} ms`, shipped.p95 <= 30],
  ['Cold start ≤ 300 ms (median)', `${ms(median(cold))} ms`, median(cold) <= 300],
  [
    'Server RSS ≤ 200 MB with 5 MB open (peak after opening)',
    `${(rss.afterOpen / 1e6).toFixed(0)} MB (after 10 edits: ${(rss.peak / 1e6).toFixed(0)} MB)`,
    rss.afterOpen <= 200e6,
  ],
  ['.vsix ≤ 600 KB', `${(vsix.bytes / 1000).toFixed(0)} KB`, vsix.bytes <= 600_000],
  ...issueTargetRows,
];
const endLoad = loadavg();
const lines = [];
lines.push('# Kijun benchmark results', '');
lines.push(
  `Generated by \`npm run bench\` (bench/run.mjs${QUICK ? ' --quick' : ''}) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Policies are generated deterministically by bench/generate.mjs (seed 2024): one file with its 別表 and 実施手順 appended (body ≈ 70 %, appended 別表 tables ≈ 25 %, procedures ≈ 5 % of the text); every number is a median after warm-up unless marked.`,
  '',
);
lines.push('## Machine and versions', '');
lines.push(
  `- ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}`,
);
lines.push(
  `- load average at start ${startLoad.map((x) => x.toFixed(2)).join(' / ')}, at end ${endLoad.map((x) => x.toFixed(2)).join(' / ')} (the machine is shared: other processes compete for the 2 cores, so absolute times vary between runs; the ratios are measured round-robin in the same run)`,
);
lines.push(
  `- Node ${process.version}; kijun ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}; unified ${version('unified')}, remark-parse ${version('remark-parse')}, remark-gfm ${version('remark-gfm')}, micromark ${version('micromark')}, markdownlint ${version('markdownlint')}, vscode-languageserver ${version('vscode-languageserver')}, esbuild ${version('esbuild')}`,
);
lines.push(
  `- the language server runs as the VS Code client starts it: \`node ${[...serverNodeArgs, 'server/out/server.js', '--stdio'].join(' ')}\` (options from server/src/protocol/launch.json)`,
);
lines.push('');
lines.push('## Full check vs remark and markdownlint', '');
lines.push(
  'Kijun: `analyzeText` (parse per section with remark, model, check, findings) from the minified core bundle, as built (with the linear-time table EditMap, scripts/gfmTableEditMap.mjs). remark: `unified().use(remarkParse).use(remarkGfm).parse(text)` on the whole text, as published. remark per section: the same parser, as published, on the text cut before each ATX heading outside code fences (a reference point for what the sectioning alone gives). markdownlint: `lint({ strings })` from `markdownlint/sync`, default configuration. Each tool in its own process, runs interleaved.',
  '',
);
lines.push(
  '| size | Kijun ms | remark ms | remark per section ms | markdownlint ms | Kijun / remark | Kijun / markdownlint | Kijun ms/MB | remark ms/MB | remark per section ms/MB | markdownlint ms/MB | runs |',
);
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const d of full) {
  lines.push(
    `| ${d.label} (${d.size.toLocaleString('en')} B) | ${ms(d.kijun)} | ${ms(d.remark)} | ${ms(d.remarkSections)} | ${ms(d.markdownlint)} | ${(d.kijun / d.remark).toFixed(2)} | ${(d.kijun / d.markdownlint).toFixed(2)} | ${ms(d.kijun / mb(d.size))} | ${ms(d.remark / mb(d.size))} | ${ms(d.remarkSections / mb(d.size))} | ${ms(d.markdownlint / mb(d.size))} | ${d.warm}+${d.runs} |`,
  );
}
lines.push(
  '',
  'The same runs in CPU time of each process (user + system, all threads), which a busy machine disturbs less:',
  '',
);
lines.push(
  '| size | Kijun CPU ms | remark CPU ms | remark per section CPU ms | markdownlint CPU ms | Kijun / remark | Kijun / markdownlint |',
);
lines.push('|---|---:|---:|---:|---:|---:|---:|');
for (const d of full)
  lines.push(
    `| ${d.label} | ${ms(d.cpu.kijun)} | ${ms(d.cpu.remark)} | ${ms(d.cpu['remark-sections'])} | ${ms(d.cpu.markdownlint)} | ${(d.cpu.kijun / d.cpu.remark).toFixed(2)} | ${(d.cpu.kijun / d.cpu.markdownlint).toFixed(2)} |`,
  );
lines.push(
  '',
  `Kijun 5 MB / 500 KB: ${growth.toFixed(1)} × wall, ${(d5.cpu.kijun / d500.cpu.kijun).toFixed(1)} × CPU, for ${(d5.size / d500.size).toFixed(1)} × the text. Sanity: ${full.map((d) => `${d.label}: ${d.info.kijun}`).join('; ')}.`,
  '',
);
lines.push('![time against size](scaling.svg)', '');
lines.push('## Editing, start-up, memory, package', '');
lines.push('| measurement | p50 | p95 | max |');
lines.push('|---|---:|---:|---:|');
lines.push(
  `| edit → diagnostics, server as built, 500 KB, ${EDITS} edits (each waits for its diagnostics) | ${ms(shipped.p50)} ms | ${ms(shipped.p95)} ms | ${ms(shipped.max)} ms |`,
);
lines.push(
  `| incremental analysis alone (core, in process, same edits) | ${ms(inproc.p50)} ms | ${ms(inproc.p95)} ms | ${ms(inproc.max)} ms |`,
);
lines.push('', '| measurement | value |', '|---|---:|');
lines.push(
  `| cold start: spawn, initialize, open 50 KB, first diagnostics (median of ${COLD_RUNS}; min–max) | ${ms(median(cold))} ms (${ms(Math.min(...cold))}–${ms(Math.max(...cold))}) |`,
);
lines.push(
  `| the same, first start on the machine (no code cache yet; median of ${COLD_RUNS}; min–max) | ${ms(median(coldNoCache))} ms (${ms(Math.min(...coldNoCache))}–${ms(Math.max(...coldNoCache))}) |`,
);
lines.push(
  `| server peak RSS (VmHWM), 5 MB policy open + 10 edits | ${(rss.peak / 1e6).toFixed(0)} MB (after open: ${(rss.afterOpen / 1e6).toFixed(0)} MB) |`,
);
lines.push(`| server: 5 MB policy opened → first diagnostics | ${ms(rss.open)} ms |`);
lines.push(`| server peak RSS after the 500 KB edit run | ${(shipped.rss / 1e6).toFixed(0)} MB |`);
lines.push(`| .vsix size — ${vsix.how} | ${(vsix.bytes / 1000).toFixed(0)} KB |`);
if (editingLines) lines.push('', EDITING_START, ...editingLines, EDITING_END);
lines.push('', '## Targets', '', '| target | measured | met |', '|---|---:|:---:|');
for (const [name, value, ok] of targets) lines.push(`| ${name} | ${value} | ${ok ? 'yes' : '**no**'} |`);
lines.push('', '## How each target is reached, and what limits it', '');
lines.push(...limitNotes());
const throughput = throughputRun?.lines;
writeFileSync(
  join(here, 'results.md'),
  throughput ? withSection(`${lines.join('\n')}\n`, throughput) : `${lines.join('\n')}\n`,
);
writeFileSync(join(here, 'scaling.svg'), scalingSvg(full));
console.log(lines.join('\n'));

// ------------------------------------------------------------------------------------------ editing, targets

/** The "Editing large documents" section, from the parts edits, shapes and memory that ran; undefined if none did. */
function editingSection() {
  if (!editRuns.length && !shapeRuns.length && !memoryRuns.length) return undefined;
  const L = ['## Editing large documents: edit → diagnostics and memory, through the server', ''];
  const load = loadavg();
  L.push(
    `bench/run.mjs${QUICK ? ' --quick' : ''} (parts ${['edits', 'shapes', 'memory'].filter(doing).join(', ')}), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${startLoad.map((x) => x.toFixed(2)).join(' / ')} at the start of the run, ${load.map((x) => x.toFixed(2)).join(' / ')} at the end (2 cores shared with other processes: wall times include waiting for a core; the CPU columns do not). The server as built (server/out/server.js) with the Node options of server/src/protocol/launch.json (${serverNodeArgs.join(' ') || 'none'}), over stdio, incremental sync; each one-character edit (insert or delete at a random place, seeded) waits for its diagnostics before the next is sent. Wall: from sending the change to receiving its diagnostics. CPU: user + system time of all the server's threads during that edit (/proc/PID/task/*/schedstat); "CPU / edit, ticks" is the server's whole CPU time over the measured edits (/proc/PID/stat) divided by their number, a check of the finer figure.`,
    '',
  );
  const rows = [...editRuns, ...shapeRuns];
  if (rows.length) {
    L.push(
      '| policy | edits | wall p50 ms | wall p95 ms | wall max ms | CPU p50 ms | CPU p95 ms | CPU max ms | CPU / edit, ticks ms | open → diagnostics ms (CPU ms) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of rows) {
      const name = `${r.doc.label} (${r.doc.size.toLocaleString('en')} B)`;
      if (r.died) L.push(`| ${name} | — | server died (${r.died}) | | | | | | | |`);
      else
        L.push(
          `| ${name} | ${r.n} (+${EDIT_WARMUP}) | ${ms(r.wall.p50)} | ${ms(r.wall.p95)} | ${ms(r.wall.max)} | ${ms(r.cpu.p50)} | ${ms(r.cpu.p95)} | ${ms(r.cpu.max)} | ${ms(r.ticks)} | ${ms(r.open.wall)} (${ms(r.open.cpu)}) |`,
        );
    }
    L.push('');
  }
  const ratio = editRatio();
  if (ratio)
    L.push(
      `Growth with the size, 5 MB / 50 KB p50: **${ratio.wall.toFixed(1)} ×** wall, ${ratio.cpu.toFixed(1)} × CPU, for ${ratio.text.toFixed(0)} × the text (target ≤ 3).`,
      '',
    );
  if (shapeRuns.length)
    L.push(
      `Shapes (bench/generate.mjs \`{ shape }\`, seed 2024): "single table" is a short 総則 and then one 別表 that is a single GFM table of ${
        shapeRuns
          .find((r) => r.doc.label.includes('table'))
          ?.doc.text.split('\n')
          .filter((l) => l.startsWith('| '))
          .length.toLocaleString('en') ?? '?'
      } rows with Japanese cells; "single list" a short 総則 and then one numbered list of items with nested numbered and bulleted sub-items. Almost all of each text is one heading section.`,
      '',
    );
  if (memoryRuns.length) {
    L.push(
      '| policy | open → diagnostics ms (CPU ms) | peak RSS after open MB | RSS after open MB | edits | peak RSS after the edits MB | RSS after the edits MB | edit wall p50 / max ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of memoryRuns) {
      const name = `${r.doc.label} (${r.doc.size.toLocaleString('en')} B)`;
      const open = r.open
        ? `${ms(r.open.wall)} (${ms(r.open.cpu)}) | ${MB(r.open.peak)} | ${MB(r.open.rss)}`
        : 'server died | | ';
      const after = r.died
        ? `server died (${r.died}) | | `
        : `${MB(r.after.peak)} | ${MB(r.after.rss)} | ${ms(r.wall.p50)} / ${ms(r.wall.max)}`;
      L.push(`| ${name} | ${open} | ${r.edits} | ${after} |`);
    }
    L.push(
      '',
      `Peak RSS: VmHWM of the server process, current: VmRSS, from /proc/PID/status (MB = 10⁶ bytes), read once the diagnostics of the open, then of the last edit, have arrived.${QUICK && LIST_MEMORY_EDITS < MEMORY_EDITS ? ` --quick: ${LIST_MEMORY_EDITS} edits on the single list instead of ${MEMORY_EDITS}.` : ''}`,
      '',
    );
  }
  return L;
}

function editRatio() {
  const a = editRuns.find((r) => r.doc.bytes === 50_000);
  const b = editRuns.find((r) => r.doc.bytes === 5_000_000);
  if (!a || !b || a.died || b.died) return undefined;
  return { wall: b.wall.p50 / a.wall.p50, cpu: b.cpu.p50 / a.cpu.p50, text: b.doc.size / a.doc.size };
}

/** Rows [name, measured, met] for the targets of issue 14 whose parts ran. */
function issueTargets() {
  const rows = [];
  const p95 = (name, r) => {
    if (!r) return;
    if (r.died) rows.push([name, `server died (${r.died})`, false]);
    else rows.push([name, `${ms(r.wall.p95)} ms (CPU ${ms(r.cpu.p95)} ms)`, r.wall.p95 <= 30]);
  };
  p95(
    'Edit-to-diagnostics p95 ≤ 30 ms at 5 MB',
    editRuns.find((r) => r.doc.bytes === 5_000_000),
  );
  p95(
    'Edit-to-diagnostics p95 ≤ 30 ms, 500 KB single-table policy',
    shapeRuns.find((r) => r.doc.label.includes('table')),
  );
  p95(
    'Edit-to-diagnostics p95 ≤ 30 ms, 500 KB single-list policy',
    shapeRuns.find((r) => r.doc.label.includes('list')),
  );
  const ratio = editRatio();
  if (ratio)
    rows.push([
      'Edit p50, 5 MB / 50 KB ≤ 3 ×',
      `${ratio.wall.toFixed(1)} × (CPU ${ratio.cpu.toFixed(1)} ×)`,
      ratio.wall <= 3,
    ]);
  const [general, list] = memoryRuns;
  const peakAfter = (name, r, limit) => {
    if (!r) return;
    if (r.died) rows.push([name, `server died (${r.died}); after open ${MB(r.open?.peak)} MB`, false]);
    else
      rows.push([
        name,
        `${MB(r.after.peak)} MB after ${r.edits} edits (after open: ${MB(r.open.peak)} MB)`,
        r.after.peak <= limit,
      ]);
  };
  peakAfter('Server peak RSS ≤ 200 MB after 20 edits, 5 MB policy', general, 200e6);
  peakAfter('Server peak RSS ≤ 400 MB, 5 MB single-list policy (after 20 edits)', list, 400e6);
  const f = throughputRun?.folder;
  if (f) {
    const [one, many, cli2] = f.rows;
    if (cli2)
      rows.push([
        'Full check ≤ 0.6 × markdownlint-cli2, folder of general policies (--jobs 1)',
        `${(one.wall / cli2.wall).toFixed(2)} × wall, ${(one.cpu / cli2.cpu).toFixed(2)} × CPU (${f.folder.files} files)`,
        one.wall <= 0.6 * cli2.wall,
      ]);
    rows.push([
      'Folder of 200 policies: --jobs 2 ≥ 1.7 × faster than --jobs 1',
      `${f.speedup.toFixed(2)} × with --jobs ${Math.max(2, f.n)} (${f.folder.files} files; CPU ${(many.cpu / one.cpu).toFixed(2)} × of --jobs 1${f.pinnedCpu ? `; on one core ${f.pinnedCpu.toFixed(2)} ×, so at most ${(Math.max(2, f.n) / f.pinnedCpu).toFixed(2)} × on idle cores` : ''})`,
      f.folder.files >= 200 && f.speedup >= 1.7,
    ]);
  }
  if (cold.length) rows.push(['Cold start ≤ 250 ms (median)', `${ms(median(cold))} ms`, median(cold) <= 250]);
  return rows;
}

/** results.md with the editing section replaced (or added before the throughput section or the targets). */
function withEditing(results, lines) {
  const block = `${EDITING_START}\n${lines.join('\n')}\n${EDITING_END}`;
  const a = results.indexOf(EDITING_START);
  const b = results.indexOf(EDITING_END);
  if (a >= 0 && b > a) return results.slice(0, a) + block + results.slice(b + EDITING_END.length);
  const at = [results.indexOf('<!-- throughput:'), results.indexOf('\n## Targets')].find((i) => i >= 0);
  return at === undefined
    ? `${results}\n${block}\n`
    : `${results.slice(0, at)}${block}\n\n${results.slice(at).replace(/^\n/, '')}`;
}

/** results.md with these rows of the Targets table replaced (same target name) or appended; other rows kept. */
function mergeTargets(results, rows) {
  if (!rows.length) return results;
  const row = ([name, value, ok]) => `| ${name} | ${value} | ${ok ? 'yes' : '**no**'} |`;
  const head = '\n## Targets\n';
  const at = results.indexOf(head);
  if (at < 0) return `${results}${head}\n| target | measured | met |\n|---|---:|:---:|\n${rows.map(row).join('\n')}\n`;
  const lines = results.slice(at + head.length).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  let end = first;
  while (end < lines.length && lines[end].startsWith('|')) end++;
  const table = lines.slice(first, end);
  for (const r of rows) {
    const i = table.findIndex((l) => l.startsWith(`| ${r[0]} |`));
    if (i >= 0) table[i] = row(r);
    else table.push(row(r));
  }
  lines.splice(first, end - first, ...table);
  return results.slice(0, at + head.length) + lines.join('\n');
}

// ------------------------------------------------------------------------------------------------------ notes
/** Compressed and original size of every entry of a zip file (the .vsix), from its central directory. */
function zipEntries(file) {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) return [];
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count && buf.readUInt32LE(at) === 0x02014b50; i++) {
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    out.push({ name, compressed, size });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out.sort((x, y) => y.compressed - x.compressed);
}

function limitNotes() {
  const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
  const met = Object.fromEntries(targets.map(([name, , ok]) => [name, ok]));
  const say = (name, how, limit) =>
    notes.push(`- **${name}** — ${met[name] ? 'met' : '**not met**'}. ${how}${met[name] || !limit ? '' : ` ${limit}`}`);
  const notes = [];
  say(
    targets[0][0],
    `Kijun parses each heading section with remark on its own. remark-gfm's table resolver (micromark-extension-gfm-table 2.1.1) is quadratic in the table cells of one flow run — \`EditMap.add\` scans every change recorded so far, and one map serves all the tables up to the next list or quote — so the appended 別表 (one long run of tables) cost a whole-document parse ${ms(d2.remark)} ms against ${ms(d2.remarkSections)} ms for the same parser per section. Kijun's builds also swap in a linear EditMap (scripts/gfmTableEditMap.mjs), which lifts the quadratic term inside one huge table too. Kijun's whole check costs ${(d2.kijun / d2.remarkSections).toFixed(2)} × the bare per-section parse (model and requirement check on top). On text without tables there is nothing superlinear to avoid: there the check costs about what remark's parse does (bench/profile.md).`,
    'What remains is remark itself (about 57 % of the check, most of the garbage collection).',
  );
  say(
    targets[1][0],
    `markdownlint 0.40 parses with micromark and the same GFM table extension, whole document, then runs its rules: it pays the same quadratic term.`,
  );
  say(
    targets[2][0],
    `Sectioned parsing and linear requirement matching (concepts numbered once, answers remembered per clause text): ${ms(d500.kijun / mb(d500.size))} ms/MB at 500 KB, ${ms(d5.kijun / mb(d5.size))} ms/MB at 5 MB.`,
  );
  say(
    targets[3][0],
    'The server publishes at once after a pause (server/src/lsp/diagnostics.ts): it waits one event-loop turn so that changes already queued are analyzed together, and delays only while changes arrive faster than they are analyzed (twice the recent analysis time, 10–150 ms). Per edit the analyzer re-parses the touched section only, re-scans only the guard segments the edit touched (guard/incremental.ts) and finds line breaks with indexOf.',
    `What remains per edit (in-process p50 ${ms(inproc.p50)} ms): the re-parse of the section, re-checking the clauses, and the young-generation collections that the ~4 MB allocated per edit trigger every few edits (the p95 tail).`,
  );
  say(
    targets[4][0],
    `server/out/server.js is a ${kb(statSync(builtServer).size)} loader of the shared bundle server/out/kijun.js (${kb(statSync(join(root, 'server/out/kijun.js')).size)}) through a V8 code cache (server/src/node/codeCache.ts: keyed by the bundle and the runtime, checksummed, written after the first analysis so it holds compiled code for it); the catalog's terms are normalized at build time. The first start on a machine, before the cache exists: ${ms(median(coldNoCache))} ms.`,
    'What remains: Node itself starts in 70–100 ms here, and the first analysis of 50 KB (remark and the checker running for the first time) takes most of the rest.',
  );
  say(
    targets[5][0],
    `The server runs with the Node options of server/src/protocol/launch.json (${serverNodeArgs.join(' ') || 'none'}), as the VS Code client starts it; test/memory checks they leave room for a 10 MB policy. What the server keeps for a document and what the first parse allocates were also cut (see the closing notes of issue 4).`,
    'The peak comes from V8 growing the heap during the first parse of the 5 MB text.',
  );
  if (rss.peak > 200e6)
    notes.push(
      `  After 10 edits the peak is ${(rss.peak / 1e6).toFixed(0)} MB, over 200 MB: each edit builds a new document model (about 10 MB for 5 MB of text) while the previous one is still referenced, and V8 collects it late. Sharing the clause objects of unchanged sections between analyses would cut that; not done.`,
    );
  if (vsix) {
    const entries = vsix.how.startsWith('NOT') ? [] : zipEntries(join(cacheDir, 'kijun.vsix'));
    const top = entries
      .slice(0, 3)
      .map((e) => `${e.name.replace(/^extension\//, '')} ${kb(e.compressed)} compressed (${kb(e.size)})`)
      .join(', ');
    say(
      targets[6][0],
      `The language server and the CLI share one bundle (server/out/kijun.js) behind two small loaders, and Shift_JIS files are decoded with the runtime's own TextDecoder instead of iconv-lite's tables. ${top ? `Largest entries: ${top}.` : ''}`,
      'The client bundle is almost all vscode-languageclient.',
    );
  }
  return notes;
}

// ------------------------------------------------------------------------------------------------------- svg
function scalingSvg(rows) {
  const W = 720;
  const H = 440;
  const m = { l: 70, r: 170, t: 40, b: 60 };
  const maxX = Math.max(...rows.map((r) => mb(r.size)));
  const maxY = Math.max(...rows.flatMap((r) => [r.kijun, r.remark, r.remarkSections, r.markdownlint])) / 1000;
  const niceY = niceCeil(maxY);
  const niceX = Math.ceil(maxX);
  const x = (v) => m.l + (v / niceX) * (W - m.l - m.r);
  const y = (v) => H - m.b - (v / niceY) * (H - m.t - m.b);
  const series = [
    { key: 'kijun', name: 'Kijun full check', color: '#1b7f3b' },
    { key: 'remark', name: 'remark + gfm parse', color: '#c2410c' },
    { key: 'remarkSections', name: 'remark per section', color: '#c2410c', dash: '6 4' },
    { key: 'markdownlint', name: 'markdownlint', color: '#1d4ed8' },
  ];
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(
    `<text x="${m.l}" y="22" font-size="15" font-weight="bold">Time against document size (median, lower is better)</text>`,
  );
  for (let i = 0; i <= 5; i++) {
    const v = (niceY * i) / 5;
    out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e7eb"/>`);
    out.push(`<text x="${m.l - 8}" y="${y(v) + 4}" text-anchor="end">${+v.toFixed(2)}</text>`);
  }
  for (let v = 0; v <= niceX; v++) {
    out.push(`<line x1="${x(v)}" x2="${x(v)}" y1="${H - m.b}" y2="${H - m.b + 5}" stroke="#111"/>`);
    out.push(`<text x="${x(v)}" y="${H - m.b + 20}" text-anchor="middle">${v}</text>`);
  }
  out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${H - m.b}" y2="${H - m.b}" stroke="#111"/>`);
  out.push(`<line x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${H - m.b}" stroke="#111"/>`);
  out.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - 15}" text-anchor="middle">document size (MB of UTF-8)</text>`);
  out.push(
    `<text x="18" y="${(m.t + H - m.b) / 2}" text-anchor="middle" transform="rotate(-90 18 ${(m.t + H - m.b) / 2})">seconds</text>`,
  );
  series.forEach((s, i) => {
    const pts = rows.map((r) => `${x(mb(r.size)).toFixed(1)},${y(r[s.key] / 1000).toFixed(1)}`);
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2.5"${dash} points="${pts.join(' ')}"/>`);
    for (const r of rows)
      out.push(
        `<circle cx="${x(mb(r.size)).toFixed(1)}" cy="${y(r[s.key] / 1000).toFixed(1)}" r="4" fill="${s.color}"><title>${s.name}, ${r.label}: ${ms(r[s.key])} ms</title></circle>`,
      );
    const ly = m.t + 20 + i * 24;
    out.push(
      `<line x1="${W - m.r + 15}" x2="${W - m.r + 40}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2.5"${dash}/>`,
    );
    out.push(`<text x="${W - m.r + 46}" y="${ly + 4}">${s.name}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function niceCeil(v) {
  const p = 10 ** Math.floor(Math.log10(v || 1));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * p >= v) return f * p;
  return 10 * p;
}
