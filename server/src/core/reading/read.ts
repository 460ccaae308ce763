import { getCatalog, type Catalog, type CompiledConcept, type LocalizedText, type Requirement } from '../catalog';
import type { ConceptMatcher } from '../checker/match';
import type { Clause, PolicyDocument } from '../model/types';
import { ClauseFacts } from '../model/carried';
import { memoOf } from '../text/memo';
import type { NormalizedText } from '../text/normalize';

/**
 * A reading of what a clause's predicate does, over its normalized text: whether it adopts the measure at all
 * (negation, deferral, exclusion), whether it has a body (placeholder, vacuous 「必要に応じて検討する」, a label
 * without a predicate), how firmly it speaks (obligation, wish, permission, a softening qualifier), and what its
 * ただし書 leaves out. The vocabulary is data (catalog/concepts.yaml, `reading-*`); this module only decides
 * where each applies. No morphological analyzer: the patterns read the endings Japanese drafting uses
 * (〜こと。〜しなければならない。〜ものとする。〜しない。〜見合わせる。) and English modals, which a tokenizer would
 * not read better, and a dictionary (kuromoji's is ~20 MB) would not fit the 1 MB package or a fast start.
 */
export interface ClauseReading {
  /** The main sentence(s): before a ただし書 / "provided that". */
  main: string;
  /** The proviso (ただし書), '' when none. */
  proviso: string;
  negation?: string;
  deferral?: string;
  exclusion?: string;
  placeholder?: string;
  vacuous?: string;
  /** A wish or effort (望ましい, 努める, should). */
  wish?: string;
  /** A permission (ことができる, may). */
  permissive?: string;
  /** A softening qualifier (必要に応じて, 可能な限り) — weak unless an obligation ending stands too. */
  qualifier?: string;
  /** A softening qualifier in the ただし書 or exception ("except where … not practicable"): the duty's way out. */
  provisoQualifier?: string;
  /** A qualifier governing the whole duty (at the start, or in English at the end of the sentence). */
  wholeQualifier?: string;
  /** Only considering the measure (「導入を検討する」). */
  consider?: string;
  /** An obligation ending (こと。しなければならない, shall, must). */
  obligation?: string;
  /** Whether the text has a predicate at all (else it is a label). */
  predicate: boolean;
  /** What the proviso leaves out (「…はこの限りでない」), when it does. */
  provisoOut?: string;
  /** A capability or an offer (「…機能に対応しています」「希望される方は」, "supports SSL"): not a duty. */
  capability?: string;
  /** A limit on where the measure applies (「…に限って適用する」, "applies only to"), whatever the scope. */
  limitedApplication?: string;
  /** Advice to the public about their own devices (「…を設置している方は…ご注意ください」). */
  advice?: string;
  /** A prohibition of the measure itself (「…を使用してはならない」, "shall not run …"): a refusal, except of a permission. */
  prohibition?: string;
  /** A report that the measure is not in place (「未導入（…検討）」, "not yet implemented"): a status, not a duty. */
  status?: string;
  /** A question (a checklist item: 「…しているか。」, "Does …?"): it asks, it sets no duty. */
  question?: string;
  /** An explanatory note (「（注）」「※」「備考:」, "Note:"): it informs, it sets no duty unless it says so. */
  note?: string;
  /** A subject outside the organisation (「取引先事業者は、」, "Visitors must"). */
  outsideParty?: string;
  /** A sentence saying what a word means (「…をいいます。」, "X means …"). */
  defines?: string;
  /** A purpose or 趣旨 statement of one sentence (「…を目的とする。」): it sets no duty. */
  purpose?: string;
}

const CACHE_LIMIT = 20000;
const cache = new WeakMap<Catalog['concept'], Map<string, ClauseReading>>();

const plain = new WeakMap<CompiledConcept, RegExp>();
/** The concept's pattern without the global flag (no lastIndex to reset). */
function once(c: CompiledConcept): RegExp {
  let re = plain.get(c);
  if (!re) {
    re = new RegExp(c.pattern.source, c.pattern.flags.replace('g', ''));
    plain.set(c, re);
  }
  return re;
}

function first(c: CompiledConcept, text: string): string | undefined {
  const m = once(c).exec(text);
  return m ? m[0] || text.slice(m.index, m.index + 12) : undefined;
}

/** The match with enough of the text before it to quote: 「…リモートワイプを設定した。」, not 「した。」. */
function quoted(c: CompiledConcept, text: string): string | undefined {
  const m = once(c).exec(text);
  if (!m) return undefined;
  if (m[0].length >= 8) return m[0];
  const end = m.index + m[0].length;
  return text.slice(Math.max(0, end - 20), end);
}

/** Reads a clause's normalized text (remembered per text). */
export function readClause(text: string, catalog: Catalog): ClauseReading {
  let memo = cache.get(catalog.concept);
  if (!memo) {
    memo = new Map();
    cache.set(catalog.concept, memo);
  }
  const known = memo.get(text);
  if (known) return known;
  const c = (name: string) => shared(catalog, name);
  const trimmed = text.trim();
  const provisoAt = findIndex(c('reading-proviso'), trimmed);
  const main = provisoAt > 0 ? trimmed.slice(0, provisoAt) : trimmed;
  const proviso = provisoAt > 0 ? trimmed.slice(provisoAt) : '';
  const provisoBody = proviso.replace(new RegExp(`^(?:${c('reading-proviso').pattern.source})`, 'i'), '').trim();
  const reading: ClauseReading = {
    main,
    proviso,
    // The topic particle before a refusing predicate (「…体制の整備は、実施しない」) is not part of what the reason quotes.
    negation: first(c('reading-negation'), main)?.replace(/^(?:は|も)、/, ''),
    prohibition: prohibitionOfMeasure(main, c),
    deferral: deferralIn(c('reading-deferral'), trimmed) ?? intention(trimmed, c),
    exclusion: first(c('reading-exclusion'), main),
    placeholder: first(c('reading-placeholder'), trimmed),
    vacuous: first(c('reading-vacuous'), trimmed),
    wish: first(c('weak-predicate'), main),
    permissive: first(c('permissive'), main),
    qualifier: first(c('weak-qualifier'), main),
    // 「…暗号化すること。ただし、技術的に困難な場合は…」, "…, except where encryption is not practicable": a way out left open.
    provisoQualifier: proviso ? first(c('weak-qualifier'), proviso) : undefined,
    obligation: first(c('strong-obligation'), trimmed),
    consider: first(c('reading-consider'), main),
    wholeQualifier: first(c('reading-qualifier-whole'), main.replace(/。$/, '')),
    predicate: !!first(c('reading-predicate'), trimmed),
    capability: first(c('reading-capability'), main),
    limitedApplication: first(c('reading-limited-application'), main),
    advice: first(c('reading-public-advice'), trimmed),
    status: first(c('reading-status'), main),
    question: first(c('reading-question'), trimmed),
    note: quoted(c('reading-note'), trimmed),
    // 「ノートパソコン（…端末をいう。以下同じ。）」 defines a word inside a clause that goes on to state a measure.
    outsideParty: subjectOf(first(c('reading-outside-party'), trimmed)),
    defines: first(c('reading-defines'), trimmed.replace(/\([^()]*\)/g, '')),
    // One sentence, not counting those inside parentheses (「（IoT機器を含む。以下同じ。）」).
    purpose: /[。.](?=.)/.test(trimmed.replace(/\([^()]*\)/g, '').replace(/[。.]\s*$/, ''))
      ? undefined
      : first(c('reading-purpose'), trimmed.replace(/\([^()]*\)/g, '')),
    provisoOut: proviso
      ? (first(c('reading-exception-out'), provisoBody) ??
        (/^(?:except|with the exception of)\b/.test(proviso) ? proviso.slice(0, 24) : undefined))
      : undefined,
  };
  if (memo.size > CACHE_LIMIT) memo.clear();
  memo.set(text, reading);
  return reading;
}

