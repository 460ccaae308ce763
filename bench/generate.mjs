// Deterministic generator of realistic Japanese security policies (and some English) for the benchmark and the
// incremental-analysis tests. Same seed and size → the same text, byte for byte, on every machine.

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const ROLES = [
  '最高情報セキュリティ責任者',
  'CISO',
  '統括情報セキュリティ責任者',
  '情報セキュリティ責任者',
  '情報システムセキュリティ責任者',
  '課室情報セキュリティ責任者',
  '情報セキュリティ監査責任者',
  '情報システムセキュリティ管理者',
  '職員等',
  'CSIRT責任者',
];
const OBJECTS = [
  '情報システム',
  '要機密情報',
  '要保全情報',
  '端末',
  'サーバ装置',
  '通信回線',
  '外部電磁的記録媒体',
  '電子メール',
  'ウェブサーバ',
  'モバイル端末',
  '特定用途機器',
  '外部サービス',
  '情報セキュリティインシデント',
  '対策推進計画',
  '実施手順',
  '教育',
  '自己点検',
  '監査の結果',
  'ソフトウェア',
  '識別コード',
  '主体認証情報',
  'アクセス記録',
  '機器等の調達',
  '業務委託',
  'ドメイン名',
];
const ACTIONS = [
  'の管理に関する手順を定めること',
  'について適切な対策を講ずること',
  'を定期的に見直すこと',
  'の利用を許可制とすること',
  'に関する規定を整備すること',
  'の状況を把握し、必要な措置を講ずること',
  'を記録し、一定期間保存すること',
  'について、その責任者を明確にすること',
  'の取扱いについて、職員等に周知すること',
  'に係るリスクを評価すること',
  'を適切に管理するための体制を整備すること',
  'の設定を変更する場合は、事前に承認を得ること',
];
const QUALIFIERS = [
  '',
  '、原則として',
  '、業務上の必要がある場合を除き、',
  '、年度ごとに',
  '、情報セキュリティ委員会の審議を経て、',
  '、速やかに',
  '、あらかじめ定めた手順に従い、',
  '、必要に応じて',
  '、外部の専門家の助言を得て、',
];
const TOPICS = [
  '組織・体制の整備',
  '情報の取扱い',
  '情報システムのライフサイクル',
  '端末・サーバ装置',
  '電子メール・ウェブ',
  '通信回線',
  '外部委託',
  '情報セキュリティインシデントへの対処',
  '教育及び自己点検',
  '監査',
  '例外措置',
  '物理的対策',
  '主体認証',
  'アクセス制御',
  'ログの取得と管理',
  '暗号・電子署名',
  'ソフトウェアの脆弱性対策',
  '不正プログラム対策',
  'サービス不能攻撃対策',
  '標的型攻撃対策',
];
const ENGLISH = [
  'The information security officer shall review the access rights of each user at least once a year.',
  'Staff shall report any suspected information security incident to the CSIRT without delay.',
  'Servers that hold confidential information shall be placed in a controlled area and their logs retained for one year.',
  'Removable media shall be registered before use and encrypted when they carry confidential information.',
  'Outsourcing contracts shall state the security measures the contractor takes and allow the agency to audit them.',
  'Software shall be kept up to date, and vulnerabilities shall be assessed and fixed according to their severity.',
  'Administrators shall use multi-factor authentication when they sign in to the management interfaces.',
];
const MAIL = [
  '情報システムセキュリティ責任者は、電子メールサーバ間の通信をSTARTTLS等により暗号化すること。',
  '職員等は、電子メールの送信前に宛先を確認し、誤送信を防止すること。',
  '電子メールの送信ドメイン認証（SPF、DKIM）を導入すること。',
  '要機密情報を含む添付ファイルは、パスワードを設定して暗号化すること。',
];
const KANA = ['ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ'];
const LATIN = 'abcdefghij';
const FW = (n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

function sentence(r) {
  return `${r.pick(ROLES)}は${r.pick(QUALIFIERS)}${r.pick(OBJECTS)}${r.pick(ACTIONS)}。`;
}
function paragraph(r, min = 1, max = 3) {
  let s = '';
  const n = min + r.int(max - min + 1);
  for (let i = 0; i < n; i++) s += r.chance(0.04) ? r.pick(MAIL) : sentence(r);
  return s;
}

/** Paragraph items (1) (a) (ア), as ministries write their 対策基準. */
function decimalSection(r, out, prefix, depth) {
  out.push(`${'#'.repeat(depth)} ${prefix} ${r.pick(TOPICS)}`, '');
  const items = 2 + r.int(5);
  for (let i = 1; i <= items; i++) {
    if (r.chance(0.5)) {
      out.push(`(${i}) ${r.pick(OBJECTS)}の${r.pick(['管理', '取扱い', '運用', '整備', '利用'])}`, '');
      const subs = 1 + r.int(3);
      for (let j = 0; j < subs; j++) {
        out.push(`(${LATIN[j]}) ${paragraph(r)}`, '');
        if (r.chance(0.2)) {
          for (let k = 0; k < 2 + r.int(3); k++) out.push(`  (${KANA[k]}) ${sentence(r)}`, '');
        }
      }
    } else {
      // Wrapped lines inside one paragraph, the way long clauses are often typed.
      const text = paragraph(r, 2, 4);
      const cut = Math.floor(text.length / 2);
      out.push(`(${i}) ${text.slice(0, cut)}`, text.slice(cut), '');
    }
  }
  if (r.chance(0.25)) {
    out.push('| 区分 | 内容 | 責任者 |', '| --- | --- | --- |');
    for (let k = 0; k < 3 + r.int(5); k++) out.push(`| ${r.pick(OBJECTS)} | ${sentence(r)} | ${r.pick(ROLES)} |`);
    out.push('');
  }
  if (r.chance(0.15)) {
    out.push('- ' + sentence(r), '- ' + sentence(r), '  - ' + sentence(r), '- ' + sentence(r), '');
  }
  if (r.chance(0.05)) out.push(`<!-- 改正履歴: 令和${1 + r.int(5)}年度に見直し -->`, '');
}

/** 条 articles: 第N条（見出し） headings or bold-led paragraphs, with 項 and 号. */
function articleChapter(r, out, chapter, article) {
  out.push(`## 第${chapter}章 ${r.pick(TOPICS)}`, '');
  const n = 3 + r.int(6);
  for (let i = 0; i < n; i++, article.n++) {
    const title = `${r.pick(OBJECTS)}の${r.pick(['管理', '取扱い', '運用', '整備', '利用'])}`;
    if (r.chance(0.5)) {
      out.push(`### 第${r.chance(0.3) ? FW(article.n) : article.n}条（${title}）`, '', paragraph(r), '');
    } else {
      out.push(`**第${article.n}条（${title}）** ${paragraph(r)}`, '');
    }
    if (r.chance(0.4)) {
      out.push(`2 ${paragraph(r, 1, 2)}`, '');
    }
    if (r.chance(0.3)) {
      for (let k = 1; k <= 2 + r.int(4); k++) out.push(`${k}. ${sentence(r)}`);
      out.push('');
    }
  }
}

function englishSection(r, out, n) {
  out.push(`## Annex ${n}: English summary`, '');
  for (let i = 0; i < 2 + r.int(3); i++) {
    out.push(
      `### ${n}.${i + 1} ${r.pick(['Access control', 'Incident response', 'Outsourcing', 'Media handling', 'Logging'])}`,
      '',
    );
    for (let k = 0; k < 2 + r.int(3); k++) out.push(`- ${r.pick(ENGLISH)}`);
    out.push('', r.pick(ENGLISH) + ' ' + r.pick(ENGLISH) + ' See the [Common Standards][nisc] for details.', '');
  }
}

function appendixTable(r, out, n) {
  out.push(`## 別表第${n} ${r.pick(OBJECTS)}の管理台帳様式`, '');
  out.push('| 番号 | 名称 | 管理者 | 措置 | 備考 |', '| --- | --- | --- | --- | --- |');
  for (let k = 1; k <= 10 + r.int(30); k++) {
    out.push(
      `| ${n}-${k} | ${r.pick(OBJECTS)} | ${r.pick(ROLES)} | ${sentence(r)} | ${r.chance(0.3) ? '要確認' : ''} |`,
    );
  }
  out.push('');
  if (r.chance(0.5)) out.push(`備考　${sentence(r)}`, '');
}

/** An appended 実施手順: numbered steps, as procedures are written. */
function procedure(r, out, n) {
  out.push(`## 手順${n} ${r.pick(OBJECTS)}に関する実施手順`, '', paragraph(r, 1, 2), '');
  for (let k = 1; k <= 3 + r.int(6); k++) out.push(`${k}. ${sentence(r)}`);
  out.push('');
}

function codeExample(out) {
  // A configuration example: its '#' lines are comments, not headings.
  out.push(
    '```',
    '# /etc/ssh/sshd_config の設定例',
    'PermitRootLogin no',
    '# パスワード認証を禁止する',
    'PasswordAuthentication no',
    '```',
    '',
  );
}

const preamble = () => [
  '---',
  'kijun:',
  '  edition: h30',
  '---',
  '',
  '# 国土情報省情報セキュリティ対策基準',
  '',
  '令和元年７月１日 情報セキュリティ委員会決定',
  '',
];

/**
 * A policy of at least `bytes` bytes of UTF-8, laid out the way agencies keep one file with its 別表 and procedures
 * appended: title, 総則, decimal parts with paragraph items, 条 chapters, English annexes, configuration examples and
 * a few 別表 in the body (about 70 % of the text); then the 別表 together (about 25 %: ledger tables with 備考
 * lines, no list between them) and the 実施手順 (the rest); a reference-style link definition at the end.
 * The 別表 share matters: remark-gfm's table resolver is quadratic in the cells of one flow run, so with it a
 * whole-document remark parse of the 2 MB policy takes about 3 × the per-section parse, as first measured here.
 * `shape`: 'general' (the above); 'table': a short 総則, then the rest is one 別表 of a single GFM table of thousands
 * of rows with Japanese cells; 'list': a short 総則, then one long numbered list whose items have nested sub-items —
 * the two shapes agencies append that put almost the whole text into one heading section.
 */
export function generatePolicy(bytes, seed = 1, { shape = 'general' } = {}) {
  if (shape === 'table') return singleBlock(bytes, seed, tableShape);
  if (shape === 'list') return singleBlock(bytes, seed, listShape);
  if (shape !== 'general') throw new Error(`unknown policy shape: ${shape}`);
  const r = rng(seed);
  const out = preamble();
  let size = 0;
  let part = 1;
  const article = { n: 1 };
  let appendix = 1;
  let chapter = 1;
  let counted = 0;
  const flush = () => {
    for (; counted < out.length; counted++) size += Buffer.byteLength(out[counted], 'utf8') + 1;
  };
  while (size < bytes * 0.7) {
    const kind = r.next();
    if (kind < 0.45) {
      out.push(`## 第${part}部 ${r.pick(TOPICS)}`, '');
      for (let s = 1; s <= 2 + r.int(3); s++) {
        decimalSection(r, out, `${part}.${s}`, 3);
        for (let t = 1; t <= r.int(3); t++) decimalSection(r, out, `${part}.${s}.${t}`, 4);
      }
      part++;
    } else if (kind < 0.8) {
      articleChapter(r, out, chapter++, article);
    } else if (kind < 0.88) {
      englishSection(r, out, part++);
    } else if (kind < 0.9) {
      out.push(`## ${part++}. 設定例`, '', paragraph(r), '');
      codeExample(out);
    } else {
      appendixTable(r, out, appendix++);
    }
    flush();
  }
  while (size < bytes * 0.95) {
    appendixTable(r, out, appendix++);
    flush();
  }
  for (let n = 1; size < bytes; n++) {
    procedure(r, out, n);
    flush();
  }
  out.push('[nisc]: https://www.nisc.go.jp/policy/group/general/kijun.html', '');
  return out.join('\n');
}

/** The preamble and a short 総則, then one heading whose section is a single block that `fill` grows to `bytes`. */
function singleBlock(bytes, seed, fill) {
  const r = rng(seed);
  const out = preamble();
  out.push(
    '## 第1章 総則',
    '',
    `**第1条（目的）** ${paragraph(r, 2, 3)}`,
    '',
    `**第2条（適用範囲）** ${paragraph(r)}`,
    '',
  );
  let size = out.reduce((n, line) => n + Buffer.byteLength(line, 'utf8') + 1, 0);
  const push = (line) => {
    out.push(line);
    size += Buffer.byteLength(line, 'utf8') + 1;
  };
  fill(r, push, () => size < bytes);
  out.push('');
  return out.join('\n');
}

/** 別表第1: one ledger table, one row per asset, until the text is long enough. */
function tableShape(r, push, more) {
  push(`## 別表第1 ${r.pick(OBJECTS)}の管理台帳`);
  push('');
  push('| 番号 | 名称 | 管理者 | 措置 | 保存期間 | 備考 |');
  push('| --- | --- | --- | --- | --- | --- |');
  for (let k = 1; more(); k++) {
    push(
      `| ${k} | ${r.pick(OBJECTS)}（${r.pick(TOPICS)}） | ${r.pick(ROLES)} | ${sentence(r)} | ${1 + r.int(10)}年 | ${r.chance(0.3) ? '要確認' : r.chance(0.2) ? '令和' + (1 + r.int(6)) + '年度に更新' : ''} |`,
    );
  }
}

/** 実施手順: one numbered list; items carry nested lettered and bulleted sub-items and continuation lines. */
function listShape(r, push, more) {
  push(`## 第2章 ${r.pick(OBJECTS)}に関する実施手順`);
  push('');
  for (let k = 1; more(); k++) {
    // Sub-items are indented to the item's content column, which widens with the number (10., 100., 1000.).
    const indent = ' '.repeat(String(k).length + 2);
    push(`${k}. ${sentence(r)}`);
    if (r.chance(0.3)) push(`${indent}${paragraph(r, 1, 2)}`);
    if (r.chance(0.5)) {
      for (let j = 0; j < 1 + r.int(3); j++) {
        push(`${indent}${j + 1}. ${sentence(r)}`);
        if (r.chance(0.3)) for (let i = 0; i < 1 + r.int(2); i++) push(`${indent}   - ${sentence(r)}`);
      }
    }
  }
}
