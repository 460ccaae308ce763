// The 新旧対照表 as one self-contained HTML page that prints on A4 landscape: a two-column table (改正後 | 改正前),
// changed passages underlined, the requirement each change answers under the new text. Nothing is loaded and
// nothing runs (CSP `default-src 'none'`); every string from the policy is escaped.
import { escapeHtml as esc } from '../report/html';
import { metaLines, type TraceMeta } from '../report/meta';
import type { Cell, RequirementNote, RevisionTable } from './compare';
import { t } from '../i18n';

/** The text of a requirement note: 「対応する要求事項: web-encryption 全ウェブサイトの常時暗号化」. */
export function noteText(n: RequirementNote, lang: 'ja' | 'en'): string {
  return `${t('revise.answers', lang)}: ${n.id} ${n.title}${n.how === 'revises' ? `（${t('revise.revises', lang)}）` : ''}`;
}

const cellHtml = (cell: Cell): string =>
  cell
    .map(
      (line) => `<p>${line.map((r) => (r.changed ? `<u>${esc(r.text)}</u>` : esc(r.text))).join('') || '&#8203;'}</p>`,
    )
    .join('');

const CSS = `
@page { size: A4 landscape; margin: 14mm 15mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Serif CJK JP", "Source Han Serif JP", "Yu Mincho", "YuMincho", "Hiragino Mincho ProN", "MS Mincho", serif; font-size: 10.5pt; line-height: 1.6; color: #000; background: #fff; }
main { max-width: 267mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 2mm; font-weight: bold; }
.legend { text-align: right; margin: 0 0 2mm; font-size: 9.5pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col { width: 50%; }
th, td { border: 0.6pt solid #000; vertical-align: top; padding: 1.5mm 2.5mm; overflow-wrap: anywhere; }
th { font-weight: normal; text-align: center; background: #f2f2f2; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
td p { margin: 0; text-indent: 0; }
u { text-decoration: underline; text-decoration-thickness: 0.8pt; text-underline-offset: 0.18em; }
tr.elided td { text-align: left; }
.note { margin-top: 1mm; font-family: "Noto Sans CJK JP", "Source Han Sans JP", "Yu Gothic", "Meiryo", sans-serif; font-size: 8.5pt; color: #333; border-left: 2pt solid #888; padding-left: 1.5mm; }
.meta { margin-top: 4mm; font-family: "Noto Sans CJK JP", "Yu Gothic", "Meiryo", sans-serif; font-size: 7.5pt; color: #444; line-height: 1.4; overflow-wrap: anywhere; }
.meta p { margin: 0; }
@media screen { body { background: #eee; } main { background: #fff; padding: 12mm 15mm; margin: 6mm auto; box-shadow: 0 0 4px #999; } }
`;

export function renderRevisionHtml(table: RevisionTable, meta?: TraceMeta): string {
  const lang = table.lang;
  const rows = table.rows.map((r) => {
    const notes = r.notes
      .map((n) => `<div class="note" data-requirement="${esc(n.id)}">${esc(noteText(n, table.lang))}</div>`)
      .join('');
    const line = (n?: number) => (n ? ` data-line="${n}"` : '');
    return `<tr class="${r.kind}"><td class="after"${line(r.afterLine)}>${cellHtml(r.after)}${notes}</td><td class="before"${line(r.beforeLine)}>${cellHtml(r.before)}</td></tr>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${table.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="generator" content="kijun">',
    `<title>${esc(table.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${esc(table.title)}</h1>`,
    `<p class="legend">${esc(t('revise.legend', lang))}</p>`,
    '<table>',
    '<colgroup><col><col></colgroup>',
    `<thead><tr><th scope="col">${esc(t('revise.after', lang))}</th><th scope="col">${esc(t('revise.before', lang))}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
    table.changes ? '' : `<p>${esc(t('revise.none', lang))}</p>`,
    `<div class="meta"><p>${esc(t('revise.edition', lang))}: ${esc(table.edition.title)} · ${esc(t('revise.changes', lang, table.changes))}</p>${
      meta
        ? metaLines(meta, table.lang)
            .map((l) => `<p>${esc(l)}</p>`)
            .join('')
        : ''
    }</div>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
