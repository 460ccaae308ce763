// Edit-to-diagnostics latency and memory of the server as built (server/out/server.js, after `npm run build`),
// over LSP: opens a generated policy, sends one-character edits at random places and waits for each version's
// diagnostics. Not a test: run it by hand,
//   node test/core/incremental/measureServerEdits.mjs [sizes in KB, comma-separated] [edits] [server.js]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePolicy, rng } from '../../../bench/generate.mjs';
import { LspSession, positionAt } from '../../../bench/lsp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const sizes = (process.argv[2] ?? '50,500,2000,5000').split(',').map((s) => Number(s) * 1000);
const count = Number(process.argv[3] ?? 60);
const server = process.argv[4] ?? join(root, 'server/out/server.js');
const launch = join(root, 'server/src/protocol/launch.json');
const nodeArgs = existsSync(launch) ? JSON.parse(readFileSync(launch, 'utf8')).execArgv : [];
const dir = join(tmpdir(), 'kijun-measure-server-edits');
mkdirSync(dir, { recursive: true });
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
/** Current RSS and CPU time (user + system, ms) of a process (Linux /proc). */
function procStats(pid) {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpu = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  return { rss, cpu };
}
const mb = (n) => (n / 1e6).toFixed(0);

for (const bytes of sizes) {
  const file = join(dir, `policy-${bytes}.md`);
  let text = generatePolicy(bytes, 2024);
  writeFileSync(file, text);
  const s = new LspSession(server, { cwd: root, nodeArgs });
  await s.initialize(dir);
  const { uri, wait } = s.open(file, text);
  await wait;
  const afterOpen = procStats(s.child.pid);
  const r = rng(77);
  const chars = ['あ', 'い', '。', '、', 'a', 'e', ' ', '情', '報', '1'];
  const wall = [];
  const cpu = [];
  let after20;
  for (let i = 0, version = 1; i < count; i++) {
    const offset = r.int(text.length);
    const c = text.charCodeAt(offset);
    const del = r.chance(0.3) && c !== 10 && c !== 13 && !(c >= 0xd800 && c <= 0xdfff);
    const range = { start: positionAt(text, offset), end: positionAt(text, del ? offset + 1 : offset) };
    const ins = del ? '' : r.pick(chars);
    text = text.slice(0, offset) + ins + text.slice(del ? offset + 1 : offset);
    const before = procStats(s.child.pid).cpu;
    const t = performance.now();
    const { at } = await s.change(uri, ++version, [{ range, text: ins }]);
    if (i >= 5) {
      wall.push(at - t);
      cpu.push(procStats(s.child.pid).cpu - before);
    }
    if (i === 19) after20 = procStats(s.child.pid);
  }
  const peak = s.peakRss();
  await s.close();
  const f = (x) => x.toFixed(1);
  console.log(
    `${bytes / 1000} KB: edit→diagnostics wall p50 ${f(quantile(wall, 0.5))} p95 ${f(quantile(wall, 0.95))} ms, server cpu p50 ${f(quantile(cpu, 0.5))} p95 ${f(quantile(cpu, 0.95))} ms; rss after open ${mb(afterOpen.rss)} MB, after 20 edits ${mb(after20?.rss ?? 0)} MB, peak ${mb(peak ?? 0)} MB`,
  );
}
