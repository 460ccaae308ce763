// The long fuzz run (bundled and started by test/fuzz/run.mjs): property cases over the core, pathological
// documents at full size (each in its own process), the language server under random edits and requests.
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeText } from '../../server/src/core';
import { LIMITS } from '../../server/src/core/guard';
import { applyScript, editScript, fixtures, hostileMarkdown, mutatedFixture, policyMarkdown } from './arbitraries';
import { checkBomShift, checkCase } from './invariants';
import { cpuTime, PATHOLOGICAL, pathological } from './pathological';
import { serverFuzz } from './server';

const root = process.env.KIJUN_ROOT ?? process.cwd();
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
};
const log = (...a: unknown[]) => console.error('fuzz:', ...a);

interface Stats {
  cases: number;
  failures: Array<{ property: string; seed: number; error: string; input: string }>;
  largestChars: number;
  largestBytes: number;
  worstMs: number;
  worstMsInput: number;
  /** Worst CPU time per MB among inputs of at least 10 KB (smaller ones are all fixed cost). */
  worstMsPerMB: number;
  totalMs: number;
  totalBytes: number;
  compared: { deterministic: number; incremental: number; whole: number; bom: number };
  refused: number;
}

const stats: Stats = {
  cases: 0,
  failures: [],
  largestChars: 0,
  largestBytes: 0,
  worstMs: 0,
  worstMsInput: 0,
  worstMsPerMB: 0,
  totalMs: 0,
  totalBytes: 0,
  compared: { deterministic: 0, incremental: 0, whole: 0, bom: 0 },
  refused: 0,
};

function record(text: string, ms: number): void {
  stats.cases++;
  const bytes = Buffer.byteLength(text);
  stats.totalMs += ms;
  stats.totalBytes += bytes;
  if (text.length > stats.largestChars) stats.largestChars = text.length;
  if (bytes > stats.largestBytes) stats.largestBytes = bytes;
  if (ms > stats.worstMs) {
    stats.worstMs = ms;
    stats.worstMsInput = bytes;
  }
  if (bytes >= 10_000) stats.worstMsPerMB = Math.max(stats.worstMsPerMB, ms / (bytes / 1e6));
}

/** One case: the text reached from `base` by `script`, every invariant; sampled comparisons by case number. */
function runCase(base: string, script: Parameters<typeof applyScript>[1]): void {
  const { text, edits } = applyScript(base, script);
  const n = stats.cases;
  const { value: result, ms } = cpuTime(() =>
    checkCase(text, {
      deterministic: n % 8 === 0,
      incremental: n % 4 === 0 ? { from: base, edits } : undefined,
      whole: n % 16 === 0,
    }),
  );
  record(text, ms);
  if (result.analysis.refused) stats.refused++;
  if (result.compared.deterministic) stats.compared.deterministic++;
  if (result.compared.incremental) stats.compared.incremental++;
  if (result.compared.whole) stats.compared.whole++;
  if (n % 32 === 0 && text.charCodeAt(0) !== 0xfeff) {
    checkBomShift(text);
    stats.compared.bom++;
  }
}

function runProperty<T extends [unknown, ...unknown[]]>(
  name: string,
  runs: number,
  seed: number,
  prop: fc.IProperty<T>,
): void {
  const chunk = 500;
  for (let done = 0, k = 0; done < runs; done += chunk, k++) {
    const numRuns = Math.min(chunk, runs - done);
    const s = seed + k;
    const details = fc.check(prop, { numRuns, seed: s, endOnFailure: false, maxSkipsPerRun: 10 });
    if (details.failed) {
      const input = JSON.stringify(details.counterexample)?.slice(0, 20_000) ?? '';
      const error = String((details.errorInstance as Error)?.message ?? details.errorInstance).slice(0, 2000);
      stats.failures.push({ property: name, seed: s, error, input });
      log(`${name}: FAILED (seed ${s}): ${error.slice(0, 300)}\n  counterexample: ${input.slice(0, 600)}`);
    }
    if (k % 10 === 0)
      log(`${name}: ${Math.min(done + numRuns, runs)}/${runs} cases, ${stats.failures.length} failures`);
  }
}

interface PathoResult {
  name: string;
  what: string;
  n: number;
  bytes: number;
  cpuMs: number;
  /** Peak resident memory of the analyzing process after the analysis (MB). */
  peakMB?: number;
  wallMs: number;
  outcome: string;
  expect: string;
  ok: boolean;
}