/** A shared concept of the catalog, else of the bundled one (a test's synthetic catalog has no reading vocabulary). */
function shared(catalog: Catalog, name: string): CompiledConcept {
  try {
    return catalog.concept(undefined, name);
  } catch {
    return getCatalog().concept(undefined, name);
  }
}

/** The year after which a named time is still to come: a duty dated to start in a year already reached is in force. */
export function referenceYear(): number {
  // The year in Japan, where the policies are in force (not the machine's time zone).
  return new Date(Date.now() + 9 * 3600 * 1000).getUTCFullYear();
}

/** The years a piece of normalized text names (令和/平成 era years, 2019, fy2019, 2019年度). */
export function yearsNamed(s: string): number[] {
  const years: number[] = [];
  for (const m of s.matchAll(/(令和|平成)(元|\d{1,2})年|(?<!\d)(20\d\d)(?!\d)/g)) {
    if (m[3]) years.push(Number(m[3]));
    else years.push((m[1] === '令和' ? 2018 : 1988) + (m[2] === '元' ? 1 : Number(m[2])));
  }
  return years;
}

/**
 * The first deferral in the text that still defers: a deferral to a named time (「令和9年度から導入する」, "will be
 * introduced from fiscal 2027") only while that time is to come. 「平成31年度から導入する」 or "from FY2019" in a policy in
 * force now states a duty already in force.
 */
const PLANNED = /検討|予定|計画|準備|consider|stud|examin|discuss|decid|determin|plan|review/;

function deferralIn(c: CompiledConcept, text: string): string | undefined {
  const re = new RegExp(c.pattern.source, c.pattern.flags.includes('g') ? c.pattern.flags : `${c.pattern.flags}g`);
  const now = referenceYear();
  // A skipped dated match may overlap a deferral that starts inside it (「令和8年度以降に検討する」): search on from
  // the next character, not after the match.
  for (let m = re.exec(text); m; re.lastIndex = m.index + 1, m = re.exec(text)) {
    const found = m[0] || text.slice(m.index, m.index + 12);
    // Study or a plan stays a deferral whatever the year (「令和8年度以降に検討する」); only a dated start or deadline of the
    // duty itself is in force once its year is reached.
    const years = PLANNED.test(found) ? [] : yearsNamed(found);
    if (years.length && years.every((y) => y <= now)) continue;
    return found;
  }
  return undefined;
}

/**
 * A prohibition of the measure itself (「…の実行を防止するソフトウェアを使用してはならない」, "shall not run software that
 * blocks unknown malware") refuses it. Not when what is prohibited is insecure, unapproved or other than the measure
 * (「HTTPSによらない通信を…運用してはならない」, "shall not use SSL 3.0", "No website … without HTTPS"): that keeps the duty.
 */
function prohibitionOfMeasure(main: string, c: (name: string) => CompiledConcept): string | undefined {
  const sentences = main.split(/(?<=[。.;])\s*/);
  for (const sentence of sentences) {
    const m = once(c('reading-prohibit-measure')).exec(sentence);
    if (!m) continue;
    const rest = sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length);
    if (once(c('reading-prohibit-kept')).test(rest)) continue;
    // Beside a duty stated in another sentence, a prohibition qualifies it ("EDR shall be deployed…; it must not be
    // used to monitor staff"), it does not refuse it.
    if (sentences.some((other) => other !== sentence && once(c('strong-obligation')).test(other))) continue;
    return m[0];
  }
  return undefined;
}

/** Whether the text states an obligation other than the one ending `consider` (「…を検討すること。」). */
function obligedBesides(text: string, consider: string, catalog: Catalog): boolean {
  return once(shared(catalog, 'strong-obligation')).test(text.replace(consider, ''));
}

/** An intention with no obligation beside it ("the agency plans to introduce EDR"): a deferral. */
function intention(text: string, c: (name: string) => CompiledConcept): string | undefined {
  const found = first(c('reading-intention'), text);
  return found && !once(c('strong-obligation')).test(text) ? found : undefined;
}

function findIndex(c: CompiledConcept, text: string): number {
  const m = once(c).exec(text);
  return m ? m.index : -1;
}

/** Advice to the public in a clause's frame (a page titled 「…にご注意ください」), remembered per frame text. */
/**
 * The subject of a clause in the terms of use of a public service (「利用者は、TLS 1.2 以上に対応したブラウザを使用して
 * アクセスするものとする」 under 「…利用規約」): the public, outside the organisation.
 */
export function publicUserIn(text: string, frame: string, catalog: Catalog): string | undefined {
  const user = subjectOf(first(shared(catalog, 'reading-user-subject'), text.trim()));
  return user && once(shared(catalog, 'reading-terms-frame')).test(frame) ? user : undefined;
}

/** The subject a pattern found at the start of a clause, without the article number and heading before it. */
function subjectOf(found: string | undefined): string | undefined {
  return found?.replace(/^(?:第[0-9]+条\s*)?(?:\([^)]*\)\s*)?/, '').replace(/[、,]$/, '');
}

/** The question-and-answer frame (「よくある質問」, "FAQ") the clause stands in, if any. */
/** A body that only delegates (「…は、別に定める。」) or points to another section (「7.2.2 参照」, "see section 7.2.2"). */
export function delegatedIn(text: string, catalog: Catalog): string | undefined {
  return first(shared(catalog, 'reading-delegated'), text);
}

/**
 * What the headings above a clause make of it. A revision history (「改正履歴」) tells what amendments changed, whatever
 * its rows say. Where the clause states no obligation: an answer under 「よくある質問」 or "FAQ" explains (`firm` only:
 * a wish there is still read as one), and a measure under 「次年度の予定」 or "Next steps" is planned, not required.
 */
export function headingFrame(
  above: string,
  reading: ReadingVerdict,
  text: string,
  catalog: Catalog,
): ReadingVerdict | undefined {
  if (!above) return undefined;
  const history = first(shared(catalog, 'history-heading'), above);
  if (history) return { kind: 'note', found: history };
  if (reading.found && reading.kind === 'firm') return undefined;
  if (readClause(text, catalog).obligation) return undefined;
  const faq = reading.kind === 'firm' ? first(shared(catalog, 'reading-faq-frame'), above) : undefined;
  if (faq) return { kind: 'note', found: faq };
  const plan = first(shared(catalog, 'reading-plan-frame'), above);
  return plan ? { kind: 'deferred', found: plan } : undefined;
}

