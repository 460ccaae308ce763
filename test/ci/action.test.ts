// The GitHub Action offline: action.yml's wiring, and its step (scripts/ci/action.mjs) run as the runner runs it,
// with GITHUB_* variables and INPUT_* inputs set, against the built CLI. The SARIF it writes is validated with
// @microsoft/sarif-multitool.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSarif } from './sarifValidate';

const root = join(__dirname, '..', '..');
const script = join(root, 'scripts', 'ci', 'action.mjs');
const example = join(root, 'examples', '情報セキュリティ対策基準.md');
const tmp = mkdtempSync(join(tmpdir(), 'kijun-action-'));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

let n = 0;
function runAction(inputs: Record<string, string>, files: Record<string, string> = {}): Run {
  const workspace = join(tmp, `ws${++n}`);
  mkdirSync(join(workspace, 'policies'), { recursive: true });
  copyFileSync(example, join(workspace, 'policies', '情報セキュリティ対策基準.md'));
  writeFileSync(join(workspace, 'README.md'), '# Project\n\nNot a policy: a readme.\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  const output = join(workspace, '..', `out${n}.txt`);
  const summary = join(workspace, '..', `summary${n}.md`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: 'agency/policies',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/pull/7/merge',
    RUNNER_TEMP: tmp,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
  const r = spawnSync(process.execPath, [script], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs,
    summary: readFileSync(summary, 'utf8'),
    workspace,
  };
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('action.yml', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const source = readFileSync(script, 'utf8');

  it('is a composite action that runs the script, then uploads the SARIF even when the check failed', () => {
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps as Array<Record<string, any>>;
    const check = steps.find((s) => s.id === 'check')!;
    expect(check.run).toContain('scripts/ci/action.mjs');
    expect(check.shell).toBe('bash');
    const upload = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.if).toMatch(/always\(\)/);
    expect(upload.with.sarif_file).toBe('${{ steps.check.outputs.sarif-file }}');
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(check));
  });

  it('passes every input the script reads, and the script reads every input it passes', () => {
    const steps = action.runs.steps as Array<Record<string, any>>;
    const env = steps.find((s) => s.id === 'check')!.env as Record<string, string>;
    const read = new Set([...source.matchAll(/input\('([A-Z_]+)'/g)].map((m) => `INPUT_${m[1]}`));
    expect(new Set(Object.keys(env))).toEqual(read);
    for (const [k, v] of Object.entries(env)) {
      const name = /inputs\.([\w-]+)/.exec(v)![1];
      expect(action.inputs[name], k).toBeDefined();
      expect(k).toBe(`INPUT_${name.toUpperCase().replace(/-/g, '_')}`);
    }
    // Every input is used by a step.
    const text = JSON.stringify(action.runs.steps);
    for (const name of Object.keys(action.inputs)) expect(text, name).toContain(`inputs.${name}`);
  });
});

describe('scripts/ci/action.mjs', () => {
  let first: Run;
  beforeAll(() => {
    first = runAction({ paths: 'policies/', 'fail-on': 'warning' });
  });

  it('fails per fail-on, writes the SARIF and the outputs', () => {
    expect(first.status, first.stderr).toBe(1);
    const sarifFile = join(first.workspace, 'kijun.sarif');
    expect(first.outputs['sarif-file']).toBe(sarifFile);
    expect(first.outputs['exit-code']).toBe('1');
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBe(Number(first.outputs.findings));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    // Paths as the repository has them (relative to the workspace), percent-encoded.
    expect(decodeURIComponent(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri)).toBe(
      'policies/情報セキュリティ対策基準.md',
    );
  });

  it('writes SARIF that sarif-multitool validates without errors or warnings', () => {
    expect(validateSarif(join(first.workspace, 'kijun.sarif'))).toEqual([]);
  });

  it('annotates findings and writes a job summary', () => {
    expect(first.stdout).toMatch(
      /^::warning file=policies\/情報セキュリティ対策基準\.md,line=\d+,endLine=\d+,title=kijun [\w-]+::/m,
    );
    expect(first.summary).toContain('### Kijun');
    expect(first.summary).toMatch(/\| warning \| [1-9]\d* \|/);
  });

  it('passes with fail-on none, and on findings below fail-on', () => {
    const none = runAction({ paths: 'policies/', 'fail-on': 'none' });
    expect(none.status).toBe(0);
    expect(Number(none.outputs.findings)).toBeGreaterThan(0);
    const sarif = JSON.parse(readFileSync(join(first.workspace, 'kijun.sarif'), 'utf8'));
    const worst = sarif.runs[0].results.some((r: { level: string }) => r.level === 'error');
    const onError = runAction({ paths: 'policies/', 'fail-on': 'error' });
    expect(onError.status).toBe(worst ? 1 : 0);
  });

  it('checks only policies in a folder (the README is not one) and honours annotate: false', () => {
    const r = runAction({ paths: '.', 'fail-on': 'none', annotate: 'false', 'sarif-file': 'out/k.sarif' });
    expect(r.status).toBe(0);
    const sarif = JSON.parse(readFileSync(join(r.workspace, 'out', 'k.sarif'), 'utf8'));
    const uris = new Set(
      sarif.runs[0].results.map((x: any) => decodeURIComponent(x.locations[0].physicalLocation.artifactLocation.uri)),
    );
    expect([...uris]).toEqual(['policies/情報セキュリティ対策基準.md']);
    expect(r.stdout).not.toMatch(/^::(warning|error|notice) /m);
  });

  it('with a baseline, fails only on the findings a change introduces', () => {
    const baseline = spawnSync(
      process.execPath,
      [join(root, 'server/out/cli.js'), 'check', '--format', 'json', '--fail-on', 'none', 'policies/'],
      { cwd: first.workspace, encoding: 'utf8' },
    );
    const same = runAction({ paths: 'policies/', baseline: 'base.json' }, { 'base.json': baseline.stdout });
    expect(same.status, same.stdout + same.stderr).toBe(0);
    expect(same.outputs.findings).toBe('0');
    expect(same.summary).toMatch(/ベースライン/);
    const sarif = JSON.parse(readFileSync(join(same.workspace, 'kijun.sarif'), 'utf8'));
    expect(sarif.runs[0].results.every((r: { baselineState: string }) => r.baselineState === 'unchanged')).toBe(true);
    expect(validateSarif(join(same.workspace, 'kijun.sarif'))).toEqual([]);

    // The same policy with an outdated clause added (and every line below it moved): only that one is new.
    const policy = join(same.workspace, 'policies', '情報セキュリティ対策基準.md');
    const text = readFileSync(policy, 'utf8');
    const at = text.indexOf('\n## ');
    writeFileSync(
      policy,
      `${text.slice(0, at)}\n\n情報システムセキュリティ責任者は、ログインを要するページについてのみ、HTTPSにより通信を暗号化する。\n${text.slice(at)}`,
    );
    const changed = spawnSync(process.execPath, [script], {
      cwd: same.workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: same.workspace,
        INPUT_PATHS: 'policies/',
        INPUT_BASELINE: 'base.json',
      },
    });
    expect(changed.status).toBe(1);
    const after = JSON.parse(readFileSync(join(same.workspace, 'kijun.sarif'), 'utf8'));
    const fresh = after.runs[0].results.filter((r: { baselineState: string }) => r.baselineState === 'new');
    expect(fresh.map((r: { ruleId: string }) => r.ruleId)).toEqual(['web-encryption']);
  });

  it("says what is wrong with bad inputs, in the runner's error format", () => {
    const r = runAction({ paths: 'policies/', 'fail-on': 'sometimes' });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^::error title=kijun::fail-on must be/m);
    const missing = runAction({ paths: 'no-such-folder/' });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toMatch(/^::error title=kijun::/m);
    const none = runAction({ paths: '' });
    expect(none.status).toBe(2);
    expect(none.stdout).toMatch(/no policy path given/);
  });
});

