// The incremental analyzer re-uses what an edit did not touch: pieces, their frames, the matcher's answers, the
// nearest clauses and heading-only names per text, the defined terms, the line index. Whatever the edit, the
// result must be what an analysis of the whole text says: findings, requirements with their reasons, evidence and
// ranges, clauses with their ranges. Edits here aim at what those caches depend on: headings and section titles
// (the frames of clauses), 別表 and their references, definitions, front matter, kijun comments and citations.
import { describe, expect, it } from 'vitest';
import { generatePolicy, rng } from '../../../bench/generate.mjs';
import { createIncrementalAnalyzer, getCatalog, LineIndex } from '../../../server/src/core';
import { setCheckpointEvery } from '../../../server/src/core/model/parse';
import { DEFINITION_HINT } from '../../../server/src/core/reading/terms';
import { firstDifference, snapshot, wholeDocument } from './compare';

const ids = getCatalog().requirements.map((r) => r.id);

/** Texts inserted at line starts: each changes something a cache keys on. */
function snippets(r: ReturnType<typeof rng>): string[] {
  const id = r.pick(ids);
  return [
    '## 用語の定義\n\n(1) 端末機　コンピュータ、周辺機器及びソフトウェアを総称したものをいう。\n\n',
    '「IT機器」とは、端末及びサーバ装置を指す。\n\n',
    '(2) 外部記録媒体　USBメモリその他の電磁的記録媒体をいう。\n\n',
    '端末機一覧表を整備し、IT機器の利用を管理すること。\n\n',
    '## 別表第2 暗号化の対象\n\n| 番号 | 対象 | 措置 |\n| --- | --- | --- |\n| 1 | ウェブサイト | 常時暗号化する |\n\n',
    '別表第2に定めるところにより、ウェブサイトの通信を暗号化すること。\n\n',
    '別表第1に定める様式により管理すること。\n\n',
    `<!-- kijun: ${id} -->\n`,
    `<!-- kijun-disable-next-line ${id} -- 別途対応 -->\n`,
    '<!-- kijun-disable-next-line all -->\n',
    '職員等は、電子メールの送受信を暗号化すること。（統一基準 6.2.1(1) 対応）\n\n',
    '### 第99条（電子メールの暗号化）\n\n',
    '# ',
    '#',
    '\n',
    '- 全ウェブサイトのHTTPS化\n  - 常時暗号化\n\n',
    '○○省の職員等は、〇〇に従うこと。\n\n',
    // Readings that look past the clause: a later 項 naming its target, an article's caption, 号 under a lead-in, a
    // checklist's columns, a history or plan heading, a delegation.
    '第7条 情報システム管理者は、ウェブサイトを常時暗号化しなければならない。\n2 第1項の規定は、当分の間、適用しない。\n\n',
    '（課題の報告）\n第8条 責任者は、次に掲げる事項を報告しなければならない。\n一 運用で生じた課題\n\n',
    '| 対策 | 実施する | 検討中 |\n|---|---|---|\n| 端末への振る舞い検知型対策製品の導入 | | ○ |\n\n',
    '## 改正履歴\n\n',
    '## 次年度の予定\n\n',
    '推進体制の構成及び役割は、別に定める。\n\n',
  ];
}

