// The CLI as a package: `npm pack` → a tarball with the built CLI and nothing else of the repository; installed
// offline (an empty npm cache, --offline) into an empty folder, `npx kijun check` and `kijun mcp` run with Node
// alone. And the pre-commit hook's entry, run as pre-commit runs it, with the installed `kijun` on PATH.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const example = join(root, 'examples', '情報セキュリティ対策基準.md');
const tmp = mkdtempSync(join(tmpdir(), 'kijun-pack-'));
const project = join(tmp, 'project');
const npm = join(dirname(process.execPath), 'npm');
const npx = join(dirname(process.execPath), 'npx');
/** Node's own folder only (node, npm, npx): no global kijun, no repository tools. */
const env = {
  PATH: [join(project, 'node_modules', '.bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter),
  HOME: tmp,
  npm_config_cache: join(tmp, 'npm-cache'),
  npm_config_update_notifier: 'false',
  KIJUN_CODE_CACHE: '0',
  LANG: 'C.UTF-8',
};

let files: string[];
let tarball: string;

beforeAll(() => {
  // The build is fresh (test/setup/build.ts); --ignore-scripts skips the prepack build, which would race with
  // other test files using server/out.
  const packed = spawnSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, npm_config_cache: join(tmp, 'pack-cache') },
    timeout: 120_000,
  });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const info = JSON.parse(packed.stdout)[0];
  files = info.files.map((f: { path: string }) => f.path).sort();
  tarball = join(tmp, info.filename);
  mkdirSync(project, { recursive: true });
  // An empty folder, an empty npm cache, and --offline: the install can only use the tarball.
  const installed = spawnSync(npm, ['install', '--offline', '--no-audit', '--no-fund', tarball], {
    cwd: project,
    encoding: 'utf8',
    env,
    timeout: 120_000,
  });
  if (installed.status !== 0)
    throw new Error(`npm install of the tarball failed: ${installed.stdout}\n${installed.stderr}`);
  mkdirSync(join(project, 'policies'), { recursive: true });
  copyFileSync(example, join(project, 'policies', '情報セキュリティ対策基準.md'));
  writeFileSync(join(project, 'README.md'), '# Project\n\nNot a policy.\n');
}, 240_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm pack', () => {
  it('holds the built CLI, its bundles, the docs it links to, and nothing else', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'server/out/cli.js',
        'server/out/kijun.js',
        'server/out/mcp-sdk.js',
        'action.yml',
        'scripts/ci/action.mjs',
        'docs/mcp.md',
      ]),
    );
    const allowed = [
      /^package\.json$/,
      /^README(\.ja)?\.md$/,
      /^LICENSE$/,
      /^server\/out\/(cli|kijun|mcp-sdk)\.js$/,
      /^docs\/(requirements\/[^/]+|mcp|ci)\.md$/,
      /^action\.yml$/,
      /^scripts\/ci\/[^/]+\.mjs$/,
    ];
    expect(files.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    expect(pkg.bin.kijun).toBe('server/out/cli.js');
    expect(readFileSync(join(root, 'server/out/cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    // The package has no runtime dependencies: the tarball is all there is to install.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
  });
});

describe('installed from the tarball into an empty folder', () => {
  it('runs `npx kijun check` with Node alone', () => {
    const r = spawnSync(npx, ['--offline', 'kijun', 'check', '--format', 'json', '--fail-on', 'none', 'policies/'], {
      cwd: project,
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.tool.version).toBe(pkg.version);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['policies/情報セキュリティ対策基準.md']);
    expect(report.files[0].summary.total).toBe(11);
    const v = spawnSync(npx, ['--offline', 'kijun', '--version'], { cwd: project, encoding: 'utf8', env });
    expect(v.stdout.trim()).toBe(pkg.version);
  });

  it('runs `kijun mcp` (its SDK bundle is in the package)', async () => {
    const transport = new StdioClientTransport({
      command: join(project, 'node_modules', '.bin', 'kijun'),
      args: ['mcp', '--allow-root', project],
      cwd: project,
      env,
      stderr: 'pipe',
    });
    const client = new Client({ name: 'pack-test', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('check_policy');
      const r = (await client.callTool({
        name: 'check_policy',
        arguments: { path: 'policies/情報セキュリティ対策基準.md' },
      })) as { isError?: boolean; content: Array<{ text: string }> };
      expect(r.isError).toBeFalsy();
      expect(JSON.parse(r.content[0].text).summary.total).toBe(11);
    } finally {
      await client.close();
    }
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, any>>;
  const hook = hooks.find((h) => h.id === 'kijun')!;

  it('is a node hook on Markdown and policy-set files, given folders rather than file names', () => {
    expect(hook.language).toBe('node');
    expect(hook.pass_filenames).toBe(false);
    const files = new RegExp(hook.files);
    for (const f of ['policies/対策基準.md', 'README.markdown', 'policies/kijun.json', '.kijunrc.json'])
      expect(files.test(f), f).toBe(true);
    for (const f of ['notes.txt', 'package.json', 'policy.md.bak']) expect(files.test(f), f).toBe(false);
  });

  /** The hook's command line as pre-commit builds it: entry, then args (replaced by the user's `args`). */
  const runHook = (args: string[] = hook.args) => {
    const [command, ...entryArgs] = hook.entry.split(' ');
    return spawnSync(command, [...entryArgs, ...args], { cwd: project, encoding: 'utf8', env, timeout: 60_000 });
  };

  it('fails the commit on findings, checking only the policies of the repository', () => {
    const r = runHook();
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^policies\/情報セキュリティ対策基準\.md:\d+:\d+ warning /m);
    // README.md is listed as skipped (not a policy) but never checked: no finding on it.
    expect(r.stdout).not.toMatch(/^README\.md:\d+:\d+ /m);
    expect(r.stdout).toMatch(/^README\.md: /m);
    expect(r.stderr).not.toMatch(/\r|\x1b\[/); // --no-progress: no progress line in the hook's output
  });

  it("takes the user's args", () => {
    expect(runHook(['--fail-on', 'none', 'policies/']).status).toBe(0);
    const bad = runHook(['--fail-on', 'sometimes', '.']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--fail-on must be/);
  });
});
