import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';

const table = (mark: number) =>
  [
    '# 情報セキュリティ対策 実施状況チェックリスト',
    '',
    '| 項番 | 対策 | 実施する | 実施しない | 検討中 |',
    '|---|---|---|---|---|',
    `| 1 | 全てのウェブサイトの常時暗号化（HTTPS） |${[0, 1, 2].map((i) => (i === mark ? ' ○ ' : ' ')).join('|')}|`,
    '',
  ].join('\n');
const status = (text: string) =>
  analyzeText(text, { force: true }).requirements.find((r) => r.id === 'web-encryption')?.status;

describe('checklist columns', () => {
  it('reads the measure as adopted only when the mark stands under a column that adopts it', () => {
    expect(status(table(0))).toBe('covered');
    expect(status(table(1))).toBe('missing');
    expect(status(table(2))).toBe('missing');
  });

  it('says which column refused it', () => {
    const a = analyzeText(table(2), { force: true });
    const r = a.requirements.find((x) => x.id === 'web-encryption')!;
    expect(JSON.stringify(r.related ?? [])).toContain('検討中');
  });
});

describe('optional columns (基本対策 | 推奨対策)', () => {
  const row = (required: string, recommended: string) =>
    [
      '# 情報セキュリティ対策基準 別表（遵守事項一覧）',
      '',
      '| 区分 | 基本対策 | 推奨対策 | 対象 |',
      '|---|---|---|---|',
      `| ウェブサイト | ${required} | ${recommended} | 市が開設するウェブサイト |`,
      `| 不正プログラム | 定義ファイル型の対策ソフトウェアを導入する | 振る舞いから未知の不正プログラムを検知し、その実行を防止する機能を導入する | 全ての端末及びサーバ装置 |`,
      '',
    ].join('\n');
  const of = (text: string, id: string) => analyzeText(text, { force: true }).requirements.find((r) => r.id === id)!;

  it('reads a mandatory requirement in the required columns', () => {
    expect(of(row('全てのページをHTTPSにより常時暗号化する', '—'), 'web-encryption').status).toBe('covered');
    // Required for some pages, all pages only recommended: the pre-revision subset.
    const limited = of(
      row('個人情報を入力させるページをTLSにより暗号化する', '全てのページをHTTPSにより常時暗号化する'),
      'web-encryption',
    );
    expect(limited.status).toBe('outdated');
    expect(limited.reason?.ja).toContain('一部のページ');
  });

  it('reads a mandatory requirement met only in the recommended column as wished for', () => {
    const wished = of(row('—', '全てのページをHTTPSにより常時暗号化する'), 'web-encryption');
    expect(wished.status).toBe('outdated');
    expect(wished.reason?.ja).toContain('推奨対策');
  });

  it('keeps a recommended requirement met in the recommended column', () => {
    expect(of(row('—', '—'), 'unknown-malware').status).toBe('covered');
  });
});

describe('status cells of compliance tables', () => {
  const table = (status: string) =>
    [
      '# 情報セキュリティ対策基準 対応状況一覧',
      '',
      '| 要求事項 | 対応状況 | 期限 |',
      '|---|---|---|',
      `| 全てのウェブサイトの常時暗号化（HTTPS） | ${status} | 令和9年3月 |`,
      '',
    ].join('\n');
  const status = (text: string) =>
    analyzeText(text, { force: true }).requirements.find((r) => r.id === 'web-encryption')?.status;

  it('reads a status that is not in place as deferring or refusing the row', () => {
    expect(status(table('検討中'))).toBe('missing');
    expect(status(table('未実施（予算要求中）'))).toBe('missing');
    expect(status(table('Planned'))).toBe('missing');
  });

  it('keeps a row whose status says it is done', () => {
    expect(status(table('実施済み'))).toBe('covered');
    expect(status(table('予定どおり実施'))).toBe('covered');
  });
});
