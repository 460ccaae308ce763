// Whether a Markdown file is a security regulation: from its title and its text (regulations go by many names),
// and the files a folder scan does not check are listed with the reason.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';

const BODY = [
  '第1条 統括情報セキュリティ責任者は、情報システムの脆弱性対策を講じなければならない。',
  '第2条 職員等は、不正プログラム対策を実施すること。',
  '第3条 情報システムセキュリティ責任者は、アクセス制御の機能を設けるものとする。',
].join('\n\n');
const EN_BODY =
  'The CISO shall appoint an information security officer.\n\nStaff must encrypt confidential information.\n\nAccess control shall be applied to every information system.\n';

describe('a security regulation by any name', () => {
  it.each([
    '情報セキュリティポリシー',
    '〇〇市情報セキュリティ対策基準',
    '〇〇機構情報セキュリティ規程',
    '情報システム管理規程',
    '情報セキュリティ管理規則',
    '〇〇大学情報システム運用基本方針',
    'ネットワーク利用要綱',
    '電子計算機管理運営要領',
    'Information Security Policy',
    'Information Security Regulations',
    'IT Security Rules',
  ])('%s', (title) => {
    expect(analyzeText(`# ${title}\n\n${BODY}\n`).isPolicy).toBe(true);
  });

  it('a generic regulation title is a policy when its text is about information security, not otherwise', () => {
    expect(analyzeText(`# 〇〇機構規程\n\n${BODY}\n`).isPolicy).toBe(true);
    expect(
      analyzeText(
        '# 会議室使用規程\n\n第1条 会議室を使用する者は、総務課に届け出なければならない。\n\n第2条 使用後は原状に復すること。\n',
      ).isPolicy,
    ).toBe(false);
    expect(analyzeText(`# Rules\n\n${EN_BODY}`).isPolicy).toBe(true);
  });

  it('no telling title: the text reads as a security regulation', () => {
    expect(analyzeText(`# 第1章 総則\n\n${BODY}\n`).isPolicy).toBe(true);
    expect(analyzeText(`${BODY}\n`).isPolicy).toBe(true);
    expect(analyzeText(`# Chapter 1\n\n${EN_BODY}`).isPolicy).toBe(true);
  });

  it('minutes, specifications, reports and READMEs that talk about security stay out, with the reason', () => {
    for (const title of [
      '情報セキュリティ委員会 議事録',
      '情報システム調達仕様書',
      '情報セキュリティ監査報告書',
      'README',
      'Information Security Audit Report',
    ]) {
      const a = analyzeText(`# ${title}\n\n${BODY}\n`);
      expect(a.isPolicy, title).toBe(false);
      expect(a.policyReasons!.ja).toContain('規程以外の文書');
    }
    const notes = analyzeText('# 来週の予定\n\n打合せは火曜日。資料は共有フォルダにある。\n');
    expect(notes.isPolicy).toBe(false);
    expect(notes.policyReasons!.en).toMatch(/does not name a security regulation and its text does not read as one/);
  });
});

describe('a folder scan lists every Markdown file it did not check', () => {
  const CLI = join(__dirname, '../../../server/out/cli.js');
  const kijun = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  const dir = mkdtempSync(join(tmpdir(), 'kijun-skip-'));
  writeFileSync(join(dir, 'kitei.md'), `# 情報システム管理規程\n\n${BODY}\n`);
  writeFileSync(join(dir, 'minutes.md'), `# 情報セキュリティ委員会 議事録\n\n${BODY}\n`);
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'notes.md'), '# メモ\n\n来週の予定。\n');

  it('JSON: a skipped array of {path, reason}; text: one line per file', () => {
    const j = JSON.parse(kijun('check', '--format', 'json', '--fail-on', 'none', dir).stdout);
    expect(j.files.map((f: { path: string }) => f.path)).toEqual([join(dir, 'kitei.md')]);
    expect(j.skipped.map((s: { path: string }) => s.path).sort()).toEqual([
      join(dir, 'docs', 'notes.md'),
      join(dir, 'minutes.md'),
    ]);
    for (const s of j.skipped) expect(s.reason.length).toBeGreaterThan(10);
    const text = kijun('check', '--lang', 'en', '--fail-on', 'none', dir).stdout;
    expect(text).toContain(`${join(dir, 'minutes.md')}: not checked — title`);
    expect(text).toContain(`${join(dir, 'docs', 'notes.md')}: not checked — `);
  });

  it('a file named on the command line is checked whatever it looks like (nothing skipped)', () => {
    const j = JSON.parse(kijun('check', '--format', 'json', '--fail-on', 'none', join(dir, 'minutes.md')).stdout);
    expect(j.files).toHaveLength(1);
    expect(j.skipped).toEqual([]);
  });
});
