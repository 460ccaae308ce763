#!/usr/bin/env node
// Prints a vscode-tmgrammar-test assertion line for the *.test.md files in this folder.
//   node test/grammar/caret.mjs '<source line>' '<text to assert>' '<scopes>' [occurrence]
// e.g. node test/grammar/caret.mjs '統括情報セキュリティ責任者は、' '統括情報セキュリティ責任者' entity.name.type.role.kijun
// Columns are UTF-16 code units (one caret per character, also for kanji). Under wide characters the line is
// padded with U+3000 (ideographic space) so that a caret line starts under the character it asserts.
// Text starting in the first 4 columns (under the `<!--` comment token) gets the `<~~~---` form instead.
// Scopes after a lone `-` must NOT be present: 'a.b - c.d'.

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3040-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** @param {string} line @param {string} text @param {string} scopes @param {number} [occurrence] */
export function caret(line, text, scopes, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = line.indexOf(text, start + 1);
    if (start < 0) throw new Error(`"${text}" (occurrence ${occurrence}) not in "${line}"`);
  }
  if (start < 4) return `<!--<${'~'.repeat(start)}${'-'.repeat(text.length)} ${scopes}`;
  let pad = '';
  for (let i = 4; i < start; i++) pad += WIDE.test(line[i]) ? '\u3000' : ' ';
  return `<!--${pad}${'^'.repeat(text.length)} ${scopes}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [line, text, scopes, occurrence] = process.argv.slice(2);
  if (!line || !text || !scopes) {
    console.error("usage: caret.mjs '<source line>' '<text>' '<scopes>' [occurrence]");
    process.exit(2);
  }
  console.log(caret(line, text, scopes, occurrence ? Number(occurrence) : 0));
}
