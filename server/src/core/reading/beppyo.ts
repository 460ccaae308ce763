import type { Clause, PolicyDocument } from '../model/types';
import { ClauseFacts, clauseFrames } from '../model/carried';
import { memoOf } from '../text/memo';
import type { NormalizedText } from '../text/normalize';

/**
 * Obligations carried by a 別表 (appended table): an article says 「別表第2に定めるところにより…措置を講ずること」
 * and the table's rows name the measures. The rows are read in the context of the referring article: its text
 * joins the frame (`context`, `near`) of every clause in the 別表's section, so a rule that needs the article's
 * subject (e-mail, the web) sees it. The original frames are kept, so a second analysis of the same document
 * does not add the article twice.
 */
const base = new WeakMap<Clause, { context: string; near: string | undefined }>();

const KANJI: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function tableNumber(s: string | undefined): string {
  if (!s) return '';
  if (/^\d+$/.test(s)) return String(Number(s));
  if (s.length === 1 && KANJI[s]) return String(KANJI[s]);
  if (/^十[一二三四五六七八九]$/.test(s)) return String(10 + KANJI[s[1]]);
  return s;
}

// 「別表第2に定める」「別表第二に掲げる」「別表1のとおり」「別表に定めるところにより」「当該別表に掲げる」, English
// "listed in Annex 2", "set out in Appendix 1", "under Schedule B" (normalized text: lower case).
const REFERENCE =
  /(?:当該)?別表(?:第)?([0-9]+|[一二三四五六七八九十]{1,2})?(?:\([^)]{0,20}\))?(?:に|の|で)(?:定める|掲げる|示す|よる|より|とおり|記載|従|列記|記す|規定)|\b(?:in|under|to|by|with|of|from) (?:the )?(?:attached )?(?:appendix|annex|schedule|appended table) ?([0-9]+|[a-z]|[ivx]+)?\b/g;
const TITLE =
  /^(?:[0-9.\s]*)?(?:別表(?:第)?([0-9]+|[一二三四五六七八九十]{1,2})?|(?:appendix|annex|schedule|appended table) ?([0-9]+|[a-z]|[ivx]+)?\b)/;

/**
 * The rows of the 別表 a clause belongs to or refers to (texts, each prefixed by the table's header row and NUL): an article whose scope the table gives is as wide
 * as its rows (reading/read.ts, limitedByTable). Set by followBeppyo, per document (a clause may be shared with
 * the document before an edit: its rows are those of the document asked about).
 */
const rowsByDocument = new WeakMap<readonly Clause[], Map<Clause, string[]>>();
export function beppyoRowsFor(doc: PolicyDocument, clause: Clause): string[] {
  return rowsByDocument.get(doc.clauses)?.get(clause) ?? [];
}

const NONE: readonly string[] = [];

/** The keys (tableNumber) of the 別表 a text refers to, one per reference; remembered with the text. */
function referencesOf(norm: NormalizedText): readonly string[] {
  const memo = memoOf(norm);
  if (memo.beppyo !== undefined) return memo.beppyo;
  const text = norm.text;
  let keys = NONE;
  if (text.includes('別表') || /appendix|annex|schedule|appended table/.test(text)) {
    REFERENCE.lastIndex = 0;
    const found: string[] = [];
    for (const m of text.matchAll(REFERENCE)) found.push(tableNumber(m[1] ?? m[2]));
    if (found.length) keys = found;
  }
  memo.beppyo = keys;
  return keys;
}

/** The clauses that refer to a 別表, and the keys of their references. */
const references = new ClauseFacts<readonly string[]>((_doc, c) => {
  const keys = referencesOf(c.norm);
  return keys.length ? keys : undefined;
});

export function followBeppyo(doc: PolicyDocument): void {
  // Frames set by an earlier analysis of this document (a clause may be shared with it) are its own again unless
  // this analysis sets them too. A clause's frames are changed only where they differ (clauseFrames counts it).
  const framedBefore: Clause[] = [];
  for (const c of doc.clauses) if (base.has(c)) framedBefore.push(c);
  const framed = frameTables(doc);
  for (const c of framedBefore) {
    if (framed?.has(c)) continue;
    const b = base.get(c)!;
    if (c.context !== b.context || c.near !== b.near) {
      c.context = b.context;
      c.near = b.near;
      clauseFrames.changes++;
    }
  }
}

/** Sets the frames of the clauses of the 別表 the document refers to: those clauses (undefined for none). */
function frameTables(doc: PolicyDocument): Set<Clause> | undefined {
  const refs = new Map<string, string[]>();
  const referring = new Map<string, Clause[]>();
  const clauses = doc.clauses;
  const { at, facts } = references.of(doc);
  for (let h = 0; h < at.length; h++) {
    const c = clauses[at[h]];
    const keys = facts[h];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const list = refs.get(key) ?? [];
      if (!list.includes(c.norm.text) && list.length < 3) list.push(c.norm.text);
      refs.set(key, list);
      const by = referring.get(key) ?? [];
      by.push(c);
      referring.set(key, by);
    }
  }
  rowsByDocument.delete(doc.clauses);
  if (!refs.size) return undefined;
  const framed = new Set<Clause>();
  const tableRows = new Map<Clause, string[]>();
  rowsByDocument.set(doc.clauses, tableRows);
  // A 別表 is a section titled 「別表第N」, or a short paragraph 「別表第1（第18条関係）」 followed by a table.
  const tables: Array<{ number: string | undefined; clauses: Clause[] }> = [];
  for (const s of doc.sections) {
    const m = TITLE.exec(s.titleNorm);
    if (m)
      tables.push({ number: m[1] ?? m[2], clauses: doc.clauses.filter((c) => c.start >= s.start && c.start < s.end) });
  }
  const all = doc.clauses;
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    if (c.kind === 'tableRow' || c.norm.text.length > 40) continue;
    const m = TITLE.exec(c.norm.text.trim());
    if (!m || all[i + 1]?.kind !== 'tableRow') continue;
    let j = i + 1;
    while (j < all.length && all[j].kind === 'tableRow') j++;
    tables.push({ number: m[1] ?? m[2], clauses: all.slice(i + 1, j) });
  }
  for (const t of tables) {
    // An unnumbered reference (「別表に定める」「当該別表」, "the Annex") is to the only 別表 there is, or to an unnumbered one.
    const key = refs.has(tableNumber(t.number))
      ? tableNumber(t.number)
      : !t.number || (tables.length === 1 && refs.has(''))
        ? ''
        : undefined;
    const articles = key === undefined ? undefined : refs.get(key);
    if (!articles) continue;
    const extra = articles.join(' / ');
    const rows = t.clauses.filter((c) => c.kind === 'tableRow');
    // Rows are passed with their header (「対象方式」 → 「対象」 in the first column says the rows are the scope).
    const header = rows.length ? ((base.get(rows[0])?.context ?? rows[0].context).split(' / ').pop() ?? '') : '';
    const rowTexts = rows.map((c) => `${header}\u0000${c.norm.text}`);
    for (const c of [...rows, ...(referring.get(key!) ?? [])])
      tableRows.set(c, [...(tableRows.get(c) ?? []), ...rowTexts]);
    for (const c of t.clauses) {
      if (!base.has(c)) base.set(c, { context: c.context, near: c.near });
      const b = base.get(c)!;
      const context = `${b.context} / ${extra}`;
      const near = `${b.near ?? ''} / ${extra}`;
      if (c.context !== context || c.near !== near) {
        c.context = context;
        c.near = near;
        clauseFrames.changes++;
      }
      framed.add(c);
    }
  }
  return framed;
}
