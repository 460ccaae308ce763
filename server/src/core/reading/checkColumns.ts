import type { Clause, PolicyDocument } from '../model/types';

/** A table row as its source line has it: its table's header text (the row's context ends with it), where the row's
 * line starts, and its cells. The model's row text joins the cells, so columns are read from the source. */
interface Row {
  header: string;
  start: number;
  cells: string[];
}

function rowOf(doc: PolicyDocument, clause: Clause): Row {
  const start = doc.text.lastIndexOf('\n', clause.start - 1) + 1;
  return {
    header: clause.context.slice(clause.context.lastIndexOf(' / ') + 3),
    start,
    cells: cellsOf(lineAt(doc.text, start)),
  };
}

/**
 * How a table row's marks or cells read the measure it names, when they keep it from being adopted: the only mark is
 * one the legend makes discretionary (weak, for a mandatory requirement) or refusing (markLegend); the status cell
 * says it is not in place (statusCell); the mark stands under a refusing column (refusingColumn).
 */
export function rowReading(
  doc: PolicyDocument,
  clause: Clause,
  mandatory: boolean,
): { kind: 'weak' | 'negated' | 'deferred' | 'vacuous'; found: string } | undefined {
  if (clause.kind !== 'tableRow') return undefined;
  const row = rowOf(doc, clause);
  // 「| デジタル著作権管理による保護 | 別に定める。 | 情報政策課長 |」, "| IoT | See separate standard. | — |": the row names
  // the measure; its body is elsewhere or nothing.
  const body = (row.cells[1] ?? '').trim().normalize('NFKC');
  const label = (row.cells[0] ?? '').trim().normalize('NFKC');
  if (
    row.cells.length > 1 &&
    !STATES.test(label.toLowerCase()) &&
    (EMPTY_BODY.test(body) || ELSEWHERE.test(body.toLowerCase()))
  )
    return { kind: 'vacuous', found: body || row.cells[0].trim() };
  // "| E-mail | Encryption of server-to-server mail traffic. | IT Division | Desirable |": a level cell.
  const level = row.cells.slice(1).find((c) => WEAK_LEVEL.test(c.trim().normalize('NFKC').toLowerCase()));
  if (level && mandatory) return { kind: 'weak', found: level.trim() };
  const legend = markLegend(doc, row);
  if (legend && !legend.weak) return { kind: 'negated', found: legend.mark };
  if (legend?.weak && mandatory) return { kind: 'weak', found: legend.mark };
  const status = statusCell(doc, row);
  if (status) return { kind: status.later ? 'deferred' : 'negated', found: status.value };
  const mark = refusingColumn(doc, row);
  return mark ? { kind: mark.later ? 'deferred' : 'negated', found: mark.column } : undefined;
}

/**
 * A checklist row whose mark stands under a column that refuses or defers (「| 端末への振る舞い検知 | | | ○ |」 under
 * 「実施する | 実施しない | 検討中」, "Yes | No | Planned"): the header cell of the marked column, else undefined.
 * `later`: the column puts the measure off (検討中, 予定, planned) rather than refusing it (実施しない, No).
 */
function refusingColumn(doc: PolicyDocument, row: Row): { column: string; later: boolean } | undefined {
  // Most tables have no refusing column at all.
  if (!REFUSING.test(row.header.toLowerCase())) return undefined;
  const marked = row.cells.map((c, i) => (MARK.test(c) ? i : -1)).filter((i) => i >= 0);
  if (marked.length !== 1) return undefined;
  const name = headerCells(doc, row)?.[marked[0]]?.trim() ?? '';
  const folded = name.normalize('NFKC').toLowerCase();
  if (!REFUSING.test(folded)) return undefined;
  return { column: name, later: LATER.test(folded) };
}

/**
 * A row of a compliance table whose status cell says the measure is not in place (「| 常時暗号化 | 検討中 |」 under
 * 「状況」, "| Encrypted mail transport | Planned | March 2027 |" under "Status"): the cell, and whether it puts the
 * measure off (planned, under review) rather than refuse it (not applicable).
 */
