// Reading policies from disk (server/src/node/readFile.ts): UTF-8 with or without BOM, Shift_JIS as Windows
// writes it (CP932) decoded by the runtime's own TextDecoder — the same text iconv-lite's CP932 table gives, for every
// character — binary, oversized and unknown files refused with a message, and the folder walk the CLI, the server
// and policy sets share.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFileSystem as fs } from '../../server/src/node/fileSystem';
import { decodePolicy, readBytes, readPolicyFile, shiftJisDecoder } from '../../server/src/node/readFile';
import { findPolicySetConfigs } from '../../server/src/core/policySet/load';
import { findMarkdownFiles, isFileInside, walkFolders } from '../../server/src/core/policySet/walk';

const dir = mkdtempSync(join(tmpdir(), 'kijun-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every character CP932 has: ASCII, half-width katakana, and each valid two-byte code, as iconv-lite decodes them. */
function cp932Repertoire(): { bytes: Buffer; text: string } {
  const chunks: Buffer[] = [];
  for (let b = 0x09; b < 0x80; b++) if (b !== 0x0b && b !== 0x0c) chunks.push(Buffer.from([b]));
  for (let b = 0xa1; b <= 0xdf; b++) chunks.push(Buffer.from([b]));
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead <= 0xdf) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const code = Buffer.from([lead, trail]);
      if (!iconv.decode(code, 'cp932').includes('\ufffd')) chunks.push(code);
    }
  }
  const bytes = Buffer.concat(chunks);
  return { bytes, text: iconv.decode(bytes, 'cp932') };
}