/**
 * What the document's title makes of its text: a record of results or findings (「自己点検結果票」「監査報告書」「議事録」,
 * "audit report") reports, and a draft sent out for comment (「改正案に対する意見照会」) is not yet in force. A title
 * that names a rule (「…監査結果に基づく対策基準」, "… Standard") is a rule.
 */
export function documentFrame(title: string, catalog: Catalog, asWritten = title): ReadingVerdict | undefined {
  if (!title) return undefined;
  const bare = title.replace(/\([^()]*\)\s*$/, '').trim();
  if (once(shared(catalog, 'reading-rule-title')).test(bare)) return undefined;
  // The reason quotes the title (「令和8年度 情報セキュリティ自己点検結果票」), not only the word that made it a record.
  const quote = asWritten.trim().slice(0, 40);
  if (first(shared(catalog, 'reading-draft-title'), title)) return { kind: 'deferred', found: quote };
  return first(shared(catalog, 'reading-record-title'), title) ? { kind: 'note', found: quote } : undefined;
}

export function adviceIn(frame: string, catalog: Catalog): string | undefined {
  return frame ? readClause(frame, catalog).advice : undefined;
}

/**
 * A requirement that is a permission on a condition (`reading.conditionalOn`: mobile use with safeguards) is not
 * met by a clause that grants the permission when neither it nor another clause of its section states the
 * condition (「モバイル端末を庁外で業務に利用することができる。」 alone).
 */
export function lackingCondition(
  r: Requirement,
  clause: Clause,
  doc: PolicyDocument,
  matcher: ConceptMatcher,
  _catalog: Catalog,
): ReadingVerdict | undefined {
  const cond = r.conditions?.find((c) => c.id === r.reading?.conditionalOn);
  if (!cond) return undefined;
  const names = cond.any;
  const states = (c: Clause) => names.some((n) => matcher.has(c, r.id, n));
  if (states(clause)) return undefined;
  const clauses = doc.clauses;
  // The section, or for clauses outside any heading the clauses next to it.
  for (let k = Math.max(0, clause.index - 6); k < clauses.length && k <= clause.index + 6; k++) {
    if (k !== clause.index && clauses[k].section === clause.section && states(clauses[k])) return undefined;
  }
  if (clause.section >= 0) {
    const s = doc.sections[clause.section];
    for (const c of clauses)
      if (c.start >= s.start && c.start < s.end && c.index !== clause.index && states(c)) return undefined;
  }
  return { kind: 'lacking', found: cond.label.ja };
}

/**
 * The readings that keep a clause from meeting the requirement at all: it is cited as related, never as evidence
 * (checker/check.ts), and each has its reason in `readingReason`.
 */
export const REFUSING_READINGS = [
  'negated',
  'deferred',
  'excluded',
  'placeholder',
  'vacuous',
  'label',
  'definition',
  'advice',
  'lacking',
  'question',
  'note',
  'prohibited',
  'purpose',
  'outside',
  'suspended',
] as const;
export type RefusingReading = (typeof REFUSING_READINGS)[number];

/** How a clause that matches a requirement's rules reads for that requirement. */
export type ReadingVerdict =
  | { kind: RefusingReading; found: string }
  | { kind: 'limited'; found: string; preRevision: boolean }
  | { kind: 'weak'; found: string }
  | { kind: 'firm'; found?: string };

/** What the checker knows of a clause beyond its text: a label, a definition, the advice frame it stands in. */
export interface ReadOptions {
  label?: boolean;
  definition?: boolean;
  adviceFrame?: string;
}

/**
 * What the clause's predicate means for requirement `r`: the first reading that keeps it from meeting the
 * requirement, else firm. `label`: the clause has no predicate and frames nothing with one (see check.ts).
 */
export function readFor(r: Requirement, text: string, catalog: Catalog, opts: ReadOptions = {}): ReadingVerdict {
  const rd = readClause(text, catalog);
  if (rd.placeholder) return { kind: 'placeholder', found: rd.placeholder };
  if (rd.negation) return { kind: 'negated', found: rd.negation };
  // A ban of what the requirement permits (mobile use) is its stricter form, read by the catalog's rules.
  if (rd.prohibition && !r.reading?.permission) return { kind: 'negated', found: rd.prohibition };
  // A status table's 「未導入（…）」 or "not yet implemented" reports where the body stands; with no obligation in the
  // text it sets no duty (a deferral beside it, 「（次期更改時に検討）」, is the same refusal for now).
  if (rd.status && !rd.obligation) return { kind: 'negated', found: rd.status };
  if (rd.question && !rd.obligation) return { kind: 'question', found: rd.question };
  if (rd.note && !rd.obligation) return { kind: 'note', found: rd.note };
  if (rd.purpose) return { kind: 'purpose', found: rd.purpose };
  if (rd.deferral) return { kind: 'deferred', found: rd.deferral };
  if (rd.exclusion) return { kind: 'excluded', found: rd.exclusion };
  if (rd.vacuous) return { kind: 'vacuous', found: rd.vacuous };
  // Only considering a recommended measure is not adopting it (a mandatory one is a weak duty, read below).
  // 「…導入の要否を検討すること。」: the duty is to consider; an obligation elsewhere in the text adopts the measure.
  if (r.level !== 'mandatory' && rd.consider && !obligedBesides(text, rd.consider, catalog))
    return { kind: 'deferred', found: rd.consider };
  if (opts.definition) return { kind: 'definition', found: text.slice(0, 24) };
  if (rd.defines && !rd.obligation) return { kind: 'definition', found: rd.defines };
  if (opts.label) return { kind: 'label', found: text.slice(0, 24) };
  // Advice to residents or site visitors about their own devices (in the clause or its frame, such as a page
  // titled 「…にご注意ください」) is not the body's own duty, unless the clause states one.
  const advice = rd.advice ?? opts.adviceFrame;
  if (advice && !rd.obligation) return { kind: 'advice', found: advice };
  // A duty on someone outside the organisation (「取引先事業者は、…ものとする」) is theirs, not the organisation's measure.
  if (rd.outsideParty) return { kind: 'outside', found: rd.outsideParty };
  const weak = r.level === 'mandatory' ? weakWording(r, rd) : undefined;
  const limit = limitation(r, rd, catalog);
  // Limited to a subset that is not the old one and worded as a permission or wish (「相手方のサーバが対応している場合に
  // 限り、行うことができる」): the duty is there, only weakly — the weak wording decides.
  if (limit && !(weak && limit.kind === 'limited' && !limit.preRevision)) return limit;
  if (weak) return { kind: 'weak', found: weak };
  return { kind: 'firm', found: rd.obligation };
}

/**
 * A table whose header limits the rows (「対象システム（お客さまの個人情報を取り扱うものに限る。）」, "Systems (those holding
 * personal data only)"): each row is a member of that subset, the limit is the row's.
 */
