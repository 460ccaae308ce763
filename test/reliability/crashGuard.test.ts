// A language server that dies analyzing an open document must not crash-loop (issue 12): the next server refuses
// that document with a finding while it stays about as large, and checks everything else.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CrashGuard, NOTED_LENGTH } from '../../server/src/lsp/crashGuard';
import { Session } from '../lsp/session';

const dir = mkdtempSync(join(tmpdir(), 'kijun-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const POLICY = '# 情報セキュリティ対策基準\n\n電子メールサーバ間の通信を暗号化すること。\n\n';
const large = (n = NOTED_LENGTH) =>
  POLICY +
  Array.from({ length: Math.ceil(n / 260) }, (_, i) => `## 第${i + 1}節\n\n` + '本文。\n\n'.repeat(50)).join('');

describe('CrashGuard', () => {
  it('notes a large document while it is analyzed, and removes the note when the analysis returns or throws', () => {
    const file = join(dir, 'note-1.json');
    const guard = new CrashGuard(file, () => {});
    const seen: unknown[] = [];
    guard.run('file:///a.md', NOTED_LENGTH, () => seen.push(JSON.parse(readFileSync(file, 'utf8'))));
    expect(seen).toMatchObject([{ uri: 'file:///a.md', length: NOTED_LENGTH }]);
    expect(existsSync(file)).toBe(false);
    expect(() =>
      guard.run('file:///a.md', NOTED_LENGTH, () => {
        throw new Error('bug');
      }),
    ).toThrow('bug');
    expect(existsSync(file)).toBe(false);
    // Small texts: no file write per keystroke.
    guard.run('file:///b.md', 10, () => expect(existsSync(file)).toBe(false));
  });

  it('a note left by a server that died refuses that document while it is at least half as large', () => {
    const file = join(dir, 'note-2.json');
    writeFileSync(file, JSON.stringify({ uri: 'file:///big.md', length: 1_000_000 }));
    const logs: string[] = [];
    const guard = new CrashGuard(file, (m) => logs.push(m));
    expect(existsSync(file), 'the note is consumed').toBe(false);
    expect(logs.join('\n')).toMatch(/file:\/\/\/big\.md/);
    expect(guard.refuses('file:///other.md', 1_000_000)).toBe(false);
    expect(guard.refuses('file:///big.md', 1_000_000)).toBe(true);
    expect(guard.refuses('file:///big.md', 600_000)).toBe(true);
    expect(guard.refuses('file:///big.md', 400_000)).toBe(false);
    // Once checked again, it stays checked.
    expect(guard.refuses('file:///big.md', 1_000_000)).toBe(false);
    // A broken note is ignored.
    writeFileSync(file, '{"uri":');
    expect(new CrashGuard(file, () => {}).refuses('file:///big.md', 1_000_000)).toBe(false);
  });
});

describe('the language server after a crash', () => {
  it('refuses the document the previous server died on with a finding, and checks the others', async () => {
    const file = join(dir, 'note-3.json');
    const crashed = 'file:///work/crashed.md';
    const text = large();
    // What a server killed by the out-of-memory abort in the middle of analyzing leaves behind.
    writeFileSync(file, JSON.stringify({ uri: crashed, length: text.length }));
    process.env.KIJUN_CRASH_MARKER = file;
    const session = await Session.start({ locale: 'en' });
    try {
      await session.open(crashed, text);
      const refused = await session.diagnosticsFor(crashed, session.version(crashed), 30_000);
      expect(refused.map((d) => d.code)).toEqual(['too-large']);
      expect(refused[0].message).toMatch(
        /^not checked: the language server stopped while checking this document last time/,
      );
      const other = 'file:///work/other.md';
      await session.open(other, large());
      const checked = await session.diagnosticsFor(other, session.version(other), 30_000);
      expect(checked.length, JSON.stringify(checked).slice(0, 300)).toBeGreaterThan(1);
      expect(checked.some((d) => d.code === 'too-large')).toBe(false);
      // Analyzing the other large document left no note behind.
      expect(existsSync(file)).toBe(false);
    } finally {
      delete process.env.KIJUN_CRASH_MARKER;
      await session.shutdown();
    }
  }, 90_000);
});