describe('decodePolicy', () => {
  it('reads UTF-8, and drops a BOM', () => {
    expect(decodePolicy(Buffer.from('# 情報セキュリティ対策基準\n'))).toEqual({
      ok: true,
      text: '# 情報セキュリティ対策基準\n',
      encoding: 'utf-8',
    });
    expect(decodePolicy(Buffer.from('\ufeff# 基本方針\n'))).toEqual({
      ok: true,
      text: '# 基本方針\n',
      encoding: 'utf-8',
    });
  });

  it('has a Shift_JIS decoder in this runtime (Node with full ICU)', () => {
    expect(shiftJisDecoder()).toBeTypeOf('function');
  });

  it('decodes every CP932 character as iconv-lite does (JIS X 0208, NEC and IBM extensions, half-width kana, controls)', () => {
    const { bytes, text } = cp932Repertoire();
    expect(text.length).toBeGreaterThan(7000);
    const r = decodePolicy(bytes);
    expect(r.ok && r.encoding).toBe('shift_jis');
    // Compared in slices, so that a difference shows where it is.
    const got = r.ok ? r.text : '';
    for (let i = 0; i < text.length; i += 500)
      expect(got.slice(i, i + 500), `from character ${i}`).toBe(text.slice(i, i + 500));
    expect(got.length).toBe(text.length);
  });

  it('reads a Shift_JIS policy with Windows line ends', () => {
    const policy =
      '# 情報セキュリティ対策基準\r\n\r\n第1条　①電子メールサーバ間の通信を暗号化すること。～ＩＢＭ拡張：髙﨑\r\n';
    expect(decodePolicy(iconv.encode(policy, 'cp932'))).toEqual({ ok: true, text: policy, encoding: 'shift_jis' });
  });

  it('refuses binary files, and text in neither encoding', () => {
    expect(decodePolicy(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))).toEqual({
      ok: false,
      message: 'binary file (contains NUL bytes), not a Markdown policy',
    });
    const eucJp = iconv.encode('情報セキュリティ対策基準。電子メールの暗号化\n'.repeat(20), 'euc-jp');
    expect(decodePolicy(eucJp)).toEqual({ ok: false, message: 'unknown text encoding (neither UTF-8 nor Shift_JIS)' });
  });

  it('says so when the runtime cannot decode Shift_JIS (Node built without ICU)', () => {
    const r = decodePolicy(iconv.encode('# 基本方針\n', 'cp932'), null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/cannot decode Shift_JIS.*UTF-8/);
    // UTF-8 needs no converter.
    expect(decodePolicy(Buffer.from('# 基本方針\n'), null)).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});

describe('readPolicyFile and readBytes', () => {
  it('reads a file, and refuses missing files, folders and files over the limit with a message', () => {
    writeFileSync(join(dir, 'p.md'), '# 基本方針\n');
    expect(readPolicyFile(join(dir, 'p.md'))).toEqual({ ok: true, text: '# 基本方針\n', encoding: 'utf-8' });
    expect(readPolicyFile(join(dir, 'none.md'))).toEqual({ ok: false, message: 'no such file' });
    expect(readPolicyFile(dir)).toEqual({ ok: false, message: 'is a directory' });
    const big = join(dir, 'big.md');
    writeFileSync(big, '# 基本方針\n');
    truncateSync(big, 11 * 1024 * 1024);
    expect(readPolicyFile(big)).toEqual({ ok: false, message: 'too large to check: 11.0 MB > 10 MB' });
  });

  it('readBytes checks the limit before reading', () => {
    writeFileSync(join(dir, 'k.json'), '{"files":["*.md"]}');
    const r = readBytes(join(dir, 'k.json'), 1024);
    expect(r.ok && r.bytes.toString('utf8')).toBe('{"files":["*.md"]}');
    expect(readBytes(join(dir, 'k.json'), 4)).toEqual({ ok: false, reason: 'too-large', size: 18, limit: 4 });
    expect(readBytes(join(dir, 'nothing.json'), 4)).toEqual({ ok: false, reason: 'missing' });
    expect(readBytes(dir, 4)).toEqual({ ok: false, reason: 'not-a-file', directory: true });
  });
});

describe('the folder walk', () => {
  const tree = join(dir, 'tree');
  const outside = join(dir, 'outside');
  mkdirSync(join(tree, 'b', 'c'), { recursive: true });
  mkdirSync(join(tree, 'node_modules', 'x'), { recursive: true });
  mkdirSync(join(tree, '.hidden'), { recursive: true });
  mkdirSync(join(tree, 'out'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  for (const f of [
    'a.md',
    'b/b1.md',
    'b/c/c1.markdown',
    'c.md',
    'note.txt',
    'node_modules/x/n.md',
    '.hidden/h.md',
    'out/o.md',
  ])
    writeFileSync(join(tree, f), '# x\n');
  writeFileSync(join(outside, 'far.md'), '# x\n');
  writeFileSync(join(tree, 'b', 'kijun.json'), '{}');
  writeFileSync(join(tree, 'kijun.json'), '{}');
  symlinkSync(join(tree, 'a.md'), join(tree, 'd-link.md'));
  symlinkSync(join(outside, 'far.md'), join(tree, 'e-out.md'));
  symlinkSync(join(tree, 'b'), join(tree, 'f-dir-link'));
  symlinkSync(outside, join(tree, 'g-out-dir'));

  it('lists Markdown in name order, folders where they sort, links only to files inside', async () => {
    expect(
      (await findMarkdownFiles(fs, tree)).map((p) =>
        p
          .slice(tree.length + 1)
          .split('\\')
          .join('/'),
      ),
    ).toEqual(['a.md', 'b/b1.md', 'b/c/c1.markdown', 'c.md', 'd-link.md']);
  });

  it('finds policy-set configurations with the same walk', async () => {
    expect((await findPolicySetConfigs(fs, tree)).map((p) => p.slice(tree.length).split('\\').join('/'))).toEqual([
      '/kijun.json',
      '/b/kijun.json',
    ]);
  });

  it('visits folders before their entries, with the caller spelling of the root', async () => {
    const seen: string[] = [];
    await walkFolders(fs, tree, 'T', {
      folder: async (_d, shown) => void seen.push(`${shown}/`),
      file: async (e) => void (e.name.endsWith('.md') && seen.push(e.name)),
    });
    expect(seen.map((s) => s.split('\\').join('/'))).toEqual([
      'T/',
      'a.md',
      'T/b/',
      'b1.md',
      'T/b/c/',
      'c.md',
      'd-link.md',
      'e-out.md',
    ]);
  });

  it('isFileInside resolves links', async () => {
    expect(await isFileInside(fs, tree, join(tree, 'd-link.md'))).toBe(true);
    expect(await isFileInside(fs, tree, join(tree, 'e-out.md'))).toBe(false);
    expect(await isFileInside(fs, tree, join(tree, 'b'))).toBe(false);
    expect(await isFileInside(fs, tree, join(tree, 'missing.md'))).toBe(false);
  });
});