export function headerLimit(r: Requirement, header: string, catalog: Catalog): ReadingVerdict | undefined {
  const m = HEADER_LIMIT.exec(header);
  if (!m) return undefined;
  return { kind: 'limited', found: m[0].trim(), preRevision: isPreRevision(r, header, catalog) };
}

const HEADER_LIMIT =
  /[^()。、|]{0,30}(?:に限る|に限り|に限って|のみ)|[^()|.]{0,30}\bonly\b|\blimited to\b[^()|.]{0,30}/;

/** The words that make a mandatory duty a wish, a permission or a qualified duty, if any. */
function weakWording(r: Requirement, rd: ClauseReading): string | undefined {
  if (rd.wish) return rd.wish;
  if (rd.permissive && !r.reading?.permission) return rd.permissive;
  if (rd.capability && !rd.obligation && !r.reading?.permission) return rd.capability;
  if (rd.qualifier && (!rd.obligation || rd.wholeQualifier)) return rd.qualifier;
  if (rd.provisoQualifier) return rd.provisoQualifier;
  return undefined;
}

/**
 * A later clause that carves part of the requirement's scope out of an earlier one: it refers back to it
 * (「前号の規定は」「前項にかかわらず」, "the preceding paragraph"), names the scope's objects, and leaves them out
 * (「…には適用しない」「…を除く」「この限りでない」). The earlier clause then reads as limited, like a ただし書.
 */
export function carvedOutBy(r: Requirement, later: string, catalog: Catalog): ReadingVerdict | undefined {
  const scope = r.reading?.scope;
  if (!scope?.length) return undefined;
  if (!once(shared(catalog, 'reading-back-reference')).test(later)) return undefined;
  // 「前号以外のページは…」 speaks of what lies outside the earlier clause; it does not narrow it.
  if (
    /前(?:各)?(?:号|項|条)(?:に(?:掲げる|定める|規定する))?(?:もの|ページ|サイト)?以外|other than (?:those|the ones) (?:in|under)/.test(
      later,
    )
  )
    return undefined;
  if (!limitPatterns(r, scope, catalog).objectsRe.test(later)) return undefined;
  const out =
    first(shared(catalog, 'reading-exclusion'), later) ?? first(shared(catalog, 'reading-exception-out'), later);
  return out
    ? { kind: 'limited', found: later.slice(0, 40), preRevision: isPreRevision(r, later, catalog) }
    : undefined;
}

/** Whether `text` names the subset the pre-revision rule named (`reading.preRevisionSubset`). */
function isPreRevision(r: Requirement, text: string, catalog: Catalog): boolean {
  return (r.reading?.preRevisionSubset ?? []).some((n) => once(catalog.concept(r.id, n)).test(text));
}

/**
 * An article whose scope is given by a 別表 (「別表第1に定めるところにより、ウェブサイトの通信を暗号化しなければ
 * ならない」) is as wide as the table's rows: rows naming some of the scope's objects, none saying all of them, are an
 * enumeration of a subset, like 「次に掲げるサイト」.
 */
export function limitedByTable(r: Requirement, headedRows: string[], catalog: Catalog): ReadingVerdict | undefined {
  const scope = r.reading?.scope;
  if (!scope?.length || !headedRows.length) return undefined;
  const { objectsRe } = limitPatterns(r, scope, catalog);
  const rows = headedRows.map((h) => h.slice(h.indexOf('\u0000') + 1));
  const header = headedRows[0].slice(0, Math.max(0, headedRows[0].indexOf('\u0000')));
  if (rows.some((row) => once(shared(catalog, 'reading-all')).test(row))) return undefined;
  // The rows are the scope when the table says so (a first column 「対象」「適用範囲」) or when they name the subset
  // the old rule named (login and input screens); a table of measures or of information to record is not a scope.
  const old = (r.reading?.preRevisionSubset ?? []).filter((n) => !scope.includes(n));
  const isOld = (row: string) => old.some((n) => once(catalog.concept(r.id, n)).test(row));
  const scoped = /^(?:対象|適用(?:対象|範囲)|範囲|target|scope|applies)/.test(header);
  const named = rows.filter((row) => objectsRe.test(row) && (scoped || isOld(row)));
  if (!named.length) return undefined;
  return {
    kind: 'limited',
    found: named[0].slice(0, 40),
    preRevision: named.some((row) => isPreRevision(r, row, catalog)),
  };
}

/** A limit of the requirement's scope objects to a subset, in the main sentence or by a ただし書. */
function limitation(r: Requirement, rd: ClauseReading, catalog: Catalog): ReadingVerdict | undefined {
  const scope = r.reading?.scope;
  if (!scope?.length) return applicationLimit(r, rd, catalog);
  const pre = (r.reading?.preRevisionSubset ?? []).map((n) => catalog.concept(r.id, n));
  const isPre = (s: string) => pre.some((p) => once(p).test(s));
  const { patterns, excepts, objectsRe } = limitPatterns(r, scope, catalog);
  const all = shared(catalog, 'reading-all');
  for (const p of excepts) {
    const m = p.exec(rd.main);
    if (m) return { kind: 'limited', found: m[0], preRevision: isPre(rd.main) };
  }
  for (const p of patterns) {
    const m = p.exec(rd.main);
    if (!m) continue;
    // 「全てのウェブサイトについて、次の措置を講ずる」: the whole set, then a list of measures.
    // "all web pages that collect personal data" is restrictive (no comma): a part of the set, whatever "all" says.
    if (once(all).test(rd.main) && !/のみ|に限|だけ|一部|うち|であって|[^,] (?:which|that) /.test(m[0])) continue;
    return { kind: 'limited', found: m[0], preRevision: isPre(rd.main) };
  }
  // 「要機密情報を含む電子メールを送信する場合に限り」, "only when sending confidential data": a condition naming the old subset.
  // Only the subset's own words count there (not the scope's objects: 「全てのウェブサイトについて、…ときは」).
  const condition = CONDITION.exec(rd.main);
  const subsetOnly = (r.reading?.preRevisionSubset ?? []).filter((n) => !scope.includes(n));
  const named = (s: string) => subsetOnly.some((n) => once(catalog.concept(r.id, n)).test(s));
  if (condition && named(rd.main.slice(0, condition.index + condition[0].length)))
    return {
      kind: 'limited',
      found: rd.main.slice(0, condition.index + condition[0].length).slice(-40),
      preRevision: true,
    };
  // 「新たにウェブサイトを開設する場合に限り」, "only when a site is launched": an explicit "only" on any condition leaves
  // the rest out (a permission's condition, mobile use 「…場合に限り利用できる」, is read by lackingCondition instead).
  const only = ONLY_CONDITION.exec(rd.main);
  if (only && !r.reading?.permission) {
    const found = rd.main.slice(0, only.index + only[0].length).slice(-40);
    return { kind: 'limited', found, preRevision: isPre(rd.main) };
  }
  // 「※ 外部事業者のブログサービス等を利用して開設するものを除く。」: 「もの」 are members of the set just named.
  if (
    rd.provisoOut &&
    (objectsRe.test(rd.proviso) ||
      /^(?:except|with the exception of)\b/.test(rd.proviso) ||
      /もの(?:を|は)除(?:く|き)/.test(rd.proviso))
  ) {
    const ofTheSet = /もの(?:を|は)除(?:く|き)/.test(rd.proviso) && isPre(rd.main);
    return { kind: 'limited', found: rd.proviso.slice(0, 40), preRevision: isPre(rd.proviso) || ofTheSet };
  }
  return undefined;
}

