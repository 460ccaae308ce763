// Where and how the planner inserts a clause, with a template of our own so that the layout is tested apart
// from the catalog: numbering like the siblings, line breaks like the document, nothing of the user's changed.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../server/src/core';
import {
  applyInsertions,
  planMissingClause,
  planMissingClauses,
  planRevisedClause,
} from '../../../server/src/core/edits';

const item = { title: 'メール暗号化', template: '${1:責任者}は、通信を暗号化すること。' };
const plain = '責任者は、通信を暗号化すること。';

/** Inserts into the section titled `home` (or -1) and returns the new text. */
function insert(text: string, home: string | -1, snippet = false): string {
  const doc = parsePolicy(text);
  const index = home === -1 ? -1 : doc.sections.findIndex((s) => s.title === home);
  if (home !== -1 && index < 0) throw new Error(`no section ${home}`);
  const edit = planMissingClause(doc, index, item, { snippet });
  return applyInsertions(text, [edit]);
}

/** The original text must survive as is: the result minus one inserted run equals it. */
function expectOnlyInserted(before: string, after: string): void {
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  const tail = before.length - i;
  expect(after.slice(0, i) + after.slice(after.length - tail)).toBe(before);
}

describe('numbered like the siblings', () => {
  it('continues (1) (2) written as lines of one paragraph with a line (3)', () => {
    const text = '# 対策基準\n\n## 電子メール\n\n(1) 宛先を確認すること。\n(2) 添付を保護すること。\n\n## ウェブ\n';
    const out = insert(text, '電子メール');
    expect(out).toBe(
      '# 対策基準\n\n## 電子メール\n\n(1) 宛先を確認すること。\n(2) 添付を保護すること。\n(3) ' +
        plain +
        '\n\n## ウェブ\n',
    );
    expectOnlyInserted(text, out);
  });

  it('continues paragraphs separated by blank lines with a paragraph, full-width （３） after （２）', () => {
    const text = '# 対策基準\n\n## 電子メール\n\n（１）　宛先を確認すること。\n\n（２）　添付を保護すること。\n';
    expect(insert(text, '電子メール')).toBe(
      '# 対策基準\n\n## 電子メール\n\n（１）　宛先を確認すること。\n\n（２）　添付を保護すること。\n\n（３）　' +
        plain +
        '\n',
    );
  });

  it('continues articles: 第12条 after 第11条, kanji numerals and a bold caption kept', () => {
    expect(insert('# 規程\n\n第10条 目的。\n第11条 範囲。\n', '規程')).toBe(
      '# 規程\n\n第10条 目的。\n第11条 範囲。\n第12条 ' + plain + '\n',
    );
    const bold = '# 規程\n\n**第十一条（宛先）** 宛先を確認すること。\n';
    expect(insert(bold, '規程')).toBe(bold + '\n**第十二条（メール暗号化）** ' + plain + '\n');
  });

  it('makes a branch article (第十一条の二) when the next article number is taken further on', () => {
    const text =
      '# 規程\n\n## 第一章 メール\n\n第十一条 宛先を確認すること。\n\n## 第二章 ウェブ\n\n第十二条 管理すること。\n\n第十二条の二 更新すること。\n';
    const out = insert(text, '第一章 メール');
    expect(out).toContain('第十一条 宛先を確認すること。\n\n第十一条の二 ' + plain + '\n\n## 第二章');
    const doc = parsePolicy(text);
    const two = planMissingClauses(doc, [
      { home: 1, item },
      { home: 1, item },
    ]);
    expect(applyInsertions(text, two)).toContain('第十一条の二 ' + plain + '\n\n第十一条の三 ' + plain);
  });

  it('continues an ordered list with 3. (and 3) for the parenthesis style), keeping a loose list loose', () => {
    expect(insert('# 基準\n\n## メール\n\n1. 宛先\n2. 添付\n', 'メール')).toBe(
      '# 基準\n\n## メール\n\n1. 宛先\n2. 添付\n3. ' + plain + '\n',
    );
    expect(insert('# 基準\n\n## メール\n\n1) 宛先\n2) 添付\n', 'メール')).toContain('2) 添付\n3) ' + plain);
    expect(insert('# 基準\n\n## メール\n\n1. 宛先\n\n2. 添付\n', 'メール')).toContain('2. 添付\n\n3. ' + plain);
  });

  it('continues a bullet list, and the (n) numbers written inside its items', () => {
    expect(insert('# 基準\n\n## メール\n\n* 宛先\n* 添付\n', 'メール')).toContain('* 添付\n* ' + plain);
    expect(insert('# 基準\n\n## メール\n\n- (1) 宛先\n- (2) 添付\n', 'メール')).toContain('- (2) 添付\n- (3) ' + plain);
  });

  it('puts the new item after the nested items of the last one', () => {
    const out = insert(
      '# 基準\n\n## メール\n\n1. 宛先\n2. 添付\n   - (a) 暗号化\n   - (b) 分割\n\n終わり。\n',
      'メール',
    );
    // 「終わり。」 is the last top-level clause: a paragraph after it.
    expect(out).toContain('終わり。\n\n' + plain);
    const nested = insert('# 基準\n\n## メール\n\n1. 宛先\n2. 添付\n   - (a) 暗号化\n   - (b) 分割\n', 'メール');
    expect(nested).toBe('# 基準\n\n## メール\n\n1. 宛先\n2. 添付\n   - (a) 暗号化\n   - (b) 分割\n3. ' + plain + '\n');
  });

  it('adds a numbered heading after sub-sections: ### 7.2.3 after 7.2.2, with the clause under it', () => {
    const text =
      '# 基準\n\n## 7.2 電子メール・ウェブ等\n\n### 7.2.1 誤送信\n\n宛先を確認すること。\n\n### 7.2.2 ウェブ\n\n管理すること。\n\n## 7.3 通信回線\n\n回線を管理する。\n';
    const out = insert(text, '7.2 電子メール・ウェブ等');
    expect(out).toBe(
      text.replace('管理すること。\n\n## 7.3', `管理すること。\n\n### 7.2.3 メール暗号化\n\n${plain}\n\n## 7.3`),
    );
  });

  it('adds a chapter at the end when no section is the home, continuing the article numbers', () => {
    const text = '# 規程\n\n## 第1章 総則\n\n第1条 目的を定める。\n\n## 第2章 体制\n\n第2条 体制を置く。\n';
    expect(insert(text, -1)).toBe(text + '\n## 第3章 メール暗号化\n\n第3条 ' + plain + '\n');
  });

  it('restarts (1) numbering under a new heading when the sibling sections use it', () => {
    const text = '# 基準\n\n## 1. 総則\n\n(1) 目的\n(2) 範囲\n';
    expect(insert(text, -1)).toBe(text + '\n## 2. メール暗号化\n\n(1) ' + plain + '\n');
  });
});

