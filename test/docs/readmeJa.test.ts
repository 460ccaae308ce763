// README.ja.md is the full user documentation in Japanese: a section for every section of README.md (the heading
// map below, in the same order and at the same level), every option, setting, id and command the English one
// names, and one register (です/ます) in its sentences — so the two do not drift apart silently. A new English
// section fails here until its Japanese section is written and mapped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');

/** English section → Japanese section. */
const SECTIONS: Record<string, string> = {
  'Kijun 基準': 'Kijun 基準',
  'Quick start (fresh machine, Node 20)': 'クイックスタート（新しい環境、Node 20）',
  'What is checked': '検査する内容',
  'Front matter': 'フロントマター',
  'Command line': 'コマンドライン',
  'Importing Word files and 例規集 pages': 'Word ファイルと例規集のページの取り込み',
  'Fixing from the command line': 'コマンドラインでの修正',
  'Policy sets and the compliance report': 'ポリシーセットと準拠レポート',
  'From the check to the papers: 新旧対照表, compliance matrix, exceptions, a new policy':
    '検査から書類へ: 新旧対照表・準拠状況一覧表・例外措置・新しいポリシー',
  'CI: GitHub Actions, GitLab CI, pre-commit': 'CI: GitHub Actions・GitLab CI・pre-commit',
  'AI assistants (MCP)': 'AI アシスタント（MCP）',
  'In the editor': 'エディターでの利用',
  'VS Code for the Web': 'ブラウザー版 VS Code',
  Development: '開発',
  'Development mode, debugging, lint and coverage': '開発モード・デバッグ・リント・カバレッジ',
};

/** Inline code the Japanese text translates (a placeholder or a format description), and how. */
const TRANSLATED_CODE: Record<string, string> = {
  '<!-- kijun-disable-next-line <id> -- <reason> -->': '<!-- kijun-disable-next-line <id> -- <理由> -->',
  'path:line:col severity id message': 'パス:行:桁 重大度 ID メッセージ',
};

interface Node {
  type: string;
  depth?: number;
  value?: string;
  children?: Node[];
}
const parse = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text) as Node;
const textOf = (n: Node): string =>
  n.type === 'text' || n.type === 'inlineCode' ? n.value! : (n.children ?? []).map(textOf).join('');
function collect(n: Node, type: string, out: Node[] = []): Node[] {
  if (n.type === type) out.push(n);
  for (const c of n.children ?? []) collect(c, type, out);
  return out;
}
const headings = (tree: Node) => collect(tree, 'heading').map((h) => ({ depth: h.depth, text: textOf(h) }));
/** A sentence without a closing aside: 「…指定します（例: …）。」 → 「…指定します。」 */
const withoutAside = (s: string) => s.replace(/[（(][^（）()]*[）)]。$/, '。');
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

const en = parse(read('README.md'));
const ja = parse(read('README.ja.md'));

describe('README.ja.md', () => {
  it('has a section for every section of README.md, in the same order and at the same level', () => {
    const english = headings(en);
    const unmapped = english.filter((h) => !(h.text in SECTIONS)).map((h) => h.text);
    expect(
      unmapped,
      'README.md sections without a Japanese section (write it in README.ja.md and map it here)',
    ).toEqual([]);
    expect(headings(ja)).toEqual(english.map((h) => ({ depth: h.depth, text: SECTIONS[h.text] })));
  });

  it('links to the English README and is linked from its top', () => {
    const top = (tree: Node) =>
      collect({ type: 'root', children: (tree.children ?? []).slice(0, 3) }, 'link').map(
        (l) => (l as unknown as { url: string }).url,
      );
    expect(top(en)).toContain('README.ja.md');
    expect(top(ja)).toContain('README.md');
  });

  it('names every command, option, setting, id and file the English README names', () => {
    const codes = (tree: Node) => new Set(collect(tree, 'inlineCode').map((n) => squeeze(n.value!)));
    const jaCodes = codes(ja);
    const missing = [...codes(en)].filter(
      (c) => !jaCodes.has(c) && !(c in TRANSLATED_CODE && jaCodes.has(TRANSLATED_CODE[c])),
    );
    expect(missing).toEqual([]);
    // The code blocks (commands, front matter, JSON) are there too, comments aside.
    const blocks = (tree: Node) =>
      collect(tree, 'code').map((n) =>
        n
          .value!.split('\n')
          .map((l) => l.replace(/#.*$/, '').trimEnd())
          .join('\n'),
      );
    const jaBlocks = blocks(ja);
    for (const b of blocks(en)) expect(jaBlocks, b.slice(0, 80)).toContain(b);
  });

  it('writes its sentences in one register (です/ます)', () => {
    const prose = [...collect(ja, 'paragraph'), ...collect(ja, 'tableCell')].map((n) => textOf(n).replace(/\n/g, ''));
    const plain = prose
      .flatMap((t) => t.split(/(?<=。)/))
      .map((s) => s.trim())
      .filter((s) => s.endsWith('。') && !/(です|ます|ません|ください|でした|ました)。$/.test(withoutAside(s)));
    expect(plain).toEqual([]);
    expect(prose.join('').length).toBeGreaterThan(5000);
  });
});

describe('package.nls.ja.json', () => {
  it('reads as Japanese in one register: sentences in です/ます, labels without 。', () => {
    const nls = JSON.parse(read('package.nls.ja.json')) as Record<string, string>;
    for (const [key, value] of Object.entries(nls)) {
      expect(value, key).toMatch(/[ぁ-んァ-ン一-龯]/);
      for (const s of value
        .split(/(?<=。)/)
        .map((x) => x.trim())
        .filter((x) => x.endsWith('。'))) {
        expect(withoutAside(s), key).toMatch(/(です|ます|ません|ください)。$/);
      }
    }
  });
});
