// The editing loop over real LSP: diagnostics → hover → code action → apply its WorkspaceEdit → didChange →
// the finding is gone and no other appeared. With a client that takes snippet edits and one that does not.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { findingKeys, fixture, rawEdits, Session, uriOf } from './session';

const ID = 'email-encryption';
const TITLE = '電子メール通信の暗号化';
const policy = readFileSync(fixture('policy-ja.md'), 'utf8');
const outdated = readFileSync(fixture('policy-outdated.md'), 'utf8');

const ofId = (ds: Diagnostic[]) => ds.filter((d) => d.code === ID);
const titled = (actions: CodeAction[], start: string) => {
  const a = actions.find((x) => x.title.startsWith(start));
  if (!a) throw new Error(`no action "${start}…" among: ${actions.map((x) => x.title).join(' | ')}`);
  return a;
};

describe('a client with snippet-edit support (Japanese)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await Session.start({ snippets: true, locale: 'ja' });
  });
  afterAll(async () => {
    await s.shutdown();
  });

  it('publishes a missing finding with its id, documentation, source and data', async () => {
    const uri = uriOf('policy-ja.md');
    await s.open(uri, policy);
    const [d] = ofId(await s.diagnosticsFor(uri, 1));
    expect(d).toBeDefined();
    expect(d.source).toBe('kijun');
    expect(d.severity).toBe(2);
    expect(d.codeDescription?.href).toMatch(/docs\/requirements\/email-encryption\.md$/);
    expect(d.message).toContain(TITLE);
    expect(d.data).toMatchObject({ id: ID, kind: 'missing', version: 1 });
    // On the heading of the section where the clause belongs.
    expect(policy.split('\n')[d.range.start.line]).toBe('### 7.2.1 電子メール');
  });

  it('explains the requirement on hover, with 参考 for an unverified section number and a clause to add', async () => {
    const uri = uriOf('policy-ja.md');
    const [d] = ofId(await s.diagnosticsFor(uri, 1));
    const h = await s.hover(uri, d.range.start);
    const value = (h?.contents as { value: string } | undefined)?.value;
    expect(value).toContain(`**${TITLE}**`);
    expect(value).toContain('義務');
    expect(value).toMatch(/参考/);
    expect(value).toContain('この文書での状況: 不足');
    expect(value).toContain('追加する条項の例');
  });

  it('says which edition is current on a reference to the standard', async () => {
    const uri = uriOf('policy-ja.md');
    const line = policy.split('\n').findIndex((l) => l.includes('平成30年度版'));
    const h = await s.hover(uri, { line, character: policy.split('\n')[line].indexOf('平成30年度版') + 2 });
    const value = (h?.contents as { value: string } | undefined)?.value;
    expect(value).toContain('平成30年度版');
    expect(value).toMatch(/検査に用いている版/);
  });

  it('inserts the clause as a snippet at the end of the home section, numbered (3), and the finding goes away', async () => {
    const uri = uriOf('policy-ja.md');
    const before = await s.diagnosticsFor(uri, 1);
    const [d] = ofId(before);
    const actions = await s.codeActions(uri, d.range, [d]);
    const fix = titled(actions, `統一基準に対応する条項を挿入: ${TITLE}`);
    expect(fix.kind).toBe('quickfix');
    expect(fix.isPreferred).toBe(true);
    expect(fix.diagnostics?.[0].code).toBe(ID);
    const [edit] = rawEdits(fix.edit!);
    expect('snippet' in edit && edit.snippet.value).toMatch(/^\n\(3\) \$\{1:/);
    const version = (await s.apply(fix.edit!)).get(uri)!;
    expect(s.text(uri)).toContain('電子メールサービスを利用すること。\n(3) 情報システムセキュリティ責任者は、');
    const after = await s.diagnosticsFor(uri, version);
    expect(ofId(after)).toEqual([]);
    expect(findingKeys(after)).toEqual(findingKeys(before.filter((x) => x.code !== ID)));
  });

  it('adds the revised clause after an outdated one and keeps every character of the original', async () => {
    const uri = uriOf('policy-outdated.md');
    await s.open(uri, outdated);
    const before = await s.diagnosticsFor(uri, 1);
    const [d] = ofId(before).filter((x) => (x.data as { kind: string }).kind === 'outdated');
    expect(outdated.split('\n')[d.range.start.line]).toContain('第十一条');
    const fix = titled(await s.codeActions(uri, d.range, [d]), '改定後の条項をこの条項の後に追加');
    expect(fix.isPreferred).toBe(true);
    const [edit] = rawEdits(fix.edit!);
    expect(edit.range.start).toEqual(edit.range.end);
    const version = (await s.apply(fix.edit!)).get(uri)!;
    const text = s.text(uri);
    // Between 第十一条 and 第十二条 the new article is 第十一条の二, with the title as its caption.
    expect(text).toContain(
      '望ましい。\n\n**第十一条の二（電子メール通信の暗号化）** 情報システムセキュリティ責任者は、',
    );
    expect(text.replace(/\n\n\*\*第十一条の二[^\n]*/, '')).toBe(outdated);
    const after = await s.diagnosticsFor(uri, version);
    // Nothing new appears (an outdated clause that contradicts the revision keeps its finding until the user
    // deletes it; one that is merely incomplete is settled by the new clause).
    expect(findingKeys(after).filter((k) => !findingKeys(before).includes(k))).toEqual([]);
  });

  it('marks a requirement as not applicable in front matter (reason as a tab stop)', async () => {
    const uri = uriOf('na/policy-ja.md');
    await s.open(uri, policy);
    const [d] = ofId(await s.diagnosticsFor(uri, 1));
    const fix = titled(await s.codeActions(uri, d.range, [d]), `「${TITLE}」を対象外として記録`);
    const [edit] = rawEdits(fix.edit!);
    expect('snippet' in edit && edit.snippet.value).toBe(`---\nkijun.not-applicable.${ID}: \${1:理由を記入}\n---\n\n`);
    const version = (await s.apply(fix.edit!)).get(uri)!;
    expect(ofId(await s.diagnosticsFor(uri, version))).toEqual([]);
    const [lens] = await s.codeLenses(uri);
    expect(lens.command?.title).toMatch(/対象外 1 · 版: [^·]+$/);
  });

  it('disables the check for one clause with a comment before it', async () => {
    const uri = uriOf('disable/policy-outdated.md');
    await s.open(uri, outdated);
    const [d] = ofId(await s.diagnosticsFor(uri, 1));
    const fix = titled(await s.codeActions(uri, d.range, [d]), `この条項では ${ID} を検査しない`);
    const version = (await s.apply(fix.edit!)).get(uri)!;
    expect(s.text(uri)).toContain(`<!-- kijun-disable-next-line ${ID} -- 理由を記入 -->\n**第十一条`);
    const after = await s.diagnosticsFor(uri, version);
    // Nothing is reported on that clause any more (the requirement itself may now show as missing elsewhere).
    const line = s
      .text(uri)
      .split('\n')
      .findIndex((l) => l.startsWith('**第十一条'));
    expect(ofId(after).filter((x) => x.range.start.line === line)).toEqual([]);
  });
});

