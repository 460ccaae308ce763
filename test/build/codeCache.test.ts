// The V8 code cache of the built entries (server/src/node/codeCache.ts, server/out/{server,cli}.js): made on the first
// run, used on the next with the same output, and never trusted when it should not be — a truncated, altered or
// foreign file, a cache V8 rejects, a folder someone else could write — in which case the run is as without one.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const cli = join(root, 'server', 'out', 'cli.js');
const policy = join(root, 'test', 'nvim', 'fixtures', 'policy.md');
const tmp = mkdtempSync(join(tmpdir(), 'kijun-code-cache-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const posix = typeof process.getuid === 'function';

let n = 0;
const freshDir = () => join(tmp, `cache-${n++}`);
// The outputs carry a timestamp (traceability): SOURCE_DATE_EPOCH fixes it, so runs can be compared byte for byte.

function run(
  cacheDir: string,
  args: string[] = ['check', '--format', 'json', '--fail-on', 'none', policy],
  env: Record<string, string> = {},
) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: {
      ...process.env,
      SOURCE_DATE_EPOCH: '1751328000',
      KIJUN_CODE_CACHE_DIR: cacheDir,
      KIJUN_STARTUP_TRACE: '1',
      ...env,
    },
  });
  const status = /code cache ([\w-]+)/.exec(r.stderr)?.[1];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, status };
}
const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.bin'));

/** A cache file as the loader writes it: magic, payload length, CPU ms, SHA-1 of the payload, payload. */
function cacheFile(payload: Buffer, cpuMs = 1): Buffer {
  const header = Buffer.alloc(36);
  header.write('KIJUNV8C', 0, 'latin1');
  header.writeUInt32LE(payload.length, 8);
  header.writeUInt32LE(cpuMs, 12);
  createHash('sha1').update(payload).digest().copy(header, 16);
  return Buffer.concat([header, payload]);
}

describe('the code cache', () => {
  const plain = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--fail-on', 'none', policy], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1751328000', KIJUN_CODE_CACHE: '0' },
  });

  it('is made on the first run and used on the next, with the same output as without it', () => {
    const dir = freshDir();
    const first = run(dir);
    expect(first.status).toBe('none');
    expect(first.code).toBe(0);
    expect(caches(dir)).toHaveLength(1);
    const second = run(dir);
    expect(second.status).toBe('used');
    expect(second.stdout).toBe(plain.stdout);
    expect(first.stdout).toBe(plain.stdout);
    expect(JSON.parse(second.stdout).files[0].diagnostics.length).toBeGreaterThan(0);
  });

  it('is off with KIJUN_CODE_CACHE=0', () => {
    const dir = freshDir();
    const r = run(dir, ['--version'], { KIJUN_CODE_CACHE: '0' });
    expect(r.status).toBe('off');
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(() => readdirSync(dir)).toThrow();
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length >> 1)],
    [
      'altered (one byte of the payload)',
      (b: Buffer) => {
        const c = Buffer.from(b);
        c[c.length - 100] ^= 0xff;
        return c;
      },
    ],
    ['not a cache at all', () => Buffer.from('garbage')],
    ['empty', () => Buffer.alloc(0)],
  ])('a cache file that is %s is not used, and is replaced', (_what, spoil) => {
    const dir = freshDir();
    run(dir, ['--version']);
    const [name] = caches(dir);
    writeFileSync(join(dir, name), spoil(readFileSync(join(dir, name))));
    const r = run(dir);
    expect(r.status).toBe('corrupt');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
    expect(run(dir, ['--version']).status).toBe('used');
  });

  it('a well-formed cache that V8 rejects (made for another script) is not used, and is replaced', () => {
    const dir = freshDir();
    run(dir, ['--version']);
    const [name] = caches(dir);
    writeFileSync(join(dir, name), cacheFile(new Script('globalThis.x = 1 + 1;').createCachedData()));
    const r = run(dir);
    expect(r.status).toBe('rejected');
    expect(r.stdout).toBe(plain.stdout);
    expect(run(dir, ['--version']).status).toBe('used');
  });

  it('a cache made by a short run is replaced once by a run that did clearly more', () => {
    const dir = freshDir();
    run(dir, ['--version']);
    const [name] = caches(dir);
    const file = readFileSync(join(dir, name));
    // As if the run that made it had used no CPU: any later run is richer.
    writeFileSync(join(dir, name), cacheFile(file.subarray(36), 0));
    expect(run(dir).status).toBe('used');
    expect(readFileSync(join(dir, name)).readUInt32LE(12)).toBeGreaterThan(0);
  });

  it.skipIf(!posix)('a folder others can write, or a link, is not used', () => {
    const open = freshDir();
    mkdirSync(open, { mode: 0o777 });
    chmodSync(open, 0o777);
    const r = run(open, ['--version']);
    expect(r.status).toBe('unsafe-folder');
    expect(readdirSync(open)).toEqual([]);
    const real = freshDir();
    mkdirSync(real, { mode: 0o700 });
    const link = freshDir();
    symlinkSync(real, link);
    expect(run(link, ['--version']).status).toBe('unsafe-folder');
    expect(readdirSync(real)).toEqual([]);
  });

  it('keeps the newest caches only', () => {
    const dir = freshDir();
    mkdirSync(dir, { mode: 0o700 });
    const old = Date.now() / 1000 - 3600;
    for (let i = 0; i < 12; i++) {
      writeFileSync(join(dir, `old-${i}.bin`), 'x');
      utimesSync(join(dir, `old-${i}.bin`), old + i, old + i);
    }
    writeFileSync(join(dir, 'left-behind.tmp'), 'x');
    utimesSync(join(dir, 'left-behind.tmp'), old, old);
    run(dir, ['--version']);
    const left = readdirSync(dir).sort();
    expect(left.filter((f) => f.endsWith('.bin'))).toHaveLength(8);
    expect(left.some((f) => f.startsWith('cli-'))).toBe(true);
    expect(left).not.toContain('old-0.bin');
    expect(left).not.toContain('left-behind.tmp');
  });
});
