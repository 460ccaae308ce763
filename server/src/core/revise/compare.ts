// 新旧対照表: the current text and the revised text of a policy side by side, the way Japanese regulations are
// revised — 改正後 on the left, 改正前 on the right, changed passages underlined, unchanged provisions elided with
// 「（略）」, a new provision marked 「（新設）」 in the old column and a deleted one 「（削除）」 in the new column.
// Each change is annotated with the requirements of the standard the new text answers (the checker decides, on
// the new text). Pure: text in, rows out; html.ts and the docx bundle render the rows.
import { diffArrays } from 'diff';
import { getCatalog, type Catalog } from '../catalog';
import { analyzeText, type PolicyAnalysis } from '../checker/check';
import { pick } from '../checker/messages';
import { t } from '../i18n';
import type { PolicyDocument } from '../model/types';
import { normalizeForMatch } from '../text/normalize';

/** A piece of a provision's text; `changed` pieces are underlined (傍線). */
export interface Run {
  text: string;
  changed: boolean;
}

/** One provision (heading, article, paragraph, item) as shown in a cell: lines of runs. */
export type Cell = Run[][];

export interface RequirementNote {
  id: string;
  title: string;
  /** `covers`: the new text covers it; `revises`: the old text was outdated for it and the new text is not. */
  how: 'covers' | 'revises';
}

export interface RevisionRow {
  /** `elided`: unchanged provisions (（略）); `context`: an unchanged heading shown to locate a change. */
  kind: 'elided' | 'context' | 'changed' | 'added' | 'removed';
  after: Cell;
  before: Cell;
  /** 1-based lines of the provision in the new / old text. */
  afterLine?: number;
  beforeLine?: number;
  notes: RequirementNote[];
}

export interface RevisionTable {
  title: string;
  lang: 'ja' | 'en';
  edition: { id: string; title: string };
  rows: RevisionRow[];
  /** Changes (rows that are not elided or context). */
  changes: number;
}

export interface RevisionOptions {
  lang?: 'ja' | 'en';
  edition?: string;
  /** Title of the table; default: the new text's first heading + 新旧対照表. */
  title?: string;
  catalog?: Catalog;
}

interface Unit {
  start: number;
  end: number;
  heading: boolean;
  /** Display text: the provision without Markdown markers, one string per line. */
  lines: string[];
  key: string;
  /** Words of the text, made when first compared. */
  words?: string[];
}

