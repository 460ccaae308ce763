import { LEAD_IN as INTRODUCES_ITEMS, withItemTexts } from './items';
import { getCatalog, type Catalog, type LocalizedText, type Requirement } from '../catalog';
import type { ConceptMatcher } from '../checker/match';
import type { ClauseNote, ConditionResult, RequirementResult } from '../checker/types';
import { headingsOf } from '../model/carried';
import type { Clause, PolicyDocument } from '../model/types';
import { readClause, readingReason, type ReadingVerdict } from './read';
import { headingOnlyOf, nearestClauseOf } from '../checker/nearest';
import { detached, memoOf } from '../text/memo';

/**
 * The reasons of a verdict: which clause is the evidence (or the nearest one, for a missing requirement), and
 * condition by condition what it says or lacks. Everything here reads the same analysis the verdict came from.
 */

interface Analysis {
  catalog: Catalog;
  lines: { rangeOf(start: number, end: number): ClauseNote['range'] };
}

/** The clause as the author wrote it, on one line and cut to `max` characters. */
export function snippet(doc: PolicyDocument, i: number, max = 48): string {
  const c = doc.clauses[i];
  // Asked for every covering or nearest clause of every requirement, after every edit: kept with the clause's text
  // (text/memo.ts: the same text object is the same source).
  if (max !== 48) return snippetOf(doc, c, max);
  const memo = memoOf(c.norm);
  if (memo.snippet === undefined) memo.snippet = detached(snippetOf(doc, c, max));
  return memo.snippet;
}

