// Which fixes a client gets: only those of the diagnostics it asks about, and for an outdated clause a
// replacement that the client must show for confirmation (change annotation), preferred only where it can.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedTextEdit, CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { fixture, Session, uriOf } from './session';

const ID = 'email-encryption';
const policy = readFileSync(fixture('policy-ja.md'), 'utf8');
const outdated = readFileSync(fixture('policy-outdated.md'), 'utf8');
const kindOf = (d: Diagnostic) => (d.data as { kind: string }).kind;
const replaceTitle = 'この条項を改定後の条項で置き換える';
const insertTitle = '改定後の条項をこの条項の後に追加';
const byTitle = (actions: CodeAction[], start: string) => actions.find((a) => a.title.startsWith(start));

describe('quick fixes answer only the diagnostics asked about', () => {
  let s: Session;
  beforeAll(async () => {
    s = await Session.start({ locale: 'ja' });
  });
  afterAll(async () => {
    await s.shutdown();
  });

  it('one finding among several on the same line gets its own fixes only', async () => {
    const uri = uriOf('targets/policy-ja.md');
    await s.open(uri, policy);
    const ds = await s.diagnosticsFor(uri, 1);
    // Several findings share a line (the title, or a heading): ask for one of them.
    const byLine = new Map<number, Diagnostic[]>();
    for (const d of ds) byLine.set(d.range.start.line, [...(byLine.get(d.range.start.line) ?? []), d]);
    const crowded = [...byLine.values()].find((l) => l.length > 1);
    expect(crowded, 'the fixture has a line with several findings').toBeDefined();
    const [one, ...others] = crowded!;
    const actions = await s.codeActions(uri, one.range, [one], ['quickfix']);
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(a.diagnostics?.map((d) => d.code)).toEqual([one.code]);
    expect(actions.filter((a) => a.isPreferred)).toHaveLength(1);
    // All of them asked: every one answered (but a placeholder 〇〇, which only the user can fill in, has no fix).
    const all = await s.codeActions(uri, one.range, crowded!, ['quickfix']);
    const fixable = [one, ...others].map((o) => o.code).filter((c) => c !== 'placeholder');
    expect(new Set(all.map((a) => a.diagnostics?.[0].code))).toEqual(new Set(fixable));
    // None asked (a client's cursor on the line): no quick fixes.
    expect(await s.codeActions(uri, one.range, [], ['quickfix'])).toEqual([]);
  });
});

for (const annotations of [true, false]) {
  describe(`replacing an outdated clause (change annotations ${annotations ? 'supported' : 'not supported'})`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await Session.start({ locale: 'ja', changeAnnotations: annotations });
    });
    afterAll(async () => {
      await s.shutdown();
    });

    it(`offers the replacement${annotations ? ' as the preferred fix, needing confirmation' : ', with inserting beside the clause preferred'}`, async () => {
      const uri = uriOf(`replace-${annotations}/policy-outdated.md`);
      await s.open(uri, outdated);
      const before = await s.diagnosticsFor(uri, 1);
      const d = before.find((x) => x.code === ID && kindOf(x) === 'outdated')!;
      const actions = await s.codeActions(uri, d.range, [d]);
      const replace = byTitle(actions, replaceTitle)!;
      const insert = byTitle(actions, insertTitle)!;
      expect(replace).toBeDefined();
      expect(insert).toBeDefined();
      expect(actions.filter((a) => a.isPreferred).map((a) => a.title)).toEqual([
        annotations ? replace.title : insert.title,
      ]);
      // Only where the client confirms does the title promise it.
      expect(replace.title).toMatch(annotations ? /確認のうえ適用/ : /元の条項の本文を書き換えます/);
      if (annotations) {
        const change = replace.edit!.documentChanges![0] as TextDocumentEdit;
        const edit = change.edits[0] as AnnotatedTextEdit;
        expect(edit.annotationId).toBeDefined();
        expect(replace.edit!.changeAnnotations![edit.annotationId]).toMatchObject({ needsConfirmation: true });
      } else {
        expect(replace.edit!.changeAnnotations).toBeUndefined();
      }
      const version = (await s.apply(replace.edit!)).get(uri)!;
      const text = s.text(uri);
      // The number and caption stay; the old ban is gone, the revised clause is in its place.
      const line = text.split('\n').find((l) => l.startsWith('**第十一条'))!;
      expect(line).toMatch(
        /^\*\*第十一条（電子メールの暗号化）\*\* 情報システムセキュリティ責任者は、電子メールサーバ間の通信を/,
      );
      expect(text).not.toContain('望ましい');
      // Every other byte is the user's.
      const oldLine = outdated.split('\n').find((l) => l.startsWith('**第十一条'))!;
      expect(text.replace(line, oldLine)).toBe(outdated);
      const after = await s.diagnosticsFor(uri, version);
      expect(after.filter((x) => x.code === ID)).toEqual([]);
    });
  });
}

describe('a heading that no number fits', () => {
  let s: Session;
  beforeAll(async () => {
    s = await Session.start({ locale: 'ja' });
  });
  afterAll(async () => {
    await s.shutdown();
  });

  it("says in the fix's title that the new heading is unnumbered", async () => {
    const text =
      '# 情報セキュリティ対策基準\n\n## 第7部 情報システムの構成要素\n\n### 7.2 電子メール・ウェブ等\n\n#### 7.2.1 送受信の管理\n\n職員等は、定められた手順に従って業務を行うこと。\n\n## 第8部 情報システムの利用\n\n職員等は、手順に従って利用すること。\n';
    const uri = uriOf('targets/unnumbered.md');
    await s.open(uri, text);
    const d = (await s.diagnosticsFor(uri, 1)).find((x) => x.code === ID && kindOf(x) === 'missing')!;
    const actions = await s.codeActions(uri, d.range, [d]);
    const fix = byTitle(actions, '統一基準に対応する条項を番号なしの見出しで挿入')!;
    expect(fix).toBeDefined();
    expect(fix.isPreferred).toBe(true);
    await s.apply(fix.edit!);
    expect(s.text(uri)).toContain('\n#### 電子メール通信の暗号化\n\n');
    expect(s.text(uri)).not.toContain('7.2.2');
  });
});
