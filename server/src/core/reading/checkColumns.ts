import type { Clause, PolicyDocument } from '../model/types';

/**
 * A checklist row whose mark stands under a column that refuses or defers (「| 端末への振る舞い検知 | | | ○ |」 under
 * 「実施する | 実施しない | 検討中」, "Yes | No | Planned"): the header cell of the marked column, else undefined. The row
 * text the model keeps joins the cells, so the column is read from the source lines of the table. `later`: the column
 * puts the measure off (検討中, 予定, planned) rather than refusing it (実施しない, No).
 */
export function refusingColumn(doc: PolicyDocument, clause: Clause): { column: string; later: boolean } | undefined {
  if (clause.kind !== 'tableRow') return undefined;
  // The row's context ends with its table's header row (model/parse.ts): most tables have no refusing column at all.
  const headerText = clause.context.slice(clause.context.lastIndexOf(' / ') + 3);
  if (!REFUSING.test(headerText.toLowerCase())) return undefined;
  const text = doc.text;
  const rowStart = text.lastIndexOf('\n', clause.start - 1) + 1;
  const marked = cellsOf(lineAt(text, rowStart))
    .map((c, i) => (MARK.test(c) ? i : -1))
    .filter((i) => i >= 0);
  if (marked.length !== 1) return undefined;
  const name = headerCells(doc, rowStart, headerText)?.[marked[0]]?.trim() ?? '';
  const folded = name.normalize('NFKC').toLowerCase();
  if (!REFUSING.test(folded)) return undefined;
  return { column: name, later: LATER.test(folded) };
}

/**
 * A row of a compliance table whose status cell says the measure is not in place (「| 常時暗号化 | 検討中 |」 under
 * 「状況」, "| Encrypted mail transport | Planned | March 2027 |" under "Status"): the cell, and whether it puts the
 * measure off (planned, under review) rather than refuse it (not applicable).
 */
export function statusCell(doc: PolicyDocument, clause: Clause): { value: string; later: boolean } | undefined {
  if (clause.kind !== 'tableRow') return undefined;
  const headerText = clause.context.slice(clause.context.lastIndexOf(' / ') + 3);
  if (!STATUS_HEADER_WORD.test(headerText.toLowerCase())) return undefined;
  const text = doc.text;
  const rowStart = text.lastIndexOf('\n', clause.start - 1) + 1;
  const header = headerCells(doc, rowStart, headerText);
  const column = header?.findIndex((c) => STATUS_HEADER.test(c.trim().normalize('NFKC').toLowerCase())) ?? -1;
  if (column < 0) return undefined;
  const value = (cellsOf(lineAt(text, rowStart))[column] ?? '').trim();
  const folded = value.normalize('NFKC').toLowerCase();
  if (!NOT_IN_PLACE.test(folded)) return undefined;
  return { value, later: LATER.test(folded) || /review|confirm|progress|pending/.test(folded) };
}

const STATUS_HEADER_WORD = /status|状況|進捗/;
const STATUS_HEADER =
  /^(?:status|compliance status|current status|状況|対応状況|実施状況|導入状況|整備状況|進捗(?:状況)?)$/;