/**
 * A requirement whose full scope the catalog does not name (DRM: the files to protect) is still not met by a
 * clause that applies the measure only to a named part (「人事評価ファイルに限って適用する」, "applies only to the
 * payroll files"), unless that part is the class the requirement itself names (`reading.wholeScope`: 要機密情報).
 * A permission (mobile devices, ac.jp) is not read so: 「業務に限って利用できる」 is its condition.
 */
function applicationLimit(r: Requirement, rd: ClauseReading, catalog: Catalog): ReadingVerdict | undefined {
  // 「…go.jpを使用すること。ただし、…サイトについては、任意のドメイン名を使用することができる」: the rule set aside for some.
  if (r.reading?.permission)
    return rd.proviso && OTHER_CHOICE.test(rd.proviso)
      ? { kind: 'limited', found: rd.proviso.slice(0, 40), preRevision: false }
      : undefined;
  if (!rd.limitedApplication) return provisoLimit(r, rd, catalog);
  const at = rd.main.indexOf(rd.limitedApplication);
  const before = rd.main.slice(0, at > 0 ? at : rd.main.length);
  const whole = (r.reading?.wholeScope ?? []).map((n) => catalog.concept(r.id, n));
  if (whole.some((w) => once(w).test(before)) || once(shared(catalog, 'reading-all')).test(before))
    return provisoLimit(r, rd, catalog);
  return { kind: 'limited', found: rd.limitedApplication, preRevision: false };
}

/**
 * A ただし書 that leaves out part of what the measure applies to, for a requirement whose full scope the catalog does
 * not name (DRM: 「ただし、外部のクラウドサービスに保存する電子ファイルについては、この限りでない」 leaves the files in the
 * cloud unprotected, where the requirement protects them on premises or in the cloud). The objects are those of the
 * requirement's scope condition (`aspect: scope`); a proviso on circumstances (「緊急時…はこの限りでない」) names none
 * and leaves the scope whole, as for mandatory items read through `reading.scope`.
 */
function provisoLimit(r: Requirement, rd: ClauseReading, catalog: Catalog): ReadingVerdict | undefined {
  if (!rd.provisoOut) return undefined;
  const objects = (r.conditions ?? []).filter((c) => c.aspect === 'scope').flatMap((c) => c.any);
  if (!objects.some((n) => once(catalog.concept(r.id, n)).test(rd.proviso))) return undefined;
  return { kind: 'limited', found: rd.proviso.slice(0, 40), preRevision: false };
}

/** A proviso letting part of the scope choose anything else: 「任意の…を使用することができる」, "may use any other …". */
const OTHER_CHOICE =
  /(?:任意|他|独自|それ以外|別)の[^。]{0,20}(?:ことができる|ても(?:よい|差し支えない|構わない))|\bmay (?:use|choose|register) (?:any|another|other|their own)\b/;

/** An explicit "only" on a condition: 「…場合に限り」「…ときに限って」, "only when", "only if". */
const ONLY_CONDITION = /(?:場合|とき)(?:に限り|に限って|に限る|のみ)|\bonly (?:if|when|where)\b/;

/** A condition on the duty: 「…場合に限り」「…場合は」「…ときは」, "only when", "where …,". */
const CONDITION =
  /(?:場合|とき)(?:に限り|に限って|に限る|のみ|は|には)|\bonly (?:if|when|where)\b[^,.;]{0,80}|^(?:where|when|if)\b[^,.;]{0,80},/;

interface LimitPatterns {
  patterns: RegExp[];
  /** The whole set but some (「…を除き」, "except"): a limit even beside 「全て」/"all". */
  excepts: RegExp[];
  objectsRe: RegExp;
}
const limitCache = new WeakMap<Requirement, LimitPatterns>();
function limitPatterns(r: Requirement, scope: string[], catalog: Catalog): LimitPatterns {
  const known = limitCache.get(r);
  if (known) return known;
  const objects = scope.map((n) => catalog.concept(r.id, n).pattern.source).join('|');
  const excepts = [
    // 「試験用サイトを除き、全てのウェブサイトを…」「全てのウェブサイト（職員専用サイトを除く。）」: the whole set but some.
    new RegExp(`(?:${objects})[^。、()]{0,8}?(?:を|は)除(?:き|いて|外し(?:て)?)`),
    new RegExp(`(?:${objects})\\([^()]{0,40}?除く。?\\)`),
    // "all websites except the archive site", "every site other than …", "excluding the archive"
    new RegExp(`(?:${objects}),? (?:except|excluding|other than|apart from|save for|with the exception of)\\b`),
    new RegExp(`\\b(?:except|excluding|other than) (?:for )?(?:the |those |ones |our )?[a-z -]{0,30}?(?:${objects})`),
  ];
  const patterns = [
    // 「個人情報を取り扱うページに限り」「ログイン画面のみ」「一部のサイト」「次に掲げるサイト」
    new RegExp(
      `(?:${objects})(?:に|で|について|に対して|において|を対象と(?:し|する)(?:て)?)?(?:のみ|に限り|に限る|に限って|に限定|だけ)`,
    ),
    // (Not 「特定の用途のための機器」: 特定用途機器 in other words.)
    new RegExp(`(?:一部の|特定の(?!用途|業務))[^。、]{0,10}?(?:${objects})`),
    // 「ウェブサイトのうち、申請システムのみ」: a part of the set.
    new RegExp(`(?:${objects})(?:の)?うち[、,]?[^。]{0,30}?(?:のみ|に限り|に限る|に限って|だけ)`),
    // 「ウェブサーバのうち個人情報を取り扱うもの」「ウェブサイトであって…もの」: the legal form of a restrictive relative;
    // 「…のうち、機関等が提供するもの」 only restates the whole set the agency runs.
    new RegExp(
      `(?:${objects})(?:の)?(?:うち|であって)[、,]?(?![^。、]{0,12}?(?:全て|すべて|全部|全ページ|全サイト|いずれの))(?![^。、]{0,30}?(?:提供|管理|運用|運営|保有|所管|設置|開設|支給|貸与|接続|使用|導入)する(?:もの|全て))[^。、]{1,40}?(?:(?:もの|ページ|サイト)(?:について|に(?:おいて|対して|係る)|は|を|に)|について)`,
    ),
    // "websites that collect personal data", "pages which accept input": a part chosen by what it does.
    new RegExp(
      `(?:${objects}),? (?:which|that) (?:collect|process|handle|accept|receive|transmit|store|contain|require)s?\\b`,
    ),
    new RegExp(`(?:次|以下)(?:の|に掲げる|に示す|に定める)[^。、]{0,10}?(?:${objects})`),
    // 「…が必要と認めるウェブサイトについては」, "the sites the officer deems necessary": a subset chosen case by case.
    new RegExp(`必要(?:が|で)?(?:ある)?と(?:認め|判断し)(?:る|た)[^。、]{0,10}?(?:${objects})`),
    new RegExp(`(?:${objects})[^.;]{0,30}?\\b(?:deems?|considers?|judges?) (?:it )?(?:necessary|appropriate)\\b`),
    // "only on login pages", "pages only", "limited to the following sites"
    new RegExp(`(?<!not )\\bonly (?:on |for |to |in |at )?(?:the )?(?:[a-z/-]+ ){0,3}?(?:${objects})`),
    new RegExp(`(?:${objects}) only\\b`),
    new RegExp(`\\b(?:limited|restricted) to\\b[^.;]{0,40}?(?:${objects})`),
    new RegExp(`\\bthe following (?:${objects})`),
  ];
  const made = { patterns, excepts, objectsRe: new RegExp(objects) };
  limitCache.set(r, made);
  return made;
}

