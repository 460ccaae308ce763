import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import launch from '../../server/src/protocol/launch.json';
import { LIMITS } from '../../server/src/core/guard';
import { generatePolicy, rng } from '../../bench/generate.mjs';
// @ts-expect-error -- a plain JavaScript module of the benchmark
import { LspSession, positionAt } from '../../bench/lsp.mjs';

/**
 * The Node options the client starts the language server with (server/src/protocol/launch.json) limit V8's heap: they
 * must leave room for the largest policy the server accepts, and they must be options every Node runtime the
 * server may run in knows (an unknown option stops Node before the server starts).
 */
const root = join(__dirname, '..', '..');
const serverPath = join(root, 'server', 'out', 'server.js');

interface Session {
  initialize(folder: string): Promise<void>;
  open(
    file: string,
    text: string,
  ): { uri: string; wait: Promise<{ params: { diagnostics: Array<{ code?: string; message: string }> } }> };
  change(uri: string, version: number, changes: unknown[]): Promise<{ params: { diagnostics: unknown[] } }>;
  peakRss(): number | undefined;
  close(): Promise<void>;
  child: { exitCode: number | null; signalCode: string | null };
  stderr: string;
}

describe('server launch options', () => {
  it('are only heap limits Node documents (accepted in NODE_OPTIONS)', () => {
    expect(launch.execArgv.length).toBeGreaterThan(0);
    for (const option of launch.execArgv) {
      const name = option.split('=')[0];
      expect(['--max-old-space-size', '--max-semi-space-size']).toContain(name);
      expect(process.allowedNodeEnvironmentFlags.has(name)).toBe(true);
    }
    const old = Number(launch.execArgv.find((o) => o.startsWith('--max-old-space-size='))?.split('=')[1]);
    // Several times the heap a 10 MB policy needs (some 150 MB live, 300 MB while it is edited).
    expect(old).toBeGreaterThanOrEqual(1024);
  });

  it('leave room for a 10 MB policy: opened, then edited', async () => {
    if (!existsSync(serverPath))
      throw new Error(`${serverPath} is missing: run node scripts/build.mjs (vitest's global setup does)`);
    const text: string = generatePolicy(LIMITS.maxBytes - 100_000, 2024);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(LIMITS.maxBytes);
    const dir = mkdtempSync(join(tmpdir(), 'kijun-launch-'));
    const file = join(dir, 'policy.md');
    writeFileSync(file, text);
    const s: Session = new LspSession(serverPath, { cwd: root, nodeArgs: launch.execArgv });
    try {
      await s.initialize(dir);
      const { uri, wait } = s.open(file, text);
      const opened = await wait;
      // Checked, not refused: the requirement findings, no "too large" finding.
      expect(opened.params.diagnostics.length).toBeGreaterThan(0);
      expect(opened.params.diagnostics.some((d) => /too large|大きすぎ/.test(d.message))).toBe(false);
      const r = rng(11);
      let current = text;
      for (let version = 2; version <= 6; version++) {
        const offset = r.int(current.length);
        const range = { start: positionAt(current, offset), end: positionAt(current, offset) };
        current = current.slice(0, offset) + '情報' + current.slice(offset);
        await s.change(uri, version, [{ range, text: '情報' }]);
      }
      expect(s.child.exitCode).toBeNull();
      expect(s.child.signalCode).toBeNull();
      expect(s.stderr).not.toMatch(/heap out of memory/i);
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
