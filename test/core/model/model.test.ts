import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../server/src/core/model/parse';

const text = (doc: ReturnType<typeof parsePolicy>, i: number) =>
  doc.text.slice(doc.clauses[i].start, doc.clauses[i].end);

describe('policy model', () => {
  it('builds sections from headings with their numbers and nesting', () => {
    const doc = parsePolicy(
      '# 情報セキュリティ対策基準\n\n## 第2章 組織\n\n### 2.1.1 体制\n\n本文。\n\n## 第3章 情報\n',
    );
    expect(doc.sections.map((s) => [s.depth, s.title, s.number?.kind ?? null, s.parent])).toEqual([
      [1, '情報セキュリティ対策基準', null, -1],
      [2, '第2章 組織', 'chapter', 0],
      [3, '2.1.1 体制', 'decimal', 1],
      [2, '第3章 情報', 'chapter', 0],
    ]);
    expect(doc.sections[1].end).toBe(doc.sections[3].start);
    expect(doc.sections[2].clauses).toHaveLength(1);
    expect(doc.titleSection).toBe(0);
  });

  it('makes clauses of paragraphs, list items, table rows and numbered lines, with their numbers', () => {
    const doc = parsePolicy(
      [
        '# 規程',
        '',
        '**第四条（目的）** この規程は、情報の保護を目的とする。',
        '',
        '(1) 第一の措置を講ずること。',
        '(2) 第二の措置を講ずること。',
        '',
        '1. 項目A',
        '   - 子項目',
        '2. 項目B',
        '',
        '| 区分 | 措置 |',
        '|---|---|',
        '| 電子メール | 暗号化する |',
      ].join('\n'),
    );
    const kinds = doc.clauses.map((c) => [c.kind, c.number?.raw ?? null]);
    expect(kinds).toEqual([
      ['article', '**第四条'.slice(2)],
      ['paragraph', '(1)'],
      ['paragraph', '(2)'],
      ['listItem', '1.'],
      ['listItem', null],
      ['listItem', '2.'],
      ['tableRow', null],
    ]);
    expect(text(doc, 1)).toBe('(1) 第一の措置を講ずること。');
    expect(doc.clauses[4].context).toContain('項目a');
    expect(doc.clauses[6].norm.text).toContain('電子メール');
    expect(doc.clauses[6].context).toContain('措置');
    expect(doc.lists.find((l) => l.ordered)?.items).toBe(2);
  });

  it('splits a 例規 article into its 項 and 号, gives the 号 their lead-in and the article its caption', () => {
    const doc = parsePolicy(
      [
        '# 規程',
        '',
        '（不正プログラム対策）',
        '第18条 責任者は、端末に次に掲げる対策を講じなければならない。',
        '一 パターンファイルを最新に保つこと。',
        '二 不審な動作を示すプログラムの実行を停止させる機能を導入すること。',
        '2 職員は、前項の機能を無効にしてはならない。',
        '3 前項の規定は、',
        '2 台目以降の端末にも適用する。',
        '',
      ].join('\n'),
    );
    const clauses = doc.clauses.map((c, i) => [text(doc, i), c.parentClause ?? null]);
    expect(clauses).toEqual([
      ['（不正プログラム対策）', null],
      ['第18条 責任者は、端末に次に掲げる対策を講じなければならない。', null],
      ['一 パターンファイルを最新に保つこと。', 1],
      ['二 不審な動作を示すプログラムの実行を停止させる機能を導入すること。', 1],
      ['2 職員は、前項の機能を無効にしてはならない。', null],
      // 「2 台目」 is not the next 項 (3 was): a wrapped line.
      ['3 前項の規定は、\n2 台目以降の端末にも適用する。', null],
    ]);
    expect(doc.clauses[1].context).toContain('(不正プログラム対策)');
    expect(doc.clauses[3].context).toContain('次に掲げる対策');
    expect(doc.clauses[4].context).not.toContain('次に掲げる対策');
  });

  it('does not read code, HTML comments, blockquotes or front matter as policy text', () => {
    const doc = parsePolicy(
      [
        '---',
        'kijun:',
        '  organization: agency',
        '---',
        '# 対策基準',
        '',
        '```',
        '全てのウェブサイトを暗号化すること。',
        '```',
        '',
        '<!-- 電子メールを暗号化すること。 -->',
        '',
        '> 例: モバイル端末を利用できる。',
        '',
        '    indented code',
        '',
        '本文だけが条項。',
      ].join('\n'),
    );
    expect(doc.clauses.map((c) => c.norm.text)).toEqual(['本文だけが条項。']);
    expect(doc.frontMatter?.data).toEqual({ kijun: { organization: 'agency' } });
    expect(doc.ignored.length).toBeGreaterThanOrEqual(4);
  });

  it('maps clause text back to exact source ranges in CRLF files with astral characters', () => {
    const src = '# 基本方針\r\n\r\n- 𠮷田課の職員等は、\r\n  ＴＬＳを用いること。\r\n';
    const doc = parsePolicy(src);
    const c = doc.clauses[0];
    expect(c.norm.text).toBe('𠮷田課の職員等は、tlsを用いること。');
    const at = c.norm.text.indexOf('tls');
    expect(src.slice(c.norm.starts[at], c.norm.ends[at + 2])).toBe('ＴＬＳ');
    expect(doc.eol).toBe('\r\n');
  });

  it('reads disable comments and evidence markers for the next clause', () => {
    const doc = parsePolicy(
      '# 対策基準\n\n<!-- kijun-disable-next-line drm web-encryption -- 別規程で定める -->\n対象外の条項。\n\n<!-- kijun: drm -->\n証跡の条項。\n',
    );
    expect([...(doc.clauses[0].disabled ?? [])]).toEqual(['drm', 'web-encryption']);
    expect([...(doc.clauses[1].markers ?? [])]).toEqual(['drm']);
  });

  it('reports front matter it cannot read instead of failing', () => {
    const doc = parsePolicy('---\nkijun: [unclosed\n---\n# 対策基準\n');
    expect(doc.frontMatter?.data).toBeNull();
    expect(doc.frontMatter?.error).toBeTruthy();
  });
});

describe('numbered clauses right under a list', () => {
  it('reads a margin line with a clause number after a list item as a paragraph of its own', () => {
    const doc = parsePolicy(
      [
        '# Standard',
        '',
        '2.2 The Office drives the programme. Its duties are to:',
        '  - run security awareness training;',
        '  - coordinate self-assessments.',
        '2.3 Department heads shall report to the CISO the problems they identify.',
        '2.4 The CISO shall direct improvements.',
        '',
      ].join('\n'),
    );
    const kinds = doc.clauses.map((c) => `${c.kind}:${c.norm.text.slice(0, 12)}`);
    expect(kinds).toEqual([
      'paragraph:2.2 the offi',
      'listItem:run security',
      'listItem:coordinate s',
      'paragraph:2.3 departme',
      'paragraph:2.4 the ciso',
    ]);
    // The item ends where the clause begins (its range does not reach into 2.3).
    const item = doc.clauses[2];
    expect(doc.text.slice(item.start, item.end)).toBe('- coordinate self-assessments.');
  });

  it('keeps a wrapped line of the item that does not start a clause', () => {
    const doc = parsePolicy(['# Standard', '', '- the first item wraps', 'onto this line.', ''].join('\n'));
    expect(doc.clauses.map((c) => c.norm.text)).toEqual(['the first item wraps onto this line.']);
  });
});