/** A random edit: a snippet at a line start, a character, a deleted span, or a change to the front matter. */
function randomEdit(text: string, r: ReturnType<typeof rng>): { start: number; end: number; text: string } {
  const kind = r.int(6);
  if (kind === 0) {
    // The front matter: the edition, its fences, an exception.
    const choices = [
      ['edition: h30', 'edition: r5'],
      ['edition: r5', 'edition: h30'],
      ['---\nkijun:', '--\nkijun:'],
      ['--\nkijun:', '---\nkijun:'],
      ['kijun:\n', 'kijun:\n  notApplicable:\n    x: y\n'],
    ];
    for (const [from, to] of choices) {
      const at = text.indexOf(from);
      if (at >= 0 && at < 200 && r.chance(0.5)) return { start: at, end: at + from.length, text: to };
    }
  }
  if (kind === 1) {
    // A heading's level or title.
    const headings = [...text.matchAll(/^#{1,6} /gm)];
    if (headings.length) {
      const h = r.pick(headings);
      const at = h.index!;
      const choice = r.int(3);
      if (choice === 0) return { start: at, end: at + 1, text: '' };
      if (choice === 1) return { start: at, end: at, text: '#' };
      const lineEnd = text.indexOf('\n', at);
      return {
        start: at + h[0].length,
        end: lineEnd < 0 ? text.length : lineEnd,
        text: r.pick(['用語の定義', '別表第1', '電子メール', '定義']),
      };
    }
  }
  if (kind === 2) {
    const at = r.int(text.length);
    return { start: at, end: Math.min(text.length, at + 1 + r.int(400)), text: '' };
  }
  if (kind === 3) {
    const at = r.int(text.length + 1);
    return { start: at, end: at, text: r.pick(['あ', '。', '\n', '|', '*', '別表', 'をいう', ' ']) };
  }
  // A snippet at the start of a line.
  let at = text.lastIndexOf('\n', r.int(text.length)) + 1;
  if (at < 0) at = 0;
  return { start: at, end: at, text: r.pick(snippets(r)) };
}

describe('incremental checking after edits that change frames, tables, definitions and comments', () => {
  for (const seed of [1, 2, 3]) {
    it(`equals the whole-document analysis after every edit (seed ${seed})`, () => {
      const r = rng(seed * 7919);
      let text = generatePolicy(12_000 + seed * 4_000, seed);
      const analyzer = createIncrementalAnalyzer();
      analyzer.update(text);
      for (let i = 0; i < 30; i++) {
        const edit = randomEdit(text, r);
        const before = text;
        text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
        // Half by LSP range, as the server sends them.
        const actual =
          i % 2
            ? analyzer.applyEdits([edit])
            : analyzer.applyEdits([{ range: new LineIndex(before).rangeOf(edit.start, edit.end), text: edit.text }]);
        expect(analyzer.text).toBe(text);
        const diff = firstDifference(snapshot(actual), snapshot(wholeDocument(text)));
        expect(diff, `seed ${seed}, edit ${i}: ${JSON.stringify(edit)}`).toBeUndefined();
      }
    });
  }

  it('finds the definitions a policy states, then the terms it uses, as the whole analysis does', () => {
    let text = `${generatePolicy(8_000, 5)}\n## 用語の定義\n\n(1) 端末機　コンピュータ及びソフトウェアを総称したものをいう。\n`;
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    for (const add of [
      '\n端末機一覧表を整備すること。\n',
      '\n(2) 記録媒体　USBメモリをいう。\n',
      '\n記録媒体を管理すること。\n',
    ]) {
      text += add;
      const actual = analyzer.update(text);
      expect(firstDifference(snapshot(actual), snapshot(wholeDocument(text)))).toBeUndefined();
    }
  });
});

describe('where a definition may be', () => {
  it('every character NFKC makes into を, い or 指 is one the hint looks for', () => {
    // DEFINITION needs 「をいう」 or 「を指す」 after NFKC and lower case: the hint must find every source of them.
    const sources: Record<string, string[]> = { を: [], い: [], 指: [] };
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const c = String.fromCodePoint(cp);
      const n = c.normalize('NFKC').toLowerCase();
      for (const k of Object.keys(sources)) if (n.includes(k)) sources[k].push(c);
    }
    for (const a of sources.を)
      for (const b of [...sources.い, ...sources.指]) {
        DEFINITION_HINT.lastIndex = 0;
        expect(DEFINITION_HINT.test(a + b), `${a}${b}`).toBe(true);
      }
    DEFINITION_HINT.lastIndex = 0;
  });
});

describe('clauses an edit does not move', () => {
  it('are the objects of the last analysis, and a 別表 reference added and removed leaves the analysis whole', () => {
    let text = generatePolicy(20_000, 4);
    const analyzer = createIncrementalAnalyzer();
    const firstDocument = analyzer.update(text).document;
    const first = firstDocument.clauses;
    // An edit in the last tenth: every clause before it is shared.
    const at = text.lastIndexOf('\n', Math.floor(text.length * 0.9)) + 1;
    text = `${text.slice(0, at)}別表第1に定めるところにより管理すること。\n\n${text.slice(at)}`;
    const second = analyzer.update(text);
    // (Not the clauses of a 別表 an article refers to: reading/beppyo.ts gives them its frame for one analysis.)
    const inTable = (c: (typeof first)[number]) =>
      c.kind === 'tableRow' || (firstDocument.sections[c.section]?.titleNorm.includes('別表') ?? false);
    const before = first.filter((c) => c.end < at && !inTable(c));
    expect(before.length).toBeGreaterThan(10);
    for (const c of before) expect(second.document.clauses[c.index]).toBe(c);
    expect(firstDifference(snapshot(second), snapshot(wholeDocument(text)))).toBeUndefined();
    // The reference goes again: the rows it framed are read as before.
    text = text.replace('別表第1に定めるところにより管理すること。\n\n', '');
    const third = analyzer.update(text);
    expect(firstDifference(snapshot(third), snapshot(wholeDocument(text)))).toBeUndefined();
  });
});

describe('clauses an edit moves', () => {
  it('are the objects of the last analysis with their new offsets, and their texts map to the new text', () => {
    let text = generatePolicy(30_000, 6);
    const analyzer = createIncrementalAnalyzer();
    const firstDocument = analyzer.update(text).document;
    const first = [...firstDocument.clauses];
    // (Sections are pieces here: the clauses of the edited one are parsed again.)
    const sectionStarts = firstDocument.sections.map((s) => s.start);
    // One character typed in the first third, inside a paragraph's text (the clause count stays).
    const at = text.indexOf('。', Math.floor(text.length / 3));
    text = `${text.slice(0, at)}あ${text.slice(at)}`;
    const second = analyzer.applyEdits([{ start: at, end: at, text: 'あ' }]).document;
    expect(second.clauses.length).toBe(first.length);
    const after = first.filter((c) => c.section >= 0 && sectionStarts[c.section] > at && c.kind !== 'tableRow');
    expect(after.length).toBeGreaterThan(10);
    for (const c of after) expect(second.clauses[c.index]).toBe(c);
    expect(firstDifference(snapshot(analyzer.analysis!), snapshot(wholeDocument(text)))).toBeUndefined();
  });

  it('equal sections (one piece placed twice) keep texts of their own when edits move them', () => {
    const r = rng(4242);
    const repeated = '## 備考\n\n職員等は、電子メールの送受信を暗号化すること。\n\n- 端末を管理すること。\n\n';
    let text = `# 規程\n\n${repeated}${repeated}${generatePolicy(6_000, 9)}\n${repeated}${repeated}${repeated}`;
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    for (let i = 0; i < 40; i++) {
      const choice = r.int(3);
      const at = r.int(text.length + 1);
      const edit =
        choice === 0
          ? { start: at, end: at, text: r.pick(['あ', '\n', '。']) }
          : choice === 1
            ? { start: text.lastIndexOf('\n', at) + 1, end: text.lastIndexOf('\n', at) + 1, text: repeated }
            : { start: at, end: Math.min(text.length, at + 1 + r.int(40)), text: '' };
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      const actual = analyzer.applyEdits([edit]);
      const diff = firstDifference(snapshot(actual), snapshot(wholeDocument(text)));
      expect(diff, `edit ${i}: ${JSON.stringify(edit)}`).toBeUndefined();
    }
  });
});

describe('an assembly that starts from a checkpoint of the last one', () => {
  it('equals the whole-document analysis after edits anywhere in a policy of many pieces', () => {
    const r = rng(9001);
    // More than 64 pieces: the assembly keeps a checkpoint every 32, so most edits start from one.
    let text = generatePolicy(150_000, 11);
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    expect(analyzer.stats.pieces).toBeGreaterThan(64);
    for (let i = 0; i < 20; i++) {
      const edit = randomEdit(text, r);
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      const actual = analyzer.applyEdits([edit]);
      const diff = firstDifference(snapshot(actual), snapshot(wholeDocument(text)));
      expect(diff, `edit ${i}: ${JSON.stringify(edit)}`).toBeUndefined();
    }
  });

  it('shares the sections closed before the first changed piece, and copies the ones still open', () => {
    let text = generatePolicy(150_000, 12);
    const analyzer = createIncrementalAnalyzer();
    const before = analyzer.update(text).document;
    const sections = [...before.sections];
    const at = text.lastIndexOf('\n', Math.floor(text.length * 0.8)) + 1;
    text = `${text.slice(0, at)}あ${text.slice(at)}`;
    const after = analyzer.applyEdits([{ start: at, end: at, text: 'あ' }]).document;
    const closed = sections.filter((s) => s.end < at - 20_000);
    expect(closed.length).toBeGreaterThan(10);
    for (const s of closed) expect(after.sections[s.index]).toBe(s);
    // The title section is open to the end: a copy that ends at the new end.
    expect(after.sections[0]).not.toBe(sections[0]);
    expect(after.sections[0].end).toBe(text.length);
    expect(firstDifference(snapshot(analyzer.analysis!), snapshot(wholeDocument(text)))).toBeUndefined();
  });
});

describe('a checkpoint after a comment that speaks of the next clause', () => {
  it('carries the comment over to the clause of the next piece', () => {
    // Every piece a checkpoint: the comments close a piece, their clause opens the next.
    const every = setCheckpointEvery(1);
    try {
      const id = ids[0];
      let text = [
        '# 規程',
        '',
        '<!-- kijun-disable-next-line all -->',
        '',
        '## 第1章',
        '',
        '職員等は、電子メールの送受信を暗号化すること。',
        '',
        `<!-- kijun: ${id} -->`,
        '',
        '## 第2章',
        '',
        '職員等は、ウェブサイトを常時暗号化すること。',
        '',
        '## 第3章',
        '',
        '端末を管理すること。',
        '',
      ].join('\n');
      const analyzer = createIncrementalAnalyzer();
      analyzer.update(text);
      for (const word of ['端末', '管理', '暗号化すること。', '電子メール']) {
        const at = text.lastIndexOf(word);
        text = `${text.slice(0, at)}あ${text.slice(at)}`;
        const actual = analyzer.applyEdits([{ start: at, end: at, text: 'あ' }]);
        expect(firstDifference(snapshot(actual), snapshot(wholeDocument(text))), word).toBeUndefined();
      }
      const clauses = analyzer.analysis!.document.clauses;
      expect(clauses.find((c) => c.norm.text.includes('電子メール'))?.disabled?.has('all')).toBe(true);
      expect(clauses.find((c) => c.norm.text.includes('ウェブサイト'))?.markers?.has(id)).toBe(true);
    } finally {
      setCheckpointEvery(every);
    }
  });
});

describe('a checkpoint inside a section cut into parts', () => {
  it('leaves the open section to end where the edited text now ends', () => {
    // One long list: its section is cut into pieces of about 4 K, so checkpoints fall inside it.
    let text = generatePolicy(400_000, 13, { shape: 'list' });
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    expect(analyzer.stats.pieces).toBeGreaterThan(33);
    const r = rng(77);
    for (let i = 0; i < 4; i++) {
      const at = text.length - 1 - r.int(20_000);
      const edit = i % 2 ? { start: at, end: at + 1, text: '' } : { start: at, end: at, text: 'あ' };
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      const actual = analyzer.applyEdits([edit]);
      expect(firstDifference(snapshot(actual), snapshot(wholeDocument(text))), `edit ${i}`).toBeUndefined();
    }
  });
});

describe('one-character edits to what the analysis remembers per clause text', () => {
  // Each fact is found once per clause text and combined per document (text/memo.ts): an edit that makes or
  // unmakes one (a suspension, a 別表 reference, a definition, a citation, a table of contents) must change the
  // analysis as a whole analysis of the new text says.
  const tail = [
    '## 第1章 通信',
    '第3条 情報システムセキュリティ責任者は、ウェブサイトの通信を常時暗号化すること。',
    '第4条 職員等は、電子メールの送受信を暗号化すること。（統一基準 6.2.1(1) 対応）',
    '第5条 別表第2に定めるところにより、ウェブサイトの通信を暗号化すること。',
    '## 別表第2 暗号化の対象',
    '| 番号 | 対象 | 措置 |\n| --- | --- | --- |\n| 1 | 電子申請サイト | 常時暗号化する |',
    '## 用語の定義',
    '(1) 端末機　コンピュータ及びソフトウェアを総称したものをいう。',
    '端末機一覧表を整備すること。',
    '## 目次',
    '- 電子メールの暗号化\n- ウェブサイトの常時暗号化',
    '## 附則',
    '1 第3条の規定は、当分の間、適用しない。',
    '2 Article 4 shall not apply until further notice.',
  ].join('\n\n');
  /** [what the edit finds, what it becomes]: each applied, then undone, one at a time. */
  const edits: Array<[string, string]> = [
    ['第3条の規定', '第4条の規定'],
    ['適用しない。', '適用する。'],
    ['Article 4', 'Article 3'],
    ['別表第2に定める', '別表第3に定める'],
    ['別表第2 暗号化', '別表第3 暗号化'],
    ['総称したものをいう', '総称したものをいい'],
    ['端末機一覧表', '端末一覧表'],
    ['6.2.1(1)', '6.2.9(1)'],
    ['## 目次', '## 目录'],
    ['- 電子メールの暗号化', '- 電子メールを暗号化すること'],
    ['## 第1章 通信', '## 第1章 別表'],
  ];
  for (const every of [32, 1]) {
    it(`equal the whole-document analysis, each made and undone (checkpoints every ${every} pieces)`, () => {
      const old = setCheckpointEvery(every);
      try {
        let text = `${generatePolicy(10_000, 11)}\n${tail}\n`;
        const analyzer = createIncrementalAnalyzer();
        analyzer.update(text);
        for (const [from, to] of edits) {
          for (const [a, b] of [
            [from, to],
            [to, from],
          ]) {
            const at = text.lastIndexOf(a);
            expect(at, a).toBeGreaterThanOrEqual(0);
            const actual = analyzer.applyEdits([{ start: at, end: at + a.length, text: b }]);
            text = text.slice(0, at) + b + text.slice(at + a.length);
            const diff = firstDifference(snapshot(actual), snapshot(wholeDocument(text)));
            expect(diff, `${a} → ${b}`).toBeUndefined();
          }
        }
      } finally {
        setCheckpointEvery(old);
      }
    });
  }
});

describe('an assembly that takes the rest of the last document over', () => {
  it('moves the sections and clauses after the edit instead of walking them, and equals the whole analysis', () => {
    let text = generatePolicy(150_000, 12);
    const analyzer = createIncrementalAnalyzer();
    const before = analyzer.update(text).document;
    const lastSection = before.sections[before.sections.length - 1];
    const lastClause = before.clauses[before.clauses.length - 1];
    const [start, end] = [lastSection.headingStart, lastClause.start];
    const at = text.lastIndexOf('\n', Math.floor(text.length * 0.3)) + 1;
    text = `${text.slice(0, at)}あ${text.slice(at)}`;
    const after = analyzer.applyEdits([{ start: at, end: at, text: 'あ' }]).document;
    expect(after.sections[after.sections.length - 1]).toBe(lastSection);
    expect(after.clauses[after.clauses.length - 1]).toBe(lastClause);
    expect([lastSection.headingStart, lastClause.start]).toEqual([start + 1, end + 1]);
    expect(firstDifference(snapshot(analyzer.analysis!), snapshot(wholeDocument(text)))).toBeUndefined();
  });

  for (const every of [4, 32]) {
    it(`equals the whole-document analysis after edits anywhere (checkpoints every ${every} pieces)`, () => {
      const old = setCheckpointEvery(every);
      try {
        const r = rng(4242 + every);
        let text = generatePolicy(60_000, 13);
        const analyzer = createIncrementalAnalyzer();
        analyzer.update(text);
        for (let i = 0; i < 40; i++) {
          const edit = randomEdit(text, r);
          text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
          const actual = analyzer.applyEdits([edit]);
          const diff = firstDifference(snapshot(actual), snapshot(wholeDocument(text)));
          expect(diff, `edit ${i}: ${JSON.stringify(edit)}`).toBeUndefined();
        }
      } finally {
        setCheckpointEvery(old);
      }
    });
  }
});