describe('a client without snippet or versioned-edit support (English)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await Session.start({ snippets: false, documentChanges: false, locale: 'en-US' });
  });
  afterAll(async () => {
    await s.shutdown();
  });

  it("gets English messages and plain text edits with the placeholders filled in, the clause in the policy's language", async () => {
    const uri = uriOf('policy-ja.md');
    await s.open(uri, policy);
    const before = await s.diagnosticsFor(uri, 1);
    const [d] = ofId(before);
    expect(d.message).toMatch(/E-mail encryption/);
    const actions = await s.codeActions(uri, d.range, [d]);
    const fix = titled(actions, 'Insert a clause for the Common Standards: E-mail encryption');
    expect(fix.edit?.documentChanges).toBeUndefined();
    const [edit] = rawEdits(fix.edit!);
    // The menu speaks the UI's language; the inserted clause is policy text and follows the (Japanese) policy.
    expect('newText' in edit && edit.newText).toMatch(/^\n\(3\) 情報システムセキュリティ責任者は、/);
    expect(JSON.stringify(fix.edit)).not.toContain('${');
    const version = (await s.apply(fix.edit!)).get(uri)!;
    const after = await s.diagnosticsFor(uri, version);
    expect(ofId(after)).toEqual([]);
    expect(findingKeys(after)).toEqual(findingKeys(before.filter((x) => x.code !== ID)));
  });

  it('offers a source action inserting every missing clause, apart from the quick fixes', async () => {
    const uri = uriOf('all/policy-ja.md');
    await s.open(uri, policy);
    const before = await s.diagnosticsFor(uri, 1);
    const missing = before.filter((d) => (d.data as { kind: string }).kind === 'missing');
    const actions = await s.codeActions(
      uri,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      [],
      ['source.kijun'],
    );
    expect(actions.map((a) => a.kind)).toEqual(['source.kijun.insertMissingClauses']);
    expect(actions[0].title).toBe(`Insert all missing clauses for the Common Standards (${missing.length})`);
    const quick = await s.codeActions(uri, missing[0].range, [missing[0]], ['quickfix']);
    expect(quick.every((a) => a.kind === 'quickfix')).toBe(true);
    const version = (await s.apply(actions[0].edit!)).get(uri)!;
    const after = await s.diagnosticsFor(uri, version);
    expect(after.filter((d) => (d.data as { kind: string }).kind === 'missing')).toEqual([]);
  });
});