/** Child mode: analyze one pathological document and report on stdout. */
function pathologicalChild(name: string, n: number): void {
  const p = pathological(name);
  const text = p.make(n);
  analyzeText('# 情報セキュリティ対策基準\n\n電子メールを暗号化すること。\n'); // warm up: catalog, JIT
  const wall = performance.now();
  let outcome: string;
  let analysisMs = NaN;
  let peakMB = NaN;
  const { ms } = cpuTime(() => {
    try {
      // The analysis alone (CPU time and the process's peak memory), then every invariant on it.
      const timed = cpuTime(() => analyzeText(text));
      analysisMs = timed.ms;
      peakMB = process.resourceUsage().maxRSS / 1024;
      const a = timed.value;
      checkCase(text, {});
      outcome = a.refused
        ? `refused: ${a.refused.messages.en}`
        : `checked: ${a.document.clauses.length} clauses, ${a.findings.length} findings`;
    } catch (e) {
      outcome = `CRASH: ${(e as Error).message.slice(0, 300)}`;
    }
  });
  process.stdout.write(
    JSON.stringify({
      bytes: Buffer.byteLength(text),
      cpuMs: analysisMs,
      checkMs: ms,
      peakMB,
      wallMs: performance.now() - wall,
      outcome: outcome!,
    }) + '\n',
  );
}

/** The Node options the language server is started with (server/src/protocol/launch.json): its memory is what counts. */
function launchExecArgv(): string[] {
  return (
    JSON.parse(readFileSync(join(root, 'server', 'src', 'protocol', 'launch.json'), 'utf8')) as { execArgv: string[] }
  ).execArgv;
}

async function runPathological(names: string[], timeoutMs: number, small: boolean): Promise<PathoResult[]> {
  const out: PathoResult[] = [];
  for (const p of PATHOLOGICAL.filter((x) => !names.length || names.includes(x.name))) {
    const n = small ? p.small : p.full;
    const result = await new Promise<PathoResult>((resolve) => {
      const child = fork(process.argv[1], ['--pathological-child', p.name, String(n)], {
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
        execArgv: launchExecArgv(),
      });
      let stdout = '';
      child.stdout!.on('data', (d) => (stdout += String(d)));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        const base = { name: p.name, what: p.what, n, expect: p.expect };
        try {
          const r = JSON.parse(stdout.trim().split('\n').pop()!);
          const ok = !r.outcome.startsWith('CRASH') && (p.expect === 'either' || r.outcome.startsWith(p.expect));
          resolve({ ...base, ...r, ok });
        } catch {
          resolve({
            ...base,
            bytes: 0,
            cpuMs: NaN,
            wallMs: NaN,
            outcome:
              signal === 'SIGKILL' ? `TIMEOUT after ${timeoutMs / 1000} s` : `CRASH: exit ${code} ${signal ?? ''}`,
            ok: false,
          });
        }
      });
    });
    log(
      `pathological ${p.name} n=${n}: ${(result.bytes / 1e6).toFixed(2)} MB, ${result.cpuMs.toFixed(0)} ms CPU — ${result.outcome}`,
    );
    out.push(result);
  }
  return out;
}

