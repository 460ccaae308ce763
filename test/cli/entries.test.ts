// The two entries share one bundle (server/out/kijun.js) and each starts only its own side: `kijun` must not
// initialise the LSP libraries (vscode-languageserver/node loads Node's `child_process` when it is evaluated), and
// the language server must not initialise the CLI's modules (the --jobs pool loads `worker_threads`, the argument
// parser node:util's parseArgs). Node's own list of the built-in modules a process loaded tells, without looking
// into the bundle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'kijun-entries-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const probe = join(tmp, 'probe.js');
writeFileSync(
  probe,
  `process.on('exit', () => process.stderr.write('\\nBUILTINS ' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(',') + '\\n'));\n`,
);

function builtins(entry: string, args: string[]): { loaded: string[]; stdout: string } {
  const r = spawnSync(process.execPath, ['-r', probe, join(root, 'server', 'out', entry), ...args], {
    cwd: tmp,
    encoding: 'utf8',
    input: '',
    timeout: 30_000,
    env: { ...process.env, KIJUN_CODE_CACHE: '0' },
  });
  const line = /BUILTINS (.*)/.exec(r.stderr)?.[1];
  expect(line, r.stderr).toBeDefined();
  return { loaded: line!.split(','), stdout: r.stdout };
}

describe('the entry points', () => {
  it('kijun runs the command line without initialising the LSP libraries', () => {
    const version = builtins('cli.js', ['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(version.loaded).not.toContain('child_process');
    const editions = builtins('cli.js', ['editions', '--format', 'json']);
    expect(JSON.parse(editions.stdout).editions.length).toBeGreaterThan(1);
    expect(editions.loaded).not.toContain('child_process');
    expect(editions.loaded).toContain('internal/util/parse_args/parse_args');
  });

  it("the language server starts without the CLI's modules", () => {
    // stdin closed at once: the server starts on --stdio, sees the end of its input and exits.
    const server = builtins('server.js', ['--stdio']);
    expect(server.loaded).toContain('child_process');
    expect(server.loaded).not.toContain('worker_threads');
    expect(server.loaded).not.toContain('internal/util/parse_args/parse_args');
  });
});
