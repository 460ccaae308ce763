#!/usr/bin/env node
// The GitHub Action's step (action.yml): runs `kijun check --format sarif` on the policy paths, writes the SARIF
// file for github/codeql-action/upload-sarif, annotates the new findings, writes a job summary, and exits as
// `kijun check` does with the action's `fail-on` (0 none at or above it, 1 findings, 2 a usage error or nothing
// could be checked). Reads the inputs from INPUT_* variables (action.yml passes them), writes outputs to
// $GITHUB_OUTPUT and the summary to $GITHUB_STEP_SUMMARY. Node built-ins only; tested by test/ci/action.test.ts.
//
//   INPUT_PATHS       policy files or folders, one per line (a single line is split at white space)
//   INPUT_FAIL_ON     error | warning | information | none (default warning)
//   INPUT_EDITION     h30 | r3 | r5 | r5-2024 (default: front matter, else h30)
//   INPUT_POLICY      a kijun.json to check as a policy set
//   INPUT_BASELINE    a previous `kijun check --format json` output: only new findings fail
//   INPUT_SARIF_FILE  where to write the SARIF (default kijun.sarif, in the workspace)
//   INPUT_LANG        ja | en (default ja)
//   INPUT_ANNOTATE    true | false: workflow annotations for new findings (default true)
//   KIJUN_CLI         the kijun CLI to run (default: server/out/cli.js of this repository, built if missing)
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const actionRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = process.env;
const workspace = env.GITHUB_WORKSPACE || process.cwd();
const input = (name, fallback = '') => (env[`INPUT_${name}`] ?? '').trim() || fallback;

function fail(message, code = 2) {
  process.stdout.write(`::error title=kijun::${escapeData(message)}\n`);
  process.exit(code);
}

/** Workflow command escaping (the runner's own rules for data and for properties). */
function escapeData(s) {
  return String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function setOutput(name, value) {
  if (!env.GITHUB_OUTPUT) return;
  const delimiter = `kijun_${Math.random().toString(36).slice(2)}`;
  appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

const lines = input('PATHS')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);
const paths = lines.length === 1 ? lines[0].split(/\s+/) : lines;
const policy = input('POLICY');
if (!paths.length && !policy)
  fail('no policy path given: set the action input `paths` (files or folders, one per line)');
const failOn = input('FAIL_ON', 'warning');
if (!['error', 'warning', 'information', 'none'].includes(failOn))
  fail(`fail-on must be error, warning, information or none (got "${failOn}")`);
const lang = input('LANG', 'ja');
const annotate = input('ANNOTATE', 'true') !== 'false';
const sarifFile = resolve(workspace, input('SARIF_FILE', 'kijun.sarif'));

let cli = env.KIJUN_CLI || join(actionRoot, 'server', 'out', 'cli.js');
if (!env.KIJUN_CLI && !existsSync(cli)) {
  // A checkout of the action's repository has the sources only: build the CLI once (npm ci needs the registry).
  process.stdout.write('::group::kijun: building the CLI\n');
  for (const args of [
    ['ci', '--no-audit', '--no-fund', '--ignore-scripts'],
    ['run', 'build', '--silent'],
  ]) {
    const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd: actionRoot, stdio: 'inherit' });
    if (r.status !== 0) fail(`building kijun failed (npm ${args.join(' ')} exited ${r.status ?? r.signal})`);
  }
  process.stdout.write('::endgroup::\n');
  cli = join(actionRoot, 'server', 'out', 'cli.js');
}

const args = ['check', '--format', 'sarif', '--fail-on', failOn, '--lang', lang, '--no-progress'];
if (input('EDITION')) args.push('--edition', input('EDITION'));
if (policy) args.push('--policy', policy);
if (input('BASELINE')) args.push('--baseline', input('BASELINE'));
args.push('--', ...paths);

const run = spawnSync(process.execPath, [cli, ...args], {
  cwd: workspace,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  env: { ...env, KIJUN_CODE_CACHE: '0' },
});
if (run.error) fail(`cannot run kijun: ${run.error.message}`);
if (run.stderr) process.stderr.write(run.stderr);
const status = run.status ?? 2;

let sarif;
try {
  sarif = JSON.parse(run.stdout);
} catch {
  // A usage error: nothing to upload.
  setOutput('exit-code', String(status));
  fail(`kijun check failed (exit ${status}): ${run.stderr.trim().split('\n').pop() || 'no output'}`, status || 2);
}
mkdirSync(dirname(sarifFile), { recursive: true });
writeFileSync(sarifFile, JSON.stringify(sarif, null, 2) + '\n');

const results = sarif.runs?.[0]?.results ?? [];
const fresh = results.filter((r) => r.baselineState !== 'unchanged');
const byLevel = { error: 0, warning: 0, note: 0 };
for (const r of fresh) byLevel[r.level ?? 'warning'] = (byLevel[r.level ?? 'warning'] ?? 0) + 1;

if (annotate) {
  const command = { error: 'error', warning: 'warning', note: 'notice' };
  // The runner shows the first ten of each kind per step; the SARIF upload has them all.
  for (const r of fresh.slice(0, 50)) {
    const loc = r.locations?.[0]?.physicalLocation;
    const file = loc ? decodeURIComponent(loc.artifactLocation.uri) : '';
    const where = loc
      ? `file=${escapeProperty(file)},line=${loc.region?.startLine ?? 1},endLine=${loc.region?.endLine ?? loc.region?.startLine ?? 1},`
      : '';
    process.stdout.write(
      `::${command[r.level] ?? 'warning'} ${where}title=${escapeProperty(`kijun ${r.ruleId}`)}::${escapeData(r.message?.text ?? '')}\n`,
    );
  }
}

const unchanged = results.length - fresh.length;
setOutput('sarif-file', sarifFile);
setOutput('findings', String(fresh.length));
setOutput('exit-code', String(status));

if (env.GITHUB_STEP_SUMMARY) {
  const ja = lang === 'ja';
  const verdict =
    status === 0
      ? ja
        ? '✅ 合格'
        : '✅ passed'
      : status === 1
        ? ja
          ? `❌ ${failOn} 以上の指摘があります`
          : `❌ findings at or above ${failOn}`
        : ja
          ? '⚠️ 確認できませんでした'
          : '⚠️ could not check';
  const rows = [
    ja ? '| 重大度 | 件数 |' : '| level | findings |',
    '|---|---|',
    `| error | ${byLevel.error} |`,
    `| warning | ${byLevel.warning} |`,
    `| note | ${byLevel.note} |`,
  ];
  const base = unchanged
    ? [
        ja
          ? `ベースラインと同じ指摘 ${unchanged} 件は除外しています。`
          : `${unchanged} finding(s) unchanged from the baseline are not counted.`,
        '',
      ]
    : [];
  appendFileSync(
    env.GITHUB_STEP_SUMMARY,
    [`### Kijun (統一基準) — ${verdict}`, '', ...base, ...rows, '', `SARIF: \`${sarifFile}\``, ''].join('\n') + '\n',
  );
}

if (status === 2) {
  // Nothing could be checked, or a configuration is invalid: kijun said why on stderr.
  const why = run.stderr
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/^kijun: /, ''));
  process.stdout.write(
    `::error title=kijun::${escapeData(why.join('\n') || 'kijun check could not check the policies')}\n`,
  );
}
process.stdout.write(
  `kijun: ${fresh.length} finding(s)${unchanged ? `, ${unchanged} unchanged from the baseline` : ''}; SARIF written to ${sarifFile}\n`,
);
process.exit(status);