describe('documents of every shape', () => {
  it('keeps CRLF line breaks throughout', () => {
    const text =
      '# 対策基準\r\n\r\n## 電子メール\r\n\r\n(1) 宛先を確認すること。\r\n(2) 添付を保護すること。\r\n\r\n## ウェブ\r\n\r\n管理。\r\n';
    const out = insert(text, '電子メール');
    expect(out).toBe(text.replace('添付を保護すること。\r\n', `添付を保護すること。\r\n(3) ${plain}\r\n`));
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const heading = insert('# 規程\r\n\r\n## 第1章 総則\r\n\r\n第1条 目的。\r\n', -1);
    expect(heading.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(heading).toContain('\r\n\r\n## 第2章 メール暗号化\r\n\r\n第2条 ');
  });

  it('continues a document without headings', () => {
    expect(insert('第1条 目的を定める。\n第2条 体制を置く。\n', -1)).toBe(
      '第1条 目的を定める。\n第2条 体制を置く。\n第3条 ' + plain + '\n',
    );
    expect(insert('目的を定める。\n\n体制を置く。', -1)).toBe('目的を定める。\n\n体制を置く。\n\n' + plain);
    expect(insert('', -1)).toBe(plain);
    expect(insert('---\nkijun: {}\n---\n', -1)).toBe('---\nkijun: {}\n---\n\n' + plain + '\n');
  });

  it('writes into an empty section right under its heading, keeping what follows apart', () => {
    expect(insert('# 基準\n\n## メール\n\n## ウェブ\n\n管理。\n', 'メール')).toBe(
      '# 基準\n\n## メール\n\n' + plain + '\n\n## ウェブ\n\n管理。\n',
    );
    expect(insert('# 基準\n\n## メール\n<!-- 後で書く -->\n', 'メール')).toBe(
      '# 基準\n\n## メール\n\n' + plain + '\n\n<!-- 後で書く -->\n',
    );
  });

  it('adds a paragraph after a table rather than breaking it', () => {
    const text =
      '# 基準\n\n## メール\n\n| 項目 | 内容 |\n|---|---|\n| 宛先 | 確認する |\n| 添付 | 保護する |\n\n## ウェブ\n';
    const out = insert(text, 'メール');
    expect(out).toBe(text.replace('| 添付 | 保護する |\n', `| 添付 | 保護する |\n\n${plain}\n`));
    expect(parsePolicy(out).clauses.filter((c) => c.kind === 'tableRow')).toHaveLength(2);
  });

  it('keeps tab stops only in the template and escapes literal text in snippet mode', () => {
    const text = '# 基準\n\n## メール\n\n(1) 宛先\n(2) 添付\n';
    expect(insert(text, 'メール', true)).toBe(text + '(3) ${1:責任者}は、通信を暗号化すること。\n');
    const doc = parsePolicy('# 規程\n\n**第1条（$宛先}）** 確認する。\n');
    const edit = planMissingClause(doc, 0, { title: '費用$}', template: '${1:a}' }, { snippet: true });
    expect(edit.text).toBe('\n\n**第2条（費用\\$\\}）** ${1:a}');
  });

  it('numbers several clauses for one place one after another', () => {
    const text = '# 基準\n\n## メール\n\n(1) 宛先\n(2) 添付\n\n## ウェブ\n\n1. 管理\n';
    const doc = parsePolicy(text);
    const edits = planMissingClauses(doc, [
      { home: 1, item },
      { home: 2, item: { ...item, template: 'B' } },
      { home: 1, item: { ...item, template: 'C' } },
    ]);
    expect(applyInsertions(text, edits)).toBe(
      '# 基準\n\n## メール\n\n(1) 宛先\n(2) 添付\n(3) ' + plain + '\n(4) C\n\n## ウェブ\n\n1. 管理\n2. B\n',
    );
  });
});

describe('the revised clause after an outdated one', () => {
  const revise = (text: string, clauseText: string) => {
    const doc = parsePolicy(text);
    const c = doc.clauses.find((x) => text.slice(x.start, x.end).includes(clauseText));
    if (!c) throw new Error(`no clause ${clauseText}`);
    const out = applyInsertions(text, [planRevisedClause(doc, c.index, item, { snippet: false })]);
    expectOnlyInserted(text, out);
    return out;
  };

  it('takes the next number when the old clause is the last one', () => {
    expect(revise('# 基準\n\n## メール\n\n(1) 宛先\n(2) 暗号化が望ましい。\n', '望ましい')).toBe(
      '# 基準\n\n## メール\n\n(1) 宛先\n(2) 暗号化が望ましい。\n(3) ' + plain + '\n',
    );
  });

  it('goes right after the old clause, unnumbered, instead of duplicating the number of the next one', () => {
    const out = revise('# 基準\n\n## メール\n\n(1) 暗号化が望ましい。\n(2) 宛先\n', '望ましい');
    expect(out).toBe('# 基準\n\n## メール\n\n(1) 暗号化が望ましい。\n\n' + plain + '\n\n(2) 宛先\n');
    const texts = parsePolicy(out).clauses.map((c) => out.slice(c.start, c.end));
    expect(texts).toEqual(['(1) 暗号化が望ましい。', plain, '(2) 宛先']);
  });

  it('becomes a branch article between two articles', () => {
    expect(revise('# 規程\n\n第十一条 暗号化が望ましい。\n\n第十二条 宛先。\n', '望ましい')).toContain(
      '第十一条 暗号化が望ましい。\n\n第十一条の二 ' + plain + '\n\n第十二条',
    );
  });

  it('becomes the next list item after the old one and its nested items', () => {
    const out = revise('# 基準\n\n## メール\n\n- 暗号化が望ましい。\n  - 例外\n- 宛先\n', '望ましい');
    expect(out).toBe('# 基準\n\n## メール\n\n- 暗号化が望ましい。\n  - 例外\n- ' + plain + '\n- 宛先\n');
  });
});

describe('regulations (規程)', () => {
  it('numbers a heading that is an article as a branch when the next article is taken (第十一条の二（…）)', () => {
    const text =
      '# 規程\n\n## 第二章　体制\n\n### 第十条（委員会）\n\n置く。\n\n### 第十一条（ＣＳＩＲＴ）\n\n置く。\n\n## 第三章　運用\n\n### 第十二条（教育）\n\n行う。\n';
    expect(insert(text, '第二章　体制')).toBe(
      text.replace('置く。\n\n## 第三章', '置く。\n\n### 第十一条の二（メール暗号化）\n\n' + plain + '\n\n## 第三章'),
    );
  });

  it('continues 「2101-10 第10条 (…)」 headings of a university, document number and article together', () => {
    const text =
      '# 規程\n\n## 第2章 体制\n\n### 2101-10 第10条 (CSIRT)\n\n置く。\n\n## 第3章 運用\n\n### 2101-11 第11条 (教育)\n\n行う。\n';
    expect(insert(text, '第2章 体制')).toContain(
      '置く。\n\n### 2101-10の2 第10条の2 (メール暗号化)\n\n' + plain + '\n\n## 第3章',
    );
    const last = '# 規程\n\n## 第2章 体制\n\n### 2101-10 第10条 (CSIRT)\n\n置く。\n';
    expect(insert(last, '第2章 体制')).toBe(last + '\n### 2101-11 第11条 (メール暗号化)\n\n' + plain + '\n');
  });

  it('gives a new article a caption line when the articles have one above them', () => {
    const text =
      '# 規程\n\n## 第2章 メール\n\n（誤送信）\n第１９条 宛先を確認する。\n\n## 第3章 ウェブ\n\n（ウェブ）\n第２０条 管理する。\n';
    expect(insert(text, '第2章 メール')).toContain(
      '第１９条 宛先を確認する。\n\n（メール暗号化）\n第１９条の２ ' + plain + '\n\n## 第3章',
    );
  });

  it('puts new provisions before 附則, as a heading or as the closing paragraphs', () => {
    const heading = '# 規程\n\n## 第1章 総則\n\n第1条 目的。\n\n## 附則\n\nこの規程は、令和2年4月1日から施行する。\n';
    expect(insert(heading, -1)).toBe(
      heading.replace('## 附則', '## 第2章 メール暗号化\n\n第2条 ' + plain + '\n\n## 附則'),
    );
    const closing = '# 規程\n\n第1条 目的。\n\n第2条 範囲。\n\n附　則\n\nこの規程は、令和2年4月1日から施行する。\n';
    expect(insert(closing, '規程')).toBe(closing.replace('範囲。\n\n附', `範囲。\n\n第3条 ${plain}\n\n附`));
  });
});
