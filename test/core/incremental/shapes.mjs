// Policies whose bulk is one section: a 別表 that is one GFM table, or a procedure that is one long (nested,
// numbered) list — the shapes where splitting at headings alone leaves one huge piece. Deterministic: the same
// size and seed give the same text. Used by the incremental equality tests and measureShapes.mjs.
import { rng } from '../../../bench/generate.mjs';

const ROLES = ['統括情報セキュリティ責任者', '情報システムセキュリティ管理者', '課室情報セキュリティ責任者', '職員等'];
const OBJECTS = ['要機密情報', '外部記録媒体', '電子メール', '情報システム', 'ドメイン名', '端末', 'サーバ装置'];
const ACTIONS = ['を暗号化すること。', 'を管理すること。', 'の利用を記録すること。', 'を定期的に点検すること。'];
const KANA = ['ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ'];

function sentence(r) {
  return `${r.pick(ROLES)}は、${r.pick(OBJECTS)}${r.pick(ACTIONS)}`;
}

function head() {
  return [
    '# 情報セキュリティ対策基準',
    '',
    '## 第1章 総則',
    '',
    '本基準は、情報セキュリティ対策の基本的な事項を定める。',
    '',
  ];
}

/** A cell: Japanese text, sometimes with inline code that holds an escaped pipe, or an escaped pipe in text. */
function cell(r) {
  const x = r.next();
  if (x < 0.08) return `\`a\\|b\` ${r.pick(OBJECTS)}`;
  if (x < 0.14) return `${r.pick(OBJECTS)} \\| ${r.pick(ROLES)}`;
  if (x < 0.18) return '';
  return sentence(r);
}

/** One section `## 別表第1` holding one table of about `bytes` UTF-8 bytes. */
export function oneTablePolicy(bytes, seed = 1) {
  const r = rng(seed);
  const out = [
    ...head(),
    '## 別表第1 情報資産の管理台帳',
    '',
    '| 番号 | 名称 | 管理者 | 措置 | 備考 |',
    '| --- | :-- | --- | --: | --- |',
  ];
  let size = Buffer.byteLength(out.join('\n'));
  for (let k = 1; size < bytes; k++) {
    const row = `| ${k} | ${r.pick(OBJECTS)} | ${r.pick(ROLES)} | ${cell(r)} | ${r.chance(0.3) ? '要確認' : cell(r)} |`;
    out.push(row);
    size += Buffer.byteLength(row) + 1;
  }
  out.push('', '## 附則', '', '本基準は、令和6年4月1日から施行する。', '');
  return out.join('\n');
}

/**
 * One section `## 実施手順` holding one numbered list of about `bytes` UTF-8 bytes: items `1.` with nested
 * `(1)` paragraphs and `ア` items, some loose (a blank line between items), some with a second paragraph.
 */
export function oneListPolicy(bytes, seed = 1) {
  const r = rng(seed);
  const out = [...head(), '## 第2章 実施手順', ''];
  let size = Buffer.byteLength(out.join('\n'));
  for (let k = 1; size < bytes; k++) {
    const lines = [`${k}. ${sentence(r)}`];
    const pad = ' '.repeat(String(k).length + 2);
    const x = r.next();
    if (x < 0.3) {
      for (let j = 1; j <= 1 + r.int(3); j++) lines.push(`${pad}- (${j}) ${sentence(r)}`);
    } else if (x < 0.5) {
      for (let j = 0; j < 1 + r.int(3); j++) {
        lines.push(`${pad}1. ${KANA[j]} ${sentence(r)}`);
        if (r.chance(0.3)) lines.push(`${pad}   - ${sentence(r)}`);
      }
    } else if (x < 0.6) {
      lines.push('', `${pad}${sentence(r)}`);
    }
    if (r.chance(0.1)) lines.push('');
    out.push(...lines);
    size += Buffer.byteLength(lines.join('\n')) + 1;
  }
  out.push('', '## 附則', '', '本基準は、令和6年4月1日から施行する。', '');
  return out.join('\n');
}