/** Status values of a measure not in place. */
const NOT_IN_PLACE =
  /^(?:planned|pending|under review|under consideration|in progress|not started|not applicable|n\/a|to be confirmed|not (?:yet )?(?:implemented|compliant|in place)|non-?compliant|未(?:実施|導入|整備|対応|着手)|検討中|予定|計画中|調整中|対象外|該当なし)(?=$|[\s(（、。,.—–-])/;

/**
 * A row whose marks are all one symbol that the document's legend gives a weak or refusing sense (「△：…必要に応じて
 * 実施する事項」, 「×：実施しない」): how the mark reads, else undefined.
 */
export function markLegend(doc: PolicyDocument, clause: Clause): { mark: string; weak: boolean } | undefined {
  if (clause.kind !== 'tableRow') return undefined;
  const text = doc.text;
  const rowStart = text.lastIndexOf('\n', clause.start - 1) + 1;
  const marks = new Set(
    cellsOf(lineAt(text, rowStart))
      .map((c) => c.trim())
      .filter((c) => MARK_SYMBOL.test(c)),
  );
  if (marks.size !== 1) return undefined;
  const [mark] = marks;
  const sense = legendOf(doc).get(mark);
  return sense ? { mark: `${mark}（${sense.text}）`, weak: sense.weak } : undefined;
}

/** The legend lines of a document (「△：…必要に応じて実施する事項」), read once per document: mark → sense. */
function legendOf(doc: PolicyDocument): Map<string, { text: string; weak: boolean }> {
  let legend = legends.get(doc);
  if (legend) return legend;
  legend = new Map();
  for (const m of doc.text.matchAll(/^[ \t]*(?:[-*+][ \t]+)?([○◯〇△▲×✕◎●□■])[ \t]*[:：][ \t]*([^\n]{1,80})$/gm)) {
    const sense = m[2].normalize('NFKC');
    const weak = WEAK_SENSE.test(sense);
    if (weak || REFUSING_SENSE.test(sense)) legend.set(m[1], { text: sense.trim().slice(0, 30), weak });
  }
  legends.set(doc, legend);
  return legend;
}

const legends = new WeakMap<PolicyDocument, Map<string, { text: string; weak: boolean }>>();
const MARK_SYMBOL = /^[○◯〇△▲×✕◎●□■]$/;
const WEAK_SENSE =
  /必要に応じ|望ましい|努める|推奨|任意|可能な(?:限り|範囲)|as needed|where appropriate|optional|recommended/;
const REFUSING_SENSE = /実施しない|対象外|該当しない|実施事項ではない|not applicable|not required/;

/**
 * A row of a table whose header makes some columns optional (「基本対策 | 推奨対策」, "Required | Recommended"): the
 * source text of the row's other cells, and the optional column's name. Undefined for a table without such a column.
 */
export function optionalColumns(doc: PolicyDocument, clause: Clause): { firm: string; column: string } | undefined {
  if (clause.kind !== 'tableRow') return undefined;
  const headerText = clause.context.slice(clause.context.lastIndexOf(' / ') + 3);
  if (!OPTIONAL.test(headerText.toLowerCase())) return undefined;
  const text = doc.text;
  const rowStart = text.lastIndexOf('\n', clause.start - 1) + 1;
  const header = headerCells(doc, rowStart, headerText);
  if (!header) return undefined;
  const optional = header.map((c) => OPTIONAL.test(c.trim().normalize('NFKC').toLowerCase()));
  if (!optional.some(Boolean) || optional.every(Boolean)) return undefined;
  const firm = cellsOf(lineAt(text, rowStart))
    .filter((_, i) => !optional[i])
    .join(' | ');
  return { firm, column: header[optional.indexOf(true)].trim() };
}

/** Columns whose measures are left to effort or choice: 推奨対策, 努力義務, 任意, "Recommended", "Optional". */
const OPTIONAL = /推奨|努力|任意|望ましい|optional|recommended|desirable|nice to have/;

/** The header row's cells, found once per table (by its header text) in each document: the rows above are not read again. */
function headerCells(doc: PolicyDocument, rowStart: number, headerText: string): string[] | undefined {
  let byHeader = headers.get(doc);
  if (!byHeader) headers.set(doc, (byHeader = new Map()));
  if (byHeader.has(headerText)) return byHeader.get(headerText);
  const text = doc.text;
  let found: string[] | undefined;
  // The header is the line above the delimiter row (「|---|---|」) that opens the table.
  for (let at = rowStart; at > 0; ) {
    const prev = text.lastIndexOf('\n', at - 2) + 1;
    const line = lineAt(text, prev);
    if (!line.includes('|')) break;
    if (DELIMITER.test(line)) {
      if (prev > 0) found = cellsOf(lineAt(text, text.lastIndexOf('\n', prev - 2) + 1));
      break;
    }
    at = prev;
  }
  byHeader.set(headerText, found);
  return found;
}

const headers = new WeakMap<PolicyDocument, Map<string, string[] | undefined>>();

const MARK = /^\s*(?:○|◯|〇|●|◎|✓|✔|☑|✅|x|X|×|yes|Yes|YES|はい|済)\s*$/;
/** The delimiter row: only pipes, colons, dashes and spaces (「|---|:--:|」). */
const DELIMITER = { test: (line: string) => /^[\s|:-]+$/.test(line) && line.includes('--') };
/** Columns that say the row is not done: not implemented, under study, planned, not applicable. */
const REFUSING =
  /実施しない|未実施|しない|検討中|検討|予定|計画|対象外|該当なし|不要|未定|^no$|^not\b|not (?:implemented|applicable|planned)|planned|under (?:consideration|review|study)|n\/a/;

/** Columns that put the measure off rather than refuse it. */
const LATER = /検討|予定|計画|未定|planned|under (?:consideration|review|study)/;

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

function cellsOf(line: string): string[] {
  const t = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split('|');
}