function markdownReport(
  runs: number,
  seed: number,
  patho: PathoResult[],
  server: Awaited<ReturnType<typeof serverFuzz>> | undefined,
  startedAt: Date,
  seconds: number,
): string {
  const mb = (b: number) => (b / 1e6).toFixed(b >= 1e5 ? 2 : 4);
  const lines = [
    `Run: \`npm run fuzz -- --runs ${runs} --seed ${seed}\` on ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${Math.round(seconds)} s, Node ${process.version}, ${require('node:os').cpus().length} cores (load average at the end ${require('node:os')
      .loadavg()
      .map((x: number) => x.toFixed(1))
      .join(' / ')}). Times are CPU times of the analyzing process.`,
    '',
    '| figure | value |',
    '|---|---:|',
    `| property cases (random policies + mutated fixtures + hostile shapes, all invariants) | ${stats.cases.toLocaleString('en-US')} |`,
    `| — of which hostile shapes (nested containers, long paragraphs, flow-style front matter) | ${Math.round(runs / 10).toLocaleString('en-US')} (and their shrinking) |`,
    `| — of which compared with a second analysis (deterministic) | ${stats.compared.deterministic.toLocaleString('en-US')} |`,
    `| — reached through the incremental analyzer and compared with a full analysis | ${stats.compared.incremental.toLocaleString('en-US')} |`,
    `| — compared with one remark parse of the whole document | ${stats.compared.whole.toLocaleString('en-US')} |`,
    `| — compared with the same text behind a byte-order mark | ${stats.compared.bom.toLocaleString('en-US')} |`,
    `| largest property input | ${stats.largestChars.toLocaleString('en-US')} characters (${stats.largestBytes.toLocaleString('en-US')} bytes) |`,
    `| worst time for one property case | ${stats.worstMs.toFixed(0)} ms (${stats.worstMsInput.toLocaleString('en-US')} bytes) |`,
    `| worst time per MB (property inputs ≥ 10 KB) | ${(stats.worstMsPerMB / 1000).toFixed(1)} s/MB |`,
    `| mean time per MB over all property cases | ${(stats.totalMs / 1000 / (stats.totalBytes / 1e6)).toFixed(1)} s/MB |`,
    `| refused by a limit (property cases) | ${stats.refused} |`,
    `| failures (invariant broken) | ${stats.failures.length} |`,
    `| crashes (exception, hang, stack overflow) | ${stats.failures.filter((f) => !/≠|not deterministic|outside|past the end|exactly once|byte-order|split/.test(f.error)).length + patho.filter((p) => /CRASH|TIMEOUT/.test(p.outcome)).length + (server?.crashes ?? 0)} |`,
  ];
  if (server) {
    lines.push(
      `| language server: documents / edits / requests | ${server.documents.toLocaleString('en-US')} / ${server.edits.toLocaleString('en-US')} / ${server.requests.toLocaleString('en-US')} |`,
      `| language server: errors logged, unhandled rejections, exits | ${server.errors} / ${server.rejections} / ${server.exits} |`,
    );
  }
  if (patho.length) {
    const worst = patho
      .filter((p) => p.bytes >= 100_000 && !p.outcome.startsWith('refused'))
      .sort((a, b) => b.cpuMs / b.bytes - a.cpuMs / a.bytes)[0];
    if (worst)
      lines.push(
        `| worst time per MB, pathological documents checked (≥ 100 KB) | ${(worst.cpuMs / 1000 / (worst.bytes / 1e6)).toFixed(1)} s/MB (${worst.name}) |`,
      );
    lines.push(`| largest pathological input | ${mb(Math.max(...patho.map((p) => p.bytes)))} MB |`);
    const peak = patho
      .filter((p) => p.outcome.startsWith('checked') && Number.isFinite(p.peakMB))
      .sort((a, b) => b.peakMB! - a.peakMB!)[0];
    if (peak)
      lines.push(
        `| highest peak memory (RSS) of a pathological document checked, started as the language server is | ${peak.peakMB!.toFixed(0)} MB (${peak.name}) |`,
      );
    lines.push(
      '',
      "Each in its own process, started with the language server's options (server/src/protocol/launch.json); CPU ms and the peak resident memory are those of the analysis (`analyzeText`) alone.",
      '',
    );
    lines.push(
      '| pathological document | n | MB | CPU ms | s/MB | peak RSS MB | outcome |',
      '|---|---:|---:|---:|---:|---:|---|',
    );
    for (const p of patho) {
      lines.push(
        `| ${p.what} (\`${p.name}\`) | ${p.n.toLocaleString('en-US')} | ${mb(p.bytes)} | ${Number.isFinite(p.cpuMs) ? p.cpuMs.toFixed(0) : '—'} | ${p.bytes ? (p.cpuMs / 1000 / (p.bytes / 1e6)).toFixed(1) : '—'} | ${Number.isFinite(p.peakMB) ? p.peakMB!.toFixed(0) : '—'} | ${p.ok ? '' : '**'}${p.outcome.replace(/\|/g, '\\|')}${p.ok ? '' : '**'} |`,
      );
    }
  }
  if (stats.failures.length) {
    lines.push('', 'Failures:', '');
    for (const f of stats.failures.slice(0, 20))
      lines.push(`- ${f.property} (seed ${f.seed}): ${f.error.split('\n')[0].slice(0, 300).replace(/\|/g, '\\|')}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const child = args.indexOf('--pathological-child');
  if (child >= 0) return pathologicalChild(args[child + 1], Number(args[child + 2]));

  const runs = value('runs', 2000);
  const seed = value('seed', 20260101);
  const startedAt = new Date();
  const t0 = performance.now();
  log(`limits: ${JSON.stringify(LIMITS)}`);
  const all = fixtures(join(root, 'test', 'fixtures'));
  log(`${runs} property cases over ${all.length} fixtures and random policies (seed ${seed})`);

  const workers = value('workers', 1);
  if (!flag('no-properties') && workers > 1) {
    // The property cases in parallel processes (a shared machine gives each process its share), then merged.
    const outDir = join(root, 'test', 'fuzz', 'out');
    mkdirSync(outDir, { recursive: true });
    await Promise.all(
      Array.from(
        { length: workers },
        (_, w) =>
          new Promise<void>((resolve) => {
            const file = join(outDir, `worker-${w}.json`);
            const share = Math.floor(runs / workers) + (w < runs % workers ? 1 : 0);
            const child = fork(
              process.argv[1],
              [
                '--runs',
                String(share),
                '--seed',
                String(seed + w * 1_000_000),
                '--no-pathological',
                '--no-server',
                '--stats-out',
                file,
              ],
              { stdio: 'inherit' },
            );
            child.on('exit', () => {
              try {
                const s = JSON.parse(readFileSync(file, 'utf8')) as Stats;
                stats.cases += s.cases;
                stats.failures.push(...s.failures);
                stats.largestChars = Math.max(stats.largestChars, s.largestChars);
                stats.largestBytes = Math.max(stats.largestBytes, s.largestBytes);
                if (s.worstMs > stats.worstMs) {
                  stats.worstMs = s.worstMs;
                  stats.worstMsInput = s.worstMsInput;
                }
                stats.worstMsPerMB = Math.max(stats.worstMsPerMB, s.worstMsPerMB);
                stats.totalMs += s.totalMs;
                stats.totalBytes += s.totalBytes;
                for (const k of Object.keys(stats.compared) as Array<keyof Stats['compared']>)
                  stats.compared[k] += s.compared[k];
                stats.refused += s.refused;
              } catch (e) {
                stats.failures.push({
                  property: `worker ${w}`,
                  seed: seed + w * 1_000_000,
                  error: `the worker died: ${(e as Error).message}`,
                  input: '',
                });
              }
              resolve();
            });
          }),
      ),
    );
  } else if (!flag('no-properties')) {
    // A tenth of the cases are hostile shapes (nested containers, long paragraphs, flow-style front matter).
    const hostile = Math.round(runs / 10);
    const half = Math.ceil((runs - hostile) / 2);
    runProperty(
      'random policy-like Markdown',
      half,
      seed,
      fc.property(policyMarkdown, editScript, (base, script) => runCase(base, script)),
    );
    runProperty(
      'mutated fixtures',
      runs - hostile - half,
      seed + 100_000,
      fc.property(mutatedFixture(all, 3000), editScript, (f, script) => runCase(f.text, script)),
    );
    runProperty(
      'hostile shapes',
      hostile,
      seed + 200_000,
      fc.property(hostileMarkdown, editScript, (base, script) => runCase(base, script)),
    );
  }

  const statsOut = args.indexOf('--stats-out');
  if (statsOut >= 0) {
    writeFileSync(args[statsOut + 1], JSON.stringify(stats));
    return;
  }
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : [];
  const patho = flag('no-pathological')
    ? []
    : await runPathological(only, value('pathological-timeout', 300) * 1000, flag('small'));
  const server = flag('no-server')
    ? undefined
    : await serverFuzz(
        join(root, 'server', 'out', 'server.js'),
        value('server-runs', Math.max(20, Math.round(runs / 200))),
        seed,
        log,
      );

  const seconds = (performance.now() - t0) / 1000;
  const report = markdownReport(runs, seed, patho, server, startedAt, seconds);
  console.log(report);
  const outDir = join(root, 'test', 'fuzz', 'out');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'last-run.md'), report + '\n');
  writeFileSync(join(outDir, 'failures.json'), JSON.stringify(stats.failures, null, 2));
  if (flag('doc')) {
    const doc = join(root, 'docs', 'reliability.md');
    const text = readFileSync(doc, 'utf8');
    const begin = '<!-- fuzz:begin -->';
    const end = '<!-- fuzz:end -->';
    const i = text.indexOf(begin);
    const j = text.indexOf(end);
    if (i >= 0 && j > i) writeFileSync(doc, text.slice(0, i + begin.length) + '\n' + report + '\n' + text.slice(j));
    log(`figures written to ${doc}`);
  }
  const crashes =
    patho.some((p) => !p.ok) || stats.failures.length > 0 || (server && (server.crashes > 0 || server.errors > 0));
  process.exitCode = crashes ? 1 : 0;
}

void main();