function snippetOf(doc: PolicyDocument, c: Clause, max: number): string {
  const raw = (c.kind === 'tableRow' ? rowSource(doc, c) : doc.text.slice(c.start, c.end))
    .replace(/\s+/g, ' ')
    .replace(/^[-*+|>#\s]+/, '')
    // Emphasis and code marks are Markdown, not the author's words: 「**第3条**」 reads 「第3条」.
    .replace(/\*\*|__|`/g, '')
    .replace(/\|/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return raw.length > max ? `${raw.slice(0, max)}…` : raw;
}

/**
 * The source of the cells a table row's clause reads, without the cells the model left out (the current column of
 * a 新旧対照表 when the revised one is in force).
 */
function rowSource(doc: PolicyDocument, c: Clause): string {
  const n = c.norm.text.length;
  if (!n) return doc.text.slice(c.start, c.end);
  let out = '';
  let end = c.norm.startOf(0);
  for (let i = 0; i < n; i++) {
    const start = c.norm.startOf(i);
    if (start > end) {
      const gap = doc.text.slice(end, start);
      out += /[^|\s]/.test(gap) ? ' | ' : gap;
    }
    const unitEnd = c.norm.endOf(i);
    if (unitEnd > end) {
      out += doc.text.slice(Math.max(start, end), unitEnd);
      end = unitEnd;
    }
  }
  return out;
}

/** "Always-on encryption" → "always-on encryption", but "IT asset-management" and "IoT devices" stay. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** A reason prefixed with the note that the author cited the standard for this clause. */
export function citedReason(reason: LocalizedText, cited: boolean): LocalizedText {
  if (!cited) return reason;
  return {
    ja: `この条項は統一基準の該当箇所への対応を明記していますが、次の点が改定前の形です。${reason.ja}`,
    en: `The clause cites the standard for this requirement, but it keeps the pre-revision form. ${reason.en}`,
  };
}

export function weakReason(v: ReadingVerdict, r: Requirement, cited: boolean): LocalizedText {
  const base = readingReason(v, r, cited);
  return {
    ja: `${base.ja}この要求事項は遵守事項（義務）であり、努力・希望・許可の表現では満たしません。`,
    en: `${base.en} This requirement is a duty (遵守事項); a wish, an effort or a permission does not meet it.`,
  };
}

export function coverReason(
  doc: PolicyDocument,
  i: number,
  r: Requirement,
  obligation: string | undefined,
  cited: boolean,
): LocalizedText {
  const s = snippet(doc, i);
  const how = obligation
    ? { ja: `（${obligation.replace(/。$/, '')}）`, en: ` ("${obligation.replace(/。$/, '')}")` }
    : { ja: '', en: '' };
  const c = cited
    ? { ja: '統一基準の該当箇所への対応を明記した', en: ', which cites the standard for it,' }
    : { ja: '', en: '' };
  return {
    ja: `${c.ja}条項「${s}」が、${r.title.ja}を義務として定めています${how.ja}。`,
    en: `The clause "${s}"${c.en} states ${lowerFirst(r.title.en)} as a duty${how.en}.`,
  };
}

/** Per headings (model/carried.ts): the same after every edit outside a heading. */
const defsCache = new WeakMap<object, Set<number>>();
/** Sections (and their sub-sections) whose heading says they define terms: 「用語の定義」, "Definitions". */
export function definitionSections(doc: PolicyDocument, catalog: Catalog): Set<number> {
  const headings = headingsOf(doc);
  let out = defsCache.get(headings);
  if (out) return out;
  out = new Set();
  let source: string;
  try {
    source = catalog.concept(undefined, 'definitions-heading').pattern.source;
  } catch {
    source = getCatalog().concept(undefined, 'definitions-heading').pattern.source;
  }
  const re = new RegExp(source);
  // (A heading's answer is kept with its text object: after an edit in a heading, only that one is read again.)
  for (const s of doc.sections) {
    const memo = memoOf(s.heading);
    if (memo.definitionsTest !== source) {
      memo.definitions = re.test(s.titleNorm);
      memo.definitionsTest = source;
    }
    if (memo.definitions || (s.parent >= 0 && out.has(s.parent))) out.add(s.index);
  }
  defsCache.set(headings, out);
  return out;
}

/**
 * A label: a group label, a table row header or an article title that names the measure but has no predicate
 * of its own, and no body: a table row whose other cells are empty, a paragraph that is only bold text or a
 * title in brackets (「（未知の不正プログラム対策）」), a list item that only frames its sub-items.
 */
export function isLabel(doc: PolicyDocument, clause: Clause, catalog: Catalog): boolean {
  const text = clause.norm.text.trim();
  // A title carrying a placeholder for its body (「(2) …の導入【別途作成】」, "(5) … (to be drafted)").
  const bare = text.replace(PLACEHOLDER_NOTE, '').trim();
  if (bare !== text && bare && !readClause(bare, catalog).predicate) return true;
  // A table of contents lists titles, whatever verbs they hold ("Ensuring that IRM does not impede recordkeeping").
  if (clause.kind === 'listItem' && inTableOfContents(doc, clause)) return true;
  if (readClause(text, catalog).predicate) return false;
  const raw = doc.text.slice(clause.start, clause.end).trim();
  if (clause.kind === 'tableRow') {
    const cells = raw
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    // The row's name and, before it, its number (「| 9 | …の常時HTTPS化 | － | － |」): nothing marked against it.
    const blank = (c: string) => /^[-—―ー…・〇○◯x×*.\s]*$/i.test(c.normalize('NFKC'));
    if (cells.length >= 2 && cells.slice(1).every(blank)) return true;
    const unmarked = (c: string) => /^[-—―ー…・\s]*$/.test(c.normalize('NFKC'));
    return (
      cells.length >= 3 &&
      /^(?:no\.?\s*)?[0-9]{1,4}\.?$/i.test(cells[0].normalize('NFKC')) &&
      cells.slice(2).every(unmarked)
    );
  }
  // A title followed by a placeholder for its body (「(2) IT資産管理ソフトウェアによる情報の収集」 over 「【調整中】」).
  const following = doc.clauses[clause.index + 1];
  if (following && following.section === clause.section && isPlaceholderBody(following.norm.text)) return true;
  const body = raw.replace(/^(?:[-*+]|\d+[.)])\s+/, '').trim();
  if (/^\*\*[^*]+\*\*[:：]?$/.test(body) || /^__[^_]+__[:：]?$/.test(body)) return true;
  if (/^[（(][^（）()]{1,40}[）)]$/.test(body)) return true;
  // An article's number and title on a line of their own (「第12条（ウェブサイトの常時暗号化）」): the body follows.
  if (/^第[0-9一二三四五六七八九十百]+条(?:の[0-9一二三四五六七八九十]+)?\s*[（(][^（）()]{1,40}[）)]$/.test(body))
    return true;
  if (/[:：]$/.test(body)) return true;
  // 「(3) 情報セキュリティ対策推進体制の整備」 among titles whose bodies are lettered items (「(1) 自己点検の実施」 over
  // 「(a) 情報セキュリティ責任者は、…」): a title, with or without its body.
  if (
    clause.kind === 'paragraph' &&
    clause.number &&
    !BODY_ITEM.has(clause.number.kind) &&
    titledSection(doc, clause, clause.number.kind, catalog)
  )
    return true;
  // A list item that only frames sub-items.
  const next = doc.clauses[clause.index + 1];
  return clause.kind === 'listItem' && next?.parentClause === clause.index;
}

/** Numbers that stand under a title as its body's items: (a), (ア), ア, ①. */
const BODY_ITEM = new Set(['paren-latin', 'paren-kana', 'kana', 'circled-digit']);

/**
 * Whether the paragraphs numbered `kind` in a section are titles: one of them, without a predicate, is followed by
 * a body item (「(1) 自己点検の実施」 then 「(a) …」), the drafting of the standard's own 遵守事項.
 */
function titledSection(doc: PolicyDocument, clause: Clause, kind: string, catalog: Catalog): boolean {
  let bySection = titled.get(doc);
  if (!bySection) titled.set(doc, (bySection = new Map()));
  const section = clause.section;
  const key = `${section}:${kind}`;
  let known = bySection.get(key);
  if (known === undefined) {
    known = false;
    const clauses = doc.clauses;
    // The section's clauses lie together around this one.
    let k = clause.index;
    while (k > 0 && clauses[k - 1].section === section) k--;
    for (; k + 1 < clauses.length && clauses[k].section === section && !known; k++) {
      const c = clauses[k];
      if (c.kind !== 'paragraph' || c.number?.kind !== kind) continue;
      const next = clauses[k + 1];
      known =
        next.section === section &&
        !!next.number &&
        BODY_ITEM.has(next.number.kind) &&
        !readClause(c.norm.text.trim(), catalog).predicate;
    }
    bySection.set(key, known);
  }
  return known;
}

const titled = new WeakMap<PolicyDocument, Map<string, boolean>>();

/**
 * Whether a list item belongs to a table of contents: a list of titles without predicates, under a 「目次」/"Contents"
 * heading or naming a heading of the document. Its items are titles of what follows, not measures.
 */
function inTableOfContents(doc: PolicyDocument, clause: Clause): boolean {
  const section = doc.sections[clause.section];
  if (section && TOC_TITLE.test(section.titleNorm.trim())) return true;
  // Decided once per list (every item of a long list is asked): the answer is the list's.
  let lists = tocLists.get(doc);
  if (!lists) tocLists.set(doc, (lists = new Map()));
  const known = lists.get(clause.index);
  if (known !== undefined) return known;
  let first = clause.index;
  while (first > 0 && isSiblingItem(doc.clauses[first - 1], clause)) first--;
  let last = clause.index;
  while (last + 1 < doc.clauses.length && isSiblingItem(doc.clauses[last + 1], clause)) last++;
  const before = doc.clauses[first - 1];
  const titles = headingTitles(doc);
  let toc =
    !!before && before.section === clause.section && TOC_TITLE.test(before.norm.text.trim().replace(/[:：]$/, ''));
  for (let k = first; !toc && k <= last; k++) toc = titles.has(itemTitle(doc.clauses[k]));
  for (let k = first; k <= last; k++) lists.set(k, toc);
  return toc;
}

const TOC_TITLE = /^(?:目次|もくじ|(?:table of )?contents)$/i;
const tocLists = new WeakMap<PolicyDocument, Map<number, boolean>>();

function isSiblingItem(c: Clause, item: Clause): boolean {
  return c.kind === 'listItem' && c.section === item.section && c.parentClause === item.parentClause;
}

const itemTitle = (c: Clause) => c.norm.text.trim().replace(/\s+/g, ' ');
/** Per headings (model/carried.ts): the same after every edit outside a heading. */
const titleSets = new WeakMap<object, Set<string>>();
function headingTitles(doc: PolicyDocument): Set<string> {
  const headings = headingsOf(doc);
  let titles = titleSets.get(headings);
  if (!titles) {
    titles = new Set();
    // (Each title is kept with its heading's text object: a heading's title is its event's, as the text is.)
    for (const s of doc.sections) {
      const memo = memoOf(s.heading);
      memo.title ??= s.titleNorm.trim().replace(/\s+/g, ' ');
      if (memo.title.length >= 4) titles.add(memo.title);
    }
    titleSets.set(headings, titles);
  }
  return titles;
}

/**
 * A drafting note standing for a body not written yet, in brackets: 「【調整中：条文案は別途作成】」「［検討中］」
 * 「（別途定める）」, "[TBD]", "(to be drafted)".
 */
const PLACEHOLDER_NOTE =
  /[【[［〔(（<＜][^】\]］〕)）>＞]{0,30}?(?:調整中|検討中|作成中|準備中|策定中|別途作成|別途定める|別途記載|未定|記載予定|要記載|\btbd\b|\btba\b|\btodo\b|to be (?:drafted|written|determined|defined|decided|added))[^】\]］〕)）>＞]{0,30}[】\]］〕)）>＞]/i;

/** Whether a clause's whole text is such a note (nothing else but numbering and punctuation). */
export function isPlaceholderBody(text: string): boolean {
  const m = PLACEHOLDER_NOTE.exec(text);
  if (!m) return false;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return /^[\s。.、,:：\-—―*_]*$/.test(rest);
}

/** Fills in `reason`, `evidenceClause`, `conditions`, `related` and `evidence` of a requirement's result. */
export function explain(
  result: RequirementResult,
  r: Requirement,
  doc: PolicyDocument,
  matcher: ConceptMatcher,
  analysis: Analysis,
  evidence: ClauseNote[],
  related: ClauseNote[],
): void {
  result.related = related;
  result.evidence = evidence;
  if (result.status === 'not-applicable') {
    result.reason = {
      ja: `適用除外として設定されています（${result.notApplicableReason ?? ''}）。`,
      en: `Set as not applicable (${result.notApplicableReason ?? ''}).`,
    };
    result.evidenceClause = -1;
    result.conditions = [];
    return;
  }
  if (evidence.length) {
    const e = evidence[0];
    result.evidenceClause = e.clause;
    const clause = doc.clauses[e.clause];
    result.conditions = conditionsOf(r, clause, matcher, e.kind === 'covers');
    // A lead-in that meets the requirement with its items (「次により改善を指示しなければならない。(1) 全庁に共通する…」):
    // the conditions are met by the lead-in and its items together.
    if (e.kind === 'covers' && result.conditions.some((c) => !c.met) && INTRODUCES_ITEMS.test(clause.norm.text)) {
      const parts = withItemTexts(clause, doc);
      if (parts.length > 1) {
        const whole = { ...clause, norm: { ...clause.norm, text: parts.join(' ') } } as Clause;
        result.conditions = conditionsOf(r, whole, matcher, true);
      }
    }
    result.reason = e.reason;
    return;
  }
  // Missing: the nearest clause and what it fails. A related clause (refused, limited, a separate duty) first.
  const ranked = [...related].sort((a, b) => rank(a.kind) - rank(b.kind) || a.clause - b.clause);
  if (ranked.length) {
    const n = ranked[0];
    result.evidenceClause = n.clause;
    result.conditions = conditionsOf(r, doc.clauses[n.clause], matcher, false);
    const s = snippet(doc, n.clause);
    result.reason = {
      ja: `最も近い条項「${s}」は要求事項を満たしていません。${n.reason.ja}`,
      en: `The nearest clause "${s}" does not meet the requirement. ${n.reason.en}`,
    };
    return;
  }
  const nearest = nearestClause(r, doc, matcher, analysis.catalog);
  if (nearest >= 0) {
    result.evidenceClause = nearest;
    result.conditions = conditionsOf(r, doc.clauses[nearest], matcher, false);
    const lacking = result.conditions.filter((c) => !c.met);
    const s = snippet(doc, nearest);
    result.reason = {
      ja: `最も近い条項「${s}」には、${lacking.map((c) => c.label.ja).join('、') || '要求事項の内容'}がありません。`,
      en: `The nearest clause "${s}" lacks ${lacking.map((c) => c.label.en).join(', ') || 'what the requirement asks'}.`,
    };
    return;
  }
  result.evidenceClause = -1;
  result.conditions = [
    ...(r.conditions ?? []).map((c) => ({
      id: c.id,
      aspect: c.aspect,
      label: c.label,
      met: false,
      detail: { ja: '該当する記載がありません', en: 'not found' },
    })),
    {
      id: 'firmness',
      aspect: 'how',
      label: { ja: '義務としての定め', en: 'stated as a duty' },
      met: false,
      detail: { ja: '該当する条項がありません', en: 'no clause' },
    },
  ];
  const heading = headingOnly(r, doc, matcher, analysis.catalog);
  result.reason = heading
    ? {
        ja: `見出し「${heading}」のみで、義務を定める本文がありません。`,
        en: `Only the heading "${heading}" names it; no body states the duty.`,
      }
    : { ja: `${r.title.ja}を定める条項が見つかりません。`, en: `No clause states ${lowerFirst(r.title.en)}.` };
}

const ORDER = [
  'limited',
  'negated',
  'deferred',
  'excluded',
  'vacuous',
  'placeholder',
  'label',
  'question',
  'note',
  'prohibited',
  'purpose',
  'outside',
  'suspended',
  'weak',
  'partial',
  'separate-duty',
  'definition',
];
const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);

/** Each catalog condition on a clause, then how firmly it speaks. */
export function conditionsOf(
  r: Requirement,
  clause: Clause,
  matcher: ConceptMatcher,
  firm: boolean,
): ConditionResult[] {
  const out: ConditionResult[] = [];
  for (const c of r.conditions ?? []) {
    const hit = c.any.find((name) =>
      safeHas(() => (c.frame ? matcher.hasInContext(clause, r.id, name) : matcher.has(clause, r.id, name))),
    );
    const word = hit ? foundWord(matcher, r.id, hit, clause) : undefined;
    out.push({
      id: c.id,
      aspect: c.aspect,
      label: c.label,
      met: !!hit,
      detail: hit
        ? { ja: `「${word}」と定めています`, en: `states "${word}"` }
        : { ja: `${c.label.ja}の記載がありません`, en: `no ${c.label.en}` },
    });
  }
  out.push({
    id: 'firmness',
    aspect: 'how',
    label: { ja: '義務としての定め', en: 'stated as a duty' },
    met: firm,
    detail: firm
      ? { ja: '義務として定めています', en: 'stated as a duty' }
      : { ja: '義務として満たす形で定めていません', en: 'not stated as a duty that meets it' },
  });
  return out;
}

/** A condition naming a concept the catalog lacks (a synthetic or edited catalog) is simply not met. */
function safeHas(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}

function foundWord(matcher: ConceptMatcher, id: string, concept: string, clause: Clause): string {
  try {
    return (
      matcher.firstMatch(id, concept, clause.norm.text) ?? matcher.firstMatch(id, concept, clause.context) ?? concept
    );
  } catch {
    return concept;
  }
}

/** The clause meeting most of the requirement's `what` conditions (at least one), the first of equals. */
function nearestClause(r: Requirement, doc: PolicyDocument, matcher: ConceptMatcher, catalog: Catalog): number {
  // Worked out once per distinct clause text for all requirements (checker/nearest.ts).
  return nearestClauseOf(r, doc, matcher, catalog);
}

/** A heading that names the requirement (a cover rule matches its words) over a section without such a clause. */
function headingOnly(
  r: Requirement,
  doc: PolicyDocument,
  matcher: ConceptMatcher,
  catalog: Catalog,
): string | undefined {
  // Worked out once per distinct heading for all requirements (checker/nearest.ts).
  return headingOnlyOf(r, doc, matcher, catalog);
}
