// The paper requests over LSP (stdio, the real server): kijun/revisionTable (新旧対照表 of the open document
// against an older text), kijun/policySkeleton (a new 対策基準), and the exception hover in front matter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../lsp/session';

const EXAMPLE = join(__dirname, '../../examples/情報セキュリティ対策基準.md');
const oldText = readFileSync(EXAMPLE, 'utf8');
const OLD_WEB = 'ログインを要するページ及び個人情報を入力するフォームについては';

describe('paper requests over LSP', () => {
  let s: Session;
  beforeAll(async () => {
    s = await Session.start();
  });
  afterAll(async () => {
    await s.shutdown();
  });

  it('kijun/revisionTable: the open text (unsaved edits) against the old text', async () => {
    const uri = pathToFileURL('/tmp/kijun-lsp-papers/対策基準.md').href;
    await s.open(uri, oldText.replace(OLD_WEB, 'すべてのページについて'));
    const r = (await s.rpc.sendRequest('kijun/revisionTable', { uri, oldText })) as {
      html: string;
      title: string;
      changes: number;
    };
    expect(r.changes).toBe(1);
    expect(r.title).toMatch(/新旧対照表$/);
    expect(r.html).toContain('<th scope="col">改正後</th><th scope="col">改正前</th>');
    expect(r.html).toContain('data-requirement="web-encryption"');
    expect(r.html).toMatch(/<u>[^<]*すべて/);
    expect(r.html).toMatch(/<u>[^<]*ログイン/);
  });

  it('kijun/policySkeleton: a policy covering every requirement, in the style asked for', async () => {
    const r = (await s.rpc.sendRequest('kijun/policySkeleton', {
      style: 'decimal',
      organization: 'ministry',
      edition: 'r3',
    })) as { text: string };
    expect(r.text).toContain('edition: r3');
    expect(r.text).toMatch(/^### \d+\.\d+ /m);
    const uri = pathToFileURL('/tmp/kijun-lsp-papers/new.md').href;
    await s.open(uri, r.text);
    const diags = await s.diagnosticsFor(uri, s.version(uri));
    expect(diags.length).toBeGreaterThan(0);
    expect(diags.every((d) => d.code === 'placeholder' && d.severity === 3)).toBe(true);
  });

  it('hover on an exception in front matter shows it', async () => {
    const uri = pathToFileURL('/tmp/kijun-lsp-papers/exc.md').href;
    const text =
      '---\nkijun:\n  exceptions:\n    drm: { reason: 代替策で対応, approver: CISO, expires: 2099-01-01 }\n---\n# 情報セキュリティ対策基準\n\n職員等は遵守する。\n';
    await s.open(uri, text);
    await s.diagnosticsFor(uri, s.version(uri));
    const h = await s.hover(uri, { line: 3, character: 5 });
    const value = (h?.contents as { value: string } | undefined)?.value;
    expect(value).toContain('例外措置: 代替策で対応（承認: CISO、期限: 2099-01-01）');
  });
});