/**
 * An item read as a prohibited act, when the clause that introduces it bans "the following acts" (「次に掲げる行為を
 * してはならない」「次の行為を禁止する」, "Staff shall not:"). An act of switching the measure off or of doing without it is
 * a ban that keeps the measure as a duty, and is read as the item says.
 */
export function prohibitedAct(leadIn: string | undefined, item: string, catalog: Catalog): ReadingVerdict | undefined {
  // The lead-in and its items in one paragraph (「…行ってはならない。一　…すること。」): the acts follow the lead-in.
  if (leadIn === undefined) {
    const own = PROHIBITED_ACTS.exec(item);
    if (!own || once(shared(catalog, 'strong-obligation')).test(item.slice(0, own.index))) return undefined;
    const rest = item.slice(own.index + own[0].length);
    return /\S/.test(rest) ? prohibitedAct(item.slice(0, own.index + own[0].length), rest, catalog) : undefined;
  }
  const m = PROHIBITED_ACTS.exec(leadIn);
  if (!m) return undefined;
  // Asking permission (「許可なく」「無断で」) only says who approves the act.
  const act = item.replace(UNAPPROVED, '');
  // Banning an act that does without the measure (「暗号化せずに送信すること」) keeps it, as in a prohibition sentence.
  if (once(shared(catalog, 'reading-disable-measure')).test(act)) return undefined;
  if (once(shared(catalog, 'reading-prohibit-kept')).test(act)) return undefined;
  return { kind: 'prohibited', found: m[0] };
}

const UNAPPROVED =
  /(?:許可|承認|了承|同意|届出)(?:なく|を得ず(?:に)?|を受けず(?:に)?|を得ないで|を受けないで)|無断で|\bwithout (?:prior )?(?:permission|approval|authori[sz]ation|consent)\b/g;
/許可(?:なく|を得ず(?:に)?|を受けず(?:に)?)|無断で|\bwithout (?:prior )?(?:permission|approval|authori[sz]ation)\b/g;
/** A lead-in banning the items as acts. */
const PROHIBITED_ACTS =
  /(?:次に掲げる|次の|以下の|下記の)(?:行為|事項|こと)(?:を|は)(?:して|行って|行なって)?(?:は(?:ならない|いけない)|禁止する|禁ずる|禁じる|行わない)|\b(?:shall|must|may) not(?: do(?: any of)?(?: the following)?)?[:：]\s*$|\bthe following (?:acts|actions|activities|conduct) (?:are|is) (?:prohibited|forbidden|not permitted)\b/;

/** Why a reading keeps the clause from meeting the requirement, in both languages. */
export function readingReason(v: ReadingVerdict, r: Requirement, cited = false): LocalizedText {
  const q = (s: string | undefined) => (s ? `「${s}」` : '');
  const qe = (s: string | undefined) => (s ? ` ("${s}")` : '');
  const pre = cited
    ? {
        ja: 'この条項は統一基準の該当箇所への対応を明記していますが、',
        en: 'The clause cites the standard for this requirement, but ',
      }
    : { ja: '', en: '' };
  const cap = (s: string) => (cited ? s : s.charAt(0).toUpperCase() + s.slice(1));
  switch (v.kind) {
    case 'negated':
      return {
        ja: `${pre.ja}${q(v.found)}と、導入しない（行わない）と定めています。`,
        en: cap(`${pre.en}it states that the measure is not adopted${qe(v.found)}.`),
      };
    case 'deferred':
      return {
        ja: `${pre.ja}${q(v.found)}と、実施を将来に先送りしています。`,
        en: cap(`${pre.en}it defers the measure to the future${qe(v.found)}.`),
      };
    case 'excluded':
      return {
        ja: `${pre.ja}${q(v.found)}と、対象から除外しています。`,
        en: cap(`${pre.en}it excludes the subject from the policy's scope${qe(v.found)}.`),
      };
    case 'placeholder':
      return {
        ja: `${pre.ja}本文が${q(v.found)}等の仮の記載で、義務を定める本文がありません。`,
        en: cap(`${pre.en}its body is a placeholder${qe(v.found)}; no duty is stated.`),
      };
    case 'vacuous':
      return {
        ja: `${pre.ja}${q(v.found)}とするのみで、何をするかを定めていません。`,
        en: cap(`${pre.en}it only says${qe(v.found)}, without stating what is to be done.`),
      };
    case 'label':
      return {
        ja: `${pre.ja}見出し（ラベル）のみで、義務を定める本文がありません。`,
        en: cap(`${pre.en}it is a label or heading only; no body states the duty.`),
      };
    case 'definition':
      return {
        ja: `${pre.ja}用語の定義にとどまり、対策を定めていません。`,
        en: cap(`${pre.en}it only defines a term; it sets no measure.`),
      };
    case 'advice':
      return {
        ja: `${pre.ja}${q(v.found)}と、住民・利用者等に向けた注意喚起であり、組織自身の対策を定めていません。`,
        en: cap(
          `${pre.en}it advises the public about their own devices${qe(v.found)}; it sets no measure of the organisation itself.`,
        ),
      };
    case 'question':
      return {
        ja: `${pre.ja}点検項目等の問いかけ（${q(v.found)}）であり、義務を定めていません。`,
        en: cap(`${pre.en}it is a question, as in a checklist${qe(v.found)}; it sets no duty.`),
      };
    case 'note':
      return {
        ja: `${pre.ja}注記・参考情報（${q(v.found)}）であり、義務を定めていません。`,
        en: cap(`${pre.en}it is an explanatory note${qe(v.found)}; it sets no duty.`),
      };
    case 'suspended':
      // 「第12条の規定は、令和９年４月１日から施行する」: not out of force, not yet in force.
      if (LATER_START.test(v.found))
        return {
          ja: `${pre.ja}別の条項（${q(v.found)}）により、まだ施行されていません。施行の日から対応となります。`,
          en: cap(`${pre.en}it is not in force yet${qe(v.found)}; it applies from that day.`),
        };
      return {
        ja: `${pre.ja}別の条項（${q(v.found)}）がこの条項を適用しないとしており、効力がありません。`,
        en: cap(`${pre.en}another clause takes it out of force${qe(v.found)}.`),
      };
    case 'outside':
      return {
        ja: `${pre.ja}${q(v.found)}と、組織外の者が行うことを定めており、組織自身の対策を定めていません。`,
        en: cap(
          `${pre.en}it states what someone outside the organisation does${qe(v.found)}; it sets no measure of the organisation itself.`,
        ),
      };
    case 'purpose':
      return {
        ja: `${pre.ja}目的・趣旨の規定（${q(v.found)}）であり、対策を定めていません。`,
        en: cap(`${pre.en}it states the text's purpose${qe(v.found)}; it sets no measure.`),
      };
    case 'prohibited':
      return {
        ja: `${pre.ja}${q(v.found)}の下に、禁止する行為として挙げられています。対策を導入する義務ではありません。`,
        en: cap(`${pre.en}it is listed as a prohibited act${qe(v.found)}; it sets no duty to adopt the measure.`),
      };
    case 'lacking':
      return {
        ja: `${pre.ja}利用を認めていますが、その条件となる${q(v.found)}を同じ節に定めていません。`,
        en: cap(
          `${pre.en}it permits the use, but the same section states none of the conditions it depends on${qe(r.conditions?.find((c) => c.id === r.reading?.conditionalOn)?.label.en)}.`,
        ),
      };
    case 'limited':
      return {
        ja: `${pre.ja}対象が一部に限定されています（${q(v.found)}）。要求事項は${r.title.ja}の全体を対象とします。`,
        en: cap(
          `${pre.en}it is limited to a subset${qe(v.found)}; the requirement (${r.title.en}) covers all of them.`,
        ),
      };
    case 'weak':
      return {
        ja: `${pre.ja}${q(v.found)}と、義務ではなく努力・希望・許可の表現になっています。`,
        en: cap(`${pre.en}it is worded as a wish, an effort or a permission${qe(v.found)}, not as a duty.`),
      };
    case 'firm':
      return {
        ja: `${pre.ja}義務として定めています${v.found ? `（${q(v.found)}）` : ''}。`,
        en: cap(`${pre.en}it states the duty${qe(v.found)}.`),
      };
  }
}

