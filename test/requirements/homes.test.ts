// Where a missing requirement is reported: the heading of the section where its clause belongs (the catalog's
// `home` concepts), in a policy laid out like the 統一基準 and in an article-style regulation.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../server/src/core';

const OUTLINE = `# 情報セキュリティ対策基準
## 第1部 総則
### 1.1 目的・適用範囲
### 1.3 用語定義
## 第2部 情報セキュリティ対策の基本的枠組み
### 2.1 導入・計画
#### 2.1.1 組織・体制の整備
#### 2.1.2 対策基準・対策推進計画の策定
### 2.2 運用
#### 2.2.1 情報セキュリティ関係規程の運用
#### 2.2.3 教育
#### 2.2.4 情報セキュリティインシデントへの対処
### 2.3 点検
#### 2.3.1 情報セキュリティ対策の自己点検
#### 2.3.2 情報セキュリティ監査
### 2.4 見直し
#### 2.4.1 情報セキュリティ対策の見直し
## 第3部 情報の取扱い
### 3.1.1 情報の取扱い
## 第6部 情報システムのセキュリティ要件
### 6.1.2 アクセス制御機能
### 6.2.1 ソフトウェアに関する脆弱性対策
### 6.2.2 不正プログラム対策
### 6.3.2 ウェブサイト等の提供時の対策
## 第7部 情報システムの構成要素
### 7.1 端末・サーバ装置等
#### 7.1.1 端末
#### 7.1.2 サーバ装置
#### 7.1.3 複合機・特定用途機器
### 7.2 電子メール・ウェブ等
#### 7.2.1 電子メール
#### 7.2.2 ウェブ
#### 7.2.3 ドメインネームシステム（DNS）
`;

function missingAt(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of analyzeText(text).findings.filter((x) => x.kind === 'missing'))
    out[f.code] = text.slice(f.start, f.end).replace(/^#+\s*/, '');
  return out;
}

describe('homes: where a missing requirement is reported', () => {
  it('uses the matching section of the 統一基準 outline for every requirement', () => {
    expect(missingAt(OUTLINE)).toEqual({
      'unknown-malware': '6.2.2 不正プログラム対策',
      'it-asset-management': '6.2.1 ソフトウェアに関する脆弱性対策',
      drm: '3.1.1 情報の取扱い',
      'web-encryption': '7.2.2 ウェブ',
      'email-encryption': '7.2.1 電子メール',
      'mobile-devices': '7.1.1 端末',
      'domain-names': '6.3.2 ウェブサイト等の提供時の対策',
      'iot-devices': '7.1.3 複合機・特定用途機器',
      'issue-reporting': '2.2.1 情報セキュリティ関係規程の運用',
      'improvement-instructions': '2.3.1 情報セキュリティ対策の自己点検',
      'promotion-structure': '2.1.1 組織・体制の整備',
    });
  });

  it('finds the chapter in an article-style regulation, and falls back to the title', () => {
    const text = [
      '# 〇〇大学情報セキュリティ規程',
      '## 第2章 組織及び体制',
      '## 第5章 モバイル端末の利用',
      '## 第6章 電子メールの利用',
      '## 第7章 附則',
      '',
    ].join('\n');
    const at = missingAt(text);
    expect(at['promotion-structure']).toBe('第2章 組織及び体制');
    expect(at['mobile-devices']).toBe('第5章 モバイル端末の利用');
    expect(at['email-encryption']).toBe('第6章 電子メールの利用');
    // No section about access control or information handling: the title carries it.
    expect(at.drm).toBe('〇〇大学情報セキュリティ規程');
  });
});
