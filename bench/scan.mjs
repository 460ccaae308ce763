// The line scanner on a large policy (alone: `node bench/scan.mjs [--mb 2] [--runs 7]`): CPU time of a full scan
// (headings, fences, block starts: core/scan), of the limits scan (checkLimits) and of both after a one-character
// edit in the middle (the incremental scheme), on a generated policy (bench/generate.mjs) and on the one-list and
// one-table shapes of issue 14. Bundles the core from source with esbuild; prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const mb = value('mb', 2);
const runs = value('runs', 7);

const entry = `
import { generatePolicy } from ${JSON.stringify(join(root, 'bench', 'generate.mjs'))};
import { IncrementalScan } from ${JSON.stringify(join(root, 'server', 'src', 'core', 'scan'))};
import { checkLimits, IncrementalLimits } from ${JSON.stringify(join(root, 'server', 'src', 'core', 'guard'))};
const bytes = ${mb} * 1024 * 1024;
const runs = ${runs};
const shapes = {
  policy: generatePolicy(bytes, 1),
  'one list': '# 別表\\n\\n' + Array.from({ length: Math.ceil(bytes / 60) }, (_, i) => (i % 7 ? '  - ' : '- ') + '項目' + i + ' 情報システムの管理者は対策を講ずること。').join('\\n'),
  'one table': '# 別表\\n\\n| 番号 | 区分 | 内容 |\\n|---|---|---|\\n' + Array.from({ length: Math.ceil(bytes / 70) }, (_, i) => '| ' + i + ' | 区分' + (i % 9) + ' | 情報システムの管理者は対策を講ずること。 |').join('\\n'),
};
const cpu = (f) => { const t = process.cpuUsage(); f(); const u = process.cpuUsage(t); return (u.user + u.system) / 1000; };
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const big = { maxBytes: Infinity, maxSectionWork: Infinity, maxTableCells: Infinity };
const rows = [];
for (const [name, text] of Object.entries(shapes)) {
  const at = text.indexOf('\\n', text.length >> 1) + 1;
  const edited = text.slice(0, at) + 'x' + text.slice(at);
  const span = { start: at, oldEnd: at, newEnd: at + 1 };
  const full = [], limits = [], edit = [], editLimits = [];
  let headings = 0;
  for (let r = 0; r < runs; r++) {
    const scan = new IncrementalScan();
    full.push(cpu(() => scan.update(text)));
    headings = scan.headings.filter((h) => h.root).length;
    edit.push(cpu(() => scan.update(edited, span)));
    limits.push(cpu(() => checkLimits(text, { ...checkLimitsDefaults, ...big })));
    const inc = new IncrementalLimits({ ...checkLimitsDefaults, ...big });
    inc.check(text);
    editLimits.push(cpu(() => inc.check(edited, span)));
  }
  rows.push([name, (Buffer.byteLength(text) / 1024 / 1024).toFixed(2), headings, median(full).toFixed(1), median(edit).toFixed(2), median(limits).toFixed(1), median(editLimits).toFixed(2)]);
}
console.log('| shape | MB (UTF-8) | root headings | line scan ms | after an edit ms | limits scan ms | limits after an edit ms |');
console.log('|---|--:|--:|--:|--:|--:|--:|');
for (const r of rows) console.log('| ' + r.join(' | ') + ' |');
`;
const outDir = join(tmpdir(), `kijun-bench-scan-${process.pid}`);
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'scan.cjs');
await build({
  stdin: {
    contents: `import { LIMITS as checkLimitsDefaults } from ${JSON.stringify(join(root, 'server', 'src', 'core', 'guard'))};\n${entry}`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  logLevel: 'warning',
  nodePaths: [join(root, 'node_modules')],
});
const r = spawnSync(process.execPath, [outfile], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