/**
 * Whether another clause takes this one out of force as a whole (`reading-suspension`): the next numbered clause of
 * its section referring back to it (「第24条　前条の規定は、当分の間、適用しない。」, "The preceding paragraph shall not
 * apply …"; not 「前条の規定にかかわらず」, which adds a rule beside it), or any clause naming its article by number
 * (「附則 2　第22条の規定は、当分の間、適用しない。」, "Article 22 shall not apply until …"). A clause that names the
 * scope's objects leaves part of it out instead (`carvedOutBy`).
 */
export function suspensionOf(doc: PolicyDocument, clause: Clause, catalog: Catalog): ReadingVerdict | undefined {
  const suspending = shared(catalog, 'reading-suspension');
  const next = nextNumbered(doc, clause);
  if (next) {
    const later = next.norm.text;
    if (BACK_REFERENCE.test(later) && !/にかかわらず|以外|notwithstanding|other than/.test(later)) {
      if (first(suspending, later) ?? first(shared(catalog, 'reading-exclusion'), later))
        return { kind: 'suspended', found: later.slice(0, 40) };
    }
  }
  const kou = suspendedKou(doc, clause, suspending);
  if (kou) return kou;
  const item = laterItem(doc, clause);
  if (item) return { kind: 'suspended', found: item };
  const byNumber = suspendedArticles(doc, suspending);
  if (!byNumber.size) return undefined;
  // The 附則 that suspends 第24条 names what 第24条 requires; it takes a provision out of force and sets no duty itself.
  for (const by of byNumber.values()) if (clause.norm.text.includes(by)) return { kind: 'note', found: by };
  const article = articleOf(doc, clause);
  const own = clause.kind === 'article' ? 1 : clause.number?.kind === 'digit' ? clause.number.value : undefined;
  const by =
    article === undefined
      ? undefined
      : (byNumber.get(String(article)) ?? (own === undefined ? undefined : byNumber.get(`${article}-${own}`)));
  return by && !clause.norm.text.includes(by) ? { kind: 'suspended', found: by } : undefined;
}

/**
 * 「2 …暗号化しなければならない。… 4 第2項の規定は、当分の間、適用しない。」: a later 項 of the same article that takes
 * this 項 (or, for 第1項, the article's own sentence) out of force by its number.
 */
function suspendedKou(doc: PolicyDocument, clause: Clause, suspending: CompiledConcept): ReadingVerdict | undefined {
  const own = clause.kind === 'article' ? 1 : clause.number?.kind === 'digit' ? clause.number.value : undefined;
  if (own === undefined) return undefined;
  for (let k = clause.index + 1; k < doc.clauses.length && k <= clause.index + 12; k++) {
    const later = doc.clauses[k];
    if (later.section !== clause.section || later.kind === 'article') return undefined;
    if (!later.norm.text.includes('項の規定')) continue;
    const m = /第([0-9]+)項の規定(?:は|については)、?([^。]{0,40})/.exec(later.norm.text);
    if (m && Number(m[1]) === own && first(suspending, m[2])) return { kind: 'suspended', found: m[0] };
  }
  return undefined;
}

/** A clause that starts by referring to the one before it: 「前条の規定は」「２　前項の」, "the preceding article". */
const BACK_REFERENCE =
  /^(?:第[0-9]+条(?:の[0-9]+)?|[0-9]+|\([0-9]+\)|article [0-9]+)?\s?(?:前(?:各)?(?:条|項|号)|the (?:preceding|foregoing) (?:article|paragraph|item|section)s?)/;

/** The first numbered clause after `clause` in its section (within a few clauses): what 「前条」「前項」 in it refer to. */
function nextNumbered(doc: PolicyDocument, clause: Clause): Clause | undefined {
  for (let k = clause.index + 1; k < doc.clauses.length && k <= clause.index + 4; k++) {
    const c = doc.clauses[k];
    if (c.section !== clause.section || c.parentClause !== undefined) return undefined;
    if (c.number) return c;
  }
  return undefined;
}

const suspensions = new WeakMap<PolicyDocument, Map<string, string>>();

/** Article number → the text that takes it out of force (「第22条の規定は、…適用しない」). Read once per document. */
function suspendedArticles(doc: PolicyDocument, suspending: CompiledConcept): Map<string, string> {
  let out = suspensions.get(doc);
  if (out) return out;
  out = new Map();
  for (const list of provisions.of(doc).facts)
    for (const [n, found, rest, kou] of list) {
      const key = kou === undefined ? String(n) : `${n}-${kou}`;
      // 「令和２年３月31日までの間は、…適用しない」: an exception that has ended suspends nothing.
      const until = japaneseDate(rest, UNTIL_JA);
      if (until && until < today()) continue;
      const from = japaneseDate(rest, IN_FORCE_FROM_JA) || englishDate(rest, IN_FORCE_FROM);
      if (!out.has(key) && (first(suspending, rest) || from > today())) out.set(key, found);
    }
  suspensions.set(doc, out);
  return out;
}

