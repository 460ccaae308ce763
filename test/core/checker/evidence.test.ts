import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';

/**
 * What counts as evidence: a marker or a citation of the standard names the clause to evaluate, not coverage by
 * itself (issue 11); a lead-in's items are its content.
 */
function result(text: string, id: string) {
  return analyzeText(text, { force: true }).requirements.find((r) => r.id === id)!;
}

describe('a cited lead-in is evaluated with its items', () => {
  const otherDuties = [
    // Marker over an article whose 号 are other duties only.
    '# 規程\n\n<!-- kijun: unknown-malware -->\n第８条　管理者は、端末について次の措置を講ずるものとする。\n(1) ウイルス対策ソフトを導入し、定義ファイルを自動更新すること。\n(2) 修正プログラムを速やかに適用すること。\n',
    // A citation of the section on a lead-in, items as a Markdown list.
    '# 対策基準\n\n## 端末\n\n情報システムセキュリティ責任者は、以下の対策を実施すること（統一基準 6.2.2 対応）。\n\n- パターンファイル方式のウイルス対策ソフトウェアを導入すること。\n- 不要なサービスを停止すること。\n',
    // English: a marker over "the following", items (a) (b).
    '# Policy\n\n<!-- kijun: unknown-malware -->\nThe Officer shall take the following measures on every terminal:\n(a) install anti-virus software and keep its signature files up to date;\n(b) apply security patches promptly.\n',
    // it-asset-management: a cited lead-in over a hardware register.
    '# 規程\n\n<!-- kijun: it-asset-management -->\n第５条　課長は、次に掲げる事項を行わなければならない。\n一　端末の台帳を作成すること。\n二　台帳を年１回見直すこと。\n',
  ];
  it.each(otherDuties.map((t, i) => [i, t]))('#%s: items that are other duties are not coverage', (_i, text) => {
    const id = /it-asset|台帳/.test(text as string) ? 'it-asset-management' : 'unknown-malware';
    const r = result(text as string, id);
    expect(r.status).toBe('missing');
    const cited = (r.related ?? []).find((n) => (n.kind === 'partial' || n.kind === 'separate-duty') && n.cited);
    expect(cited?.reason.en).toMatch(/cites the standard/);
    expect(cited?.reason.ja).toMatch(/対応を明記/);
  });

  it('a cited lead-in whose items state the measure still covers it', () => {
    const ja =
      '# 規程\n\n<!-- kijun: unknown-malware -->\n第８条　管理者は、端末及びサーバ装置について次の措置を講ずるものとする。\n(1) 未知の不正プログラムを挙動により検知し、実行を防止する機能を導入すること。\n';
    const en =
      '# Policy\n\n<!-- kijun: unknown-malware -->\nThe Officer shall take the following measures on every terminal and server:\n(a) deploy endpoint detection and response that detects and blocks unknown malware by its behaviour.\n';
    expect(result(ja, 'unknown-malware').status).toBe('covered');
    expect(result(en, 'unknown-malware').status).toBe('covered');
  });

  it('a cited clause pointing elsewhere still stands for the requirement', () => {
    const text = '# 規程\n\n<!-- kijun: unknown-malware -->\n別紙に定める措置を講ずること。\n';
    expect(result(text, 'unknown-malware').status).toBe('covered');
  });
});

describe('a label over a placeholder is not a duty', () => {
  const cases: Array<[string, string]> = [
    [
      'it-asset-management',
      '# 基準\n\n## 6.2.1 脆弱性対策\n\n(4) ソフトウェア資産管理ツールを用いた構成情報の自動収集\n\n【検討中：条文は追って作成】\n',
    ],
    [
      'it-asset-management',
      '# 基準\n\n## 資産管理\n\n３　IT資産管理ソフトウェアによるソフトウェア情報の把握\n\n［調整中］\n',
    ],
    ['drm', '# 基準\n\n## 情報の取扱い\n\n(7) デジタル著作権管理による電子ファイルの保護【別途作成】\n'],
    [
      'unknown-malware',
      '# Standard\n\n## Malware\n\n(3) Behaviour-based detection and blocking of unknown malware on terminals\n\n[TBD: text to be drafted]\n',
    ],
    [
      'drm',
      '# Standard\n\n## Handling of information\n\n(5) Information rights management for confidential files (to be drafted)\n',
    ],
  ];
  it.each(cases)('%s: %s', (id, text) => {
    const r = result(text, id);
    expect(r.status).toBe('missing');
    expect((r.related ?? []).some((n) => n.kind === 'label' || n.kind === 'placeholder')).toBe(true);
  });

  it('a titled item whose body states the duty still covers it', () => {
    const text =
      '# 基準\n\n## 6.2.1 脆弱性対策\n\n(4) ソフトウェア資産管理ツールを用いた構成情報の自動収集\n\n情報システムセキュリティ責任者は、IT資産管理ソフトウェアを導入し、端末のソフトウェア情報を自動で収集すること。\n';
    expect(result(text, 'it-asset-management').status).toBe('covered');
  });
});