describe('sarif-multitool', () => {
  it('does find problems in a broken SARIF file (the validation can fail)', () => {
    const bad = join(tmp, 'bad.sarif');
    const driver = { name: 'x', version: '1', informationUri: 'https://example.invalid/' };
    // A result without its required message, and a region starting on line 0: both validators see it.
    writeFileSync(
      bad,
      JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver },
            results: [
              {
                ruleId: 'r',
                level: 'warning',
                locations: [{ physicalLocation: { artifactLocation: { uri: 'a.md' }, region: { startLine: 0 } } }],
              },
            ],
          },
        ],
      }),
    );
    const problems = validateSarif(bad);
    expect(
      problems.some((p) => p.ruleId === 'JSON1002'),
      JSON.stringify(problems),
    ).toBe(true); // sarif-multitool: required 'message'
    expect(problems.some((p) => p.ruleId === 'JSON1008')).toBe(true); // sarif-multitool: startLine < 1
    expect(problems.some((p) => p.ruleId === 'schema:required')).toBe(true);
    // An unknown level: only the schema check sees it.
    const fatal = join(tmp, 'fatal.sarif');
    writeFileSync(
      fatal,
      JSON.stringify({
        version: '2.1.0',
        runs: [{ tool: { driver }, results: [{ ruleId: 'r', level: 'fatal', message: { text: 'm' } }] }],
      }),
    );
    expect(validateSarif(fatal).some((p) => p.ruleId === 'schema:enum')).toBe(true);
  });
});