/** 「第N条の規定は、…」: the article, the match, what follows, and the 項 when it names one (「第12条第２項の規定は」). */
type Provision = readonly [number, string, string, number?];

/**
 * The day a text starts with, in the form `re` reads it (「令和９年10月１日から施行する」, 「令和２年３月31日までの間は」), as a
 * sortable number (yyyymmdd); 0 when it names none.
 */
function japaneseDate(rest: string, re: RegExp): number {
  const m = re.exec(rest);
  if (!m) return 0;
  const n = m[2] === '元' ? 1 : Number(m[2]);
  const year = m[1] === '令和' ? 2018 + n : m[1] === '平成' ? 1988 + n : n;
  return year * 10000 + Number(m[3]) * 100 + Number(m[4]);
}
const JA_DATE = '^(?:それぞれ)?(令和|平成)?([0-9]{1,4}|元)年([0-9]{1,2})月([0-9]{1,2})日';
const IN_FORCE_FROM_JA = new RegExp(`${JA_DATE}から(?:施行|適用)`);
const UNTIL_JA = new RegExp(`${JA_DATE}までの間`);

/** A provision that starts on a stated day (the `found` of a 'suspended' reading). */
const LATER_START = /日から(?:施行|適用)|\b(?:applies|apply) from\b|\binto force on\b|\btakes? effect on\b/;

/** "applies from 1 April 2028", "shall come into force on 1 October 2027", "takes effect on …". */
const IN_FORCE_FROM =
  /^(?:shall |will )?(?:apply|applies|come into force|comes into force|take effect|takes effect|be effective|is effective|enter into force|enters into force) (?:from|on|as of) /;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The English date (「1 April 2028」, "April 1, 2028") right after `lead` at the start of a text, as yyyymmdd; 0 if none. */
function englishDate(rest: string, lead: RegExp): number {
  const l = lead.exec(rest);
  if (!l) return 0;
  const tail = rest.slice(l[0].length);
  const dmy = /^([0-9]{1,2}) ([a-z]+),? ([0-9]{4})/.exec(tail);
  const mdy = /^([a-z]+) ([0-9]{1,2}),? ([0-9]{4})/.exec(tail);
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  const m = month ? MONTHS.indexOf(month) : -1;
  return m < 0 ? 0 : Number(year) * 10000 + (m + 1) * 100 + Number(day);
}

/**
 * "Item 4 of Schedule 1 applies from 1 April 2028": the rows of a schedule (別表) a clause brings into force on a day,
 * as ["schedule-item", the words, what follows them]; kept with the clauses as they change.
 */
const scheduleNotices = new ClauseFacts((_doc, c) => {
  if (!c.norm.text.includes('schedule')) return undefined;
  const found = [...c.norm.text.matchAll(/\bitem ([0-9]+) of schedule ([0-9]+) ([^.;]{0,60})/g)].map(
    (m) => [`${m[2]}-${m[1]}`, m[0].slice(0, 60), m[3]] as const,
  );
  return found.length ? found : undefined;
});

/** The notice that brings a table row into force later, if any: a row numbered N in a section headed "Schedule M". */
function laterItem(doc: PolicyDocument, clause: Clause): string | undefined {
  if (clause.kind !== 'tableRow') return undefined;
  const notices = scheduleNotices.of(doc).facts;
  if (!notices.length) return undefined;
  const n = /^([0-9]+)\s/.exec(clause.norm.text)?.[1];
  const schedule = /\bschedule ([0-9]+)\b/.exec(clause.context)?.[1];
  if (!n || !schedule) return undefined;
  for (const list of notices)
    for (const [key, found, rest] of list)
      if (key === `${schedule}-${n}` && englishDate(rest, IN_FORCE_FROM) > today()) return found;
  return undefined;
}

/** Today as yyyymmdd; KIJUN_TODAY (the same form) fixes it, so that labelled sets keep their meaning. */
function today(): number {
  const fixed = typeof process !== 'undefined' ? process.env?.KIJUN_TODAY : undefined;
  if (fixed && /^[0-9]{8}$/.test(fixed)) return Number(fixed);
  const d = new Date();
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
}

/** The provisions of articles a text names (「第22条の規定は、…」): number, match, what follows; kept with the text. */
function provisionsOf(norm: NormalizedText): ReadonlyArray<Provision> {
  const memo = memoOf(norm);
  if (memo.provisions !== undefined) return memo.provisions;
  const text = norm.text;
  const out: Provision[] = [];
  // Only clauses naming an article's provisions (a few in a policy) are read with the patterns.
  if (text.includes('の規定') || text.includes('article '))
    for (const m of text.matchAll(
      /第([0-9]+)条(?:第([0-9]+)項)?の規定(?:は|については)、?([^。]{0,60})|\barticle ([0-9]+) ([^.;]{0,60})/g,
    )) {
      // 「特定用途機器については、第24条の規定は適用しない」 leaves some things out of the article; it does not suspend it.
      if (SCOPED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const rest = m[3] ?? m[5];
      // 「第15条及び第17条の規定は、それぞれ令和８年４月１日及び令和11年４月１日から施行する。」: one date for each.
      const pair = /^それぞれ(.{4,16}?日)及び(.{4,16}?日から(?:施行|適用)する)/.exec(rest);
      const before = /第([0-9]+)条及び$/.exec(text.slice(Math.max(0, m.index - 10), m.index));
      if (pair && before) {
        out.push([Number(before[1]), before[0] + m[0], `${pair[1]}から施行する`]);
        out.push([Number(m[1]), m[0], pair[2]]);
        continue;
      }
      out.push(m[2] ? [Number(m[1]), m[0], rest, Number(m[2])] : [Number(m[1] ?? m[4]), m[0], rest]);
    }
  memo.provisions = out.length ? out : NO_PROVISIONS;
  return memo.provisions;
}

/** The clauses that name an article's provisions, and those provisions. */
const provisions = new ClauseFacts((_doc, c) => {
  const found = provisionsOf(c.norm);
  return found.length ? found : undefined;
});

const NO_PROVISIONS: ReadonlyArray<Provision> = [];
const SCOPED_BEFORE = /(?:については|に対しては|においては|に係るものには|には)、?$/;

/** The article a clause belongs to: its own 第N条, else that of the nearest article clause before it in its section. */
export function articleOf(doc: PolicyDocument, clause: Clause): number | undefined {
  for (let k = clause.index; k >= 0 && k > clause.index - 20; k--) {
    const c = doc.clauses[k];
    if (c.section !== clause.section) break;
    if (c.number?.kind === 'article') return c.number.value;
  }
  // 「### 第13条（電子メール）」: the article's number in its heading, its 項 below as paragraphs.
  const heading = doc.sections[clause.section]?.number;
  return heading?.kind === 'article' ? heading.value : undefined;
}