/** Text of the comparison: headings without #, list items without bullets, emphasis markers dropped. */
function displayLines(raw: string, heading: boolean): string[] {
  return raw
    .split(/\r?\n|\r/)
    .map((l) =>
      heading
        ? withoutClosingHashes(l.replace(/^\s{0,3}#{1,6}\s+/, ''))
        : l.replace(/^\s*(?:[-*+]|>)\s+/, '').replace(/^\s+/, ''),
    )
    .map((l) => l.replace(/\*\*|__/g, '').trimEnd())
    .filter((l) => l.length > 0);
}

/** An ATX heading's text without its closing run of #: a scan from the end (a pattern would be quadratic here). */
function withoutClosingHashes(text: string): string {
  const t = text.trimEnd();
  let i = t.length;
  while (i > 0 && t[i - 1] === '#') i--;
  if (i === t.length) return t;
  // Only a run preceded by white space (or the whole text) closes the heading: 「C#」 keeps its #.
  return i === 0 ? '' : /\s/.test(t[i - 1]) ? t.slice(0, i).trimEnd() : t;
}

/**
 * The provisions of a policy in document order: every heading and every top-level clause (a list item with its
 * sub-items, a paragraph, an article, a table row). Text the model does not count as policy (front matter, code,
 * comments) is not compared.
 */
function unitsOf(doc: PolicyDocument): Unit[] {
  const spans: Array<{ start: number; end: number; heading: boolean }> = [];
  for (const s of doc.sections) spans.push({ start: s.headingStart, end: s.headingEnd, heading: true });
  for (const c of doc.clauses)
    if (c.parentClause === undefined && c.kind !== 'heading')
      spans.push({ start: c.start, end: c.end, heading: false });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Unit[] = [];
  let reach = -1;
  for (const s of spans) {
    if (s.start < reach) continue; // nested in the span before
    reach = s.end;
    const lines = displayLines(doc.text.slice(s.start, s.end), s.heading);
    if (!lines.length) continue;
    out.push({ ...s, lines, key: normalizeForMatch(lines.join('\n')).replace(/\s+/g, '') });
  }
  return out;
}

// Made on first use: the language server loads this module at start-up and may never compare anything.
let segmenter: Intl.Segmenter | undefined;

/** Words for Latin text, and for Japanese the segmenter's words (a few characters each), so a change underlines whole words. */
function tokens(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

const wordsOf = (u: Unit) => (u.words ??= tokens(u.lines.join('\n')));

/** Share of the tokens two provisions have in common (0..1). */
function similarity(a: Unit, b: Unit): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  // Lengths far apart cannot reach the bar: no diff needed.
  if (Math.min(x.length, y.length) * 2 < 0.35 * (x.length + y.length)) return 0;
  let same = 0;
  for (const part of diffArrays(x, y)) if (!part.added && !part.removed) same += part.value.length;
  return (2 * same) / Math.max(1, x.length + y.length);
}

/** The two sides of a changed provision, each with its changed words underlined. */
function diffCells(oldUnit: Unit, newUnit: Unit): { before: Cell; after: Cell } {
  const before: Cell = [[]];
  const after: Cell = [[]];
  const push = (cell: Cell, text: string, changed: boolean) => {
    const parts = text.split('\n');
    parts.forEach((p, i) => {
      if (i > 0) cell.push([]);
      if (!p) return;
      const line = cell[cell.length - 1];
      const last = line[line.length - 1];
      if (last && last.changed === changed) last.text += p;
      else line.push({ text: p, changed });
    });
  };
  for (const part of diffArrays(wordsOf(oldUnit), wordsOf(newUnit))) {
    const text = part.value.join('');
    if (part.added) push(after, text, true);
    else if (part.removed) push(before, text, true);
    else {
      push(after, text, false);
      push(before, text, false);
    }
  }
  return { before, after };
}

const plain = (u: Unit, changed: boolean): Cell => u.lines.map((l) => [{ text: l, changed }]);
const marker = (text: string): Cell => [[{ text, changed: false }]];

const PAIR_WINDOW = 24;

/** Requirements whose clauses lie in [start, end) of an analyzed text, by role. */
function requirementsIn(a: PolicyAnalysis, start: number, end: number, role: 'cover' | 'outdated'): Set<string> {
  const ids = new Set<string>();
  for (const [clause, list] of a.clauseRequirements) {
    const c = a.document.clauses[clause];
    if (c.start < end && c.end > start) for (const e of list) if (e.role === role) ids.add(e.id);
  }
  return ids;
}

/**
 * Compares two versions of a policy. The new text is checked against the edition (front matter, `edition`, or
 * the default) to say which requirements each change answers.
 */
export function compareVersions(oldText: string, newText: string, options: RevisionOptions = {}): RevisionTable {
  const lang = options.lang ?? 'ja';
  const catalog = options.catalog ?? getCatalog();
  const check = { force: true, language: lang, ...(options.edition ? { edition: options.edition } : {}) };
  const oldA = analyzeText(oldText, check, catalog);
  const newA = analyzeText(newText, { ...check, edition: options.edition ?? oldA.edition }, catalog);
  const oldUnits = unitsOf(oldA.document);
  const newUnits = unitsOf(newA.document);
  const lineOf = (a: PolicyAnalysis, u: Unit) => a.lines.positionAt(u.start).line + 1;
  const title = (id: string) => pick(newA.catalog.byId.get(id)?.title ?? { ja: id, en: id }, lang);

  const notes = (oldU: Unit | undefined, newU: Unit | undefined): RequirementNote[] => {
    const out: RequirementNote[] = [];
    const before = oldU ? requirementsIn(oldA, oldU.start, oldU.end, 'cover') : new Set<string>();
    const wasOutdated = oldU ? requirementsIn(oldA, oldU.start, oldU.end, 'outdated') : new Set<string>();
    const now = newU ? requirementsIn(newA, newU.start, newU.end, 'cover') : new Set<string>();
    const stillOutdated = newU ? requirementsIn(newA, newU.start, newU.end, 'outdated') : new Set<string>();
    for (const r of newA.catalog.requirements) {
      if (now.has(r.id) && !before.has(r.id))
        out.push({ id: r.id, title: title(r.id), how: wasOutdated.has(r.id) ? 'revises' : 'covers' });
      else if (wasOutdated.has(r.id) && !stillOutdated.has(r.id) && newU)
        out.push({ id: r.id, title: title(r.id), how: 'revises' });
    }
    return out;
  };

  const rows: RevisionRow[] = [];
  const elide = () => {
    if (rows[rows.length - 1]?.kind !== 'elided')
      rows.push({
        kind: 'elided',
        after: marker(t('revise.elided', lang)),
        before: marker(t('revise.elided', lang)),
        notes: [],
      });
  };
  const parts = diffArrays(oldUnits, newUnits, { comparator: (a, b) => a.key === b.key });
  let oi = 0;
  let ni = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (!part.added && !part.removed) {
      // Unchanged: elided, except the nearest heading above the next change, which locates it.
      const n = part.count ?? part.value.length;
      const next = parts[p + 1];
      let keep = -1;
      if (next)
        for (let k = n - 1; k >= 0; k--)
          if (newUnits[ni + k].heading) {
            keep = k;
            break;
          }
      if (keep > 0) elide();
      if (keep >= 0)
        rows.push({
          kind: 'context',
          after: plain(newUnits[ni + keep], false),
          before: plain(oldUnits[oi + keep], false),
          afterLine: lineOf(newA, newUnits[ni + keep]),
          beforeLine: lineOf(oldA, oldUnits[oi + keep]),
          notes: [],
        });
      if (keep < n - 1) elide();
      oi += n;
      ni += n;
      continue;
    }
    // A run of removed and/or added provisions: pair each removed one with the most similar added one after the
    // last pair (a changed provision), the rest are deleted or new.
    const removed: Unit[] = [];
    const added: Unit[] = [];
    while (p < parts.length && (parts[p].added || parts[p].removed)) {
      const q = parts[p];
      const n = q.count ?? q.value.length;
      if (q.removed) for (let k = 0; k < n; k++) removed.push(oldUnits[oi++]);
      else for (let k = 0; k < n; k++) added.push(newUnits[ni++]);
      p++;
    }
    p--;
    let from = 0;
    const pairs: Array<[Unit | undefined, Unit | undefined]> = [];
    for (const r of removed) {
      let best = -1;
      let score = 0.35;
      // A window of candidates keeps a wholesale rewrite (hundreds of provisions each side) linear.
      for (let k = from; k < Math.min(added.length, from + PAIR_WINDOW); k++) {
        if (added[k].heading !== r.heading) continue;
        const s = similarity(r, added[k]);
        if (s > score) {
          score = s;
          best = k;
        }
        // The next provision in order, clearly the same one reworded: no need to look further.
        if (k === from && s >= 0.6) break;
      }
      if (best < 0) {
        pairs.push([r, undefined]);
        continue;
      }
      for (let k = from; k < best; k++) pairs.push([undefined, added[k]]);
      pairs.push([r, added[best]]);
      from = best + 1;
    }
    for (let k = from; k < added.length; k++) pairs.push([undefined, added[k]]);
    for (const [o, n] of pairs) {
      if (o && n) {
        const { before, after } = diffCells(o, n);
        rows.push({
          kind: 'changed',
          after,
          before,
          afterLine: lineOf(newA, n),
          beforeLine: lineOf(oldA, o),
          notes: notes(o, n),
        });
      } else if (n) {
        rows.push({
          kind: 'added',
          after: plain(n, true),
          before: marker(t('revise.new', lang)),
          afterLine: lineOf(newA, n),
          notes: notes(undefined, n),
        });
      } else if (o) {
        rows.push({
          kind: 'removed',
          after: marker(t('revise.deleted', lang)),
          before: plain(o, true),
          beforeLine: lineOf(oldA, o),
          notes: notes(o, undefined),
        });
      }
    }
  }
  const first =
    newA.document.sections[newA.document.titleSection]?.title ??
    oldA.document.sections[oldA.document.titleSection]?.title ??
    '';
  const editionTitle = pick(
    catalog.data.editions.find((e) => e.id === newA.edition)?.title ?? { ja: newA.edition, en: newA.edition },
    lang,
  );
  return {
    title: options.title ?? t('revise.title', lang, first),
    lang,
    edition: { id: newA.edition, title: editionTitle },
    rows,
    changes: rows.filter((r) => r.kind !== 'elided' && r.kind !== 'context').length,
  };
}