function statusCell(doc: PolicyDocument, row: Row): { value: string; later: boolean } | undefined {
  if (!STATUS_HEADER_WORD.test(row.header.toLowerCase())) return undefined;
  const column =
    headerCells(doc, row)?.findIndex((c) => STATUS_HEADER.test(c.trim().normalize('NFKC').toLowerCase())) ?? -1;
  if (column < 0) return undefined;
  const value = (row.cells[column] ?? '').trim();
  const folded = value.normalize('NFKC').toLowerCase();
  if (!NOT_IN_PLACE.test(folded)) return undefined;
  return { value, later: LATER.test(folded) || /review|confirm|progress|pending/.test(folded) };
}

/** A first cell that states something (a predicate), not just a name. */
const STATES = /。|(?:する|すること|しない|させる|される|とする|こと|ない|ある)$|\b(?:shall|must|should|will|is|are)\b/;
/** A body cell with nothing in it: a dash or a placeholder. */
const EMPTY_BODY = /^(?:[-‐－―—–ー]|なし|未定|tbd|n\/a|\(略\)|略)?$/i;
/** A body cell that only sends the reader elsewhere: 「別に定める。」「別途定める」, "See separate standard.". */
const ELSEWHERE =
  /^(?:別に定める|別途定める|別に定めるところによる|別途|別紙による|別途規定)。?$|^(?:see|refer to|as set out in|per) (?:the )?(?:separate|other|relevant|applicable|its own) (?:standards?|polic(?:y|ies)|procedures?|guidelines?|documents?|rules?)\.?$/;
/** A cell giving the measure's level as a wish: "Desirable", 「推奨」, 「望ましい」. */
const WEAK_LEVEL =
  /^(?:desirable|recommended|optional|advisable|best effort|nice to have|望ましい|推奨|任意|努力義務|努力目標)$/;

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
function markLegend(doc: PolicyDocument, row: Row): { mark: string; weak: boolean } | undefined {
  const marks = new Set(row.cells.map((c) => c.trim()).filter((c) => MARK_SYMBOL.test(c)));
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
  const header = clause.context.slice(clause.context.lastIndexOf(' / ') + 3);
  if (!OPTIONAL.test(header.toLowerCase())) return undefined;
  const row = rowOf(doc, clause);
  const names = headerCells(doc, row);
  if (!names) return undefined;
  const optional = names.map((c) => OPTIONAL.test(c.trim().normalize('NFKC').toLowerCase()));
  if (!optional.some(Boolean) || optional.every(Boolean)) return undefined;
  const firm = row.cells.filter((_, i) => !optional[i]).join(' | ');
  return { firm, column: names[optional.indexOf(true)].trim() };
}

/** Columns whose measures are left to effort or choice: 推奨対策, 努力義務, 任意, "Recommended", "Optional". */
const OPTIONAL = /推奨|努力|任意|望ましい|optional|recommended|desirable|nice to have/;

/** The header row's cells, found once per table (by its header text) in each document: the rows above are not read again. */
function headerCells(doc: PolicyDocument, row: Row): string[] | undefined {
  let byHeader = headers.get(doc);
  if (!byHeader) headers.set(doc, (byHeader = new Map()));
  if (byHeader.has(row.header)) return byHeader.get(row.header);
  const text = doc.text;
  let found: string[] | undefined;
  // The header is the line above the delimiter row (「|---|---|」) that opens the table.
  for (let at = row.start; at > 0; ) {
    const prev = text.lastIndexOf('\n', at - 2) + 1;
    const line = lineAt(text, prev);
    if (!line.includes('|')) break;
    if (DELIMITER.test(line)) {
      if (prev > 0) found = cellsOf(lineAt(text, text.lastIndexOf('\n', prev - 2) + 1));
      break;
    }
    at = prev;
  }
  byHeader.set(row.header, found);
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
