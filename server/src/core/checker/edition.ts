// Which edition a policy is checked against, and why. `auto` (the default) reads the basis the policy declares
// (「統一基準（令和5年度版）に準拠」, 「令和３年度版」, "FY2023 edition"); an explicit choice — front matter, the
// `--edition` option, the editor setting or kijun.json — wins over it. Every output says which edition was used and
// why (PolicyAnalysis.editionChoice).
import type { CatalogData, LocalizedText } from '../catalog/types';
import type { PolicyDocument } from '../model/types';
import { normalizeForMatch, originalSpan, type NormalizedText } from '../text/normalize';

/** Where the edition came from: front matter, an option (CLI, setting, kijun.json), the policy's text, or the default. */
export type EditionSource = 'front-matter' | 'option' | 'declared' | 'default';

export interface EditionChoice {
  edition: string;
  source: EditionSource;
  /** Why, in a sentence: 「ポリシーが根拠として令和5年度版を挙げているため（3行目）」. */
  reason: LocalizedText;
  /** For `declared`: the citation in the text ([start, end) offsets) and the edition it names (`older` for FY2014/FY2016). */
  declared?: { start: number; end: number; text: string; names: string };
}

/** An edition as written by a person: `R5`, `令和５年度版`, `FY2023`, `H30`, `平成30年度版`, `auto`. */
export type EditionSpelling = { kind: 'edition'; id: string } | { kind: 'auto' } | { kind: 'older'; label: string } | { kind: 'unknown' };

// Editions by era year / fiscal year. FY2014 and FY2016 are older than any edition Kijun checks.
const BY_HEISEI: Record<number, string> = { 26: 'older', 28: 'older', 30: 'h30' };
const BY_REIWA: Record<number, string> = { 3: 'r3', 5: 'r5' };
const BY_FISCAL: Record<number, string> = { 2014: 'older', 2016: 'older', 2018: 'h30', 2021: 'r3', 2023: 'r5' };

/**
 * Reads an edition as people write it. Accepts the ids (h30, r3, r5, r5-2024), `auto`, the era forms (H30, 平成30年度版,
 * R5, 令和５年度版, 令和5年度版・2024年7月一部改定) and fiscal years (FY2018, FY2023, "FY2023 edition").
 */
export function parseEditionSpelling(input: string, d: CatalogData): EditionSpelling {
  const s = normalizeForMatch(input).replace(/[\s_]/g, '');
  if (!s) return { kind: 'unknown' };
  if (s === 'auto' || s === '自動') return { kind: 'auto' };
  if (d.editions.some((e) => e.id === s)) return { kind: 'edition', id: s };
  // The July 2024 guideline update of the FY2023 edition.
  if (/^(?:r|令和|reiwa)5(?:年度)?(?:版)?[-・/(]?(?:2024|令和6年)(?:年)?(?:-?0?7|7月)?/.test(s) || /^(?:fy)?2023[-・/]?2024(?:-?0?7)?$/.test(s) || /^2024-?0?7$/.test(s)) return known(d, 'r5-2024');
  let m = /^(?:h|平成|heisei)(\d{2})(?:年度)?(?:版)?(?:edition)?$/.exec(s);
  if (m) return fromId(d, BY_HEISEI[Number(m[1])], `平成${m[1]}年度版`);
  m = /^(?:r|令和|reiwa)(\d{1,2})(?:年度)?(?:版)?(?:edition)?$/.exec(s);
  if (m) return fromId(d, BY_REIWA[Number(m[1])], `令和${m[1]}年度版`);
  m = /^(?:fy|fiscalyear|fiscal)?(20\d{2})(?:年度)?(?:版)?(?:edition|version)?$/.exec(s);
  if (m && (/^(?:fy|fiscal)/.test(s) || /(?:edition|version|年度|版)$/.test(s))) return fromId(d, BY_FISCAL[Number(m[1])], `FY${m[1]}`);
  return { kind: 'unknown' };
}

function known(d: CatalogData, id: string): EditionSpelling {
  return d.editions.some((e) => e.id === id) ? { kind: 'edition', id } : { kind: 'unknown' };
}

function fromId(d: CatalogData, id: string | undefined, label: string): EditionSpelling {
  if (id === 'older') return { kind: 'older', label };
  return id ? known(d, id) : { kind: 'unknown' };
}

/** The spellings accepted, for messages: "h30, r3, r5, r5-2024, auto (also R5, 令和5年度版, FY2023, H30, 平成30年度版, FY2018)". */
export function editionSpellingsHint(d: CatalogData): string {
  return `${[...d.editions.map((e) => e.id), 'auto'].join(', ')} (also R5, 令和5年度版, FY2023, H30, 平成30年度版, FY2018)`;
}

// ---------------------------------------------------------------------------------------------------------
// The basis a policy declares.

// The Common Standards named in the same clause: a citation of 「令和5年度版」 alone may be any document's edition.
const STANDARD = /統一基準|統一規範|統一基準群|サイバーセキュリティ対策のための|情報セキュリティ対策のための|common standards?|unified standards?|government standards? for (?:information|cyber)/;
// Verbs of a basis: 「準拠」「基づ」「則り」「踏まえ」「根拠」, "based on", "in accordance with", "conforms".
const BASIS = /準拠|基づ|基く|則り|則っ|のっとり|踏まえ|根拠|依拠|適合|based on|in accordance|accordance with|conform|compl(?:y|ies|iance)|pursuant|follows?/;
// A citation that tells the past: 「平成28年度版からの改定」「旧」「従前」, "revised from", "was based on".
const FROM_AFTER = /^(?:\)|）)?(?:の統一基準(?:群)?)?(?:から|より|を(?:改定|改正|改訂)|の(?:改定|改正|改訂)|に準拠していた|に基づいていた|であった|でした)/;
const PAST_BEFORE = /(?:履歴|沿革|旧|従前|従来|前回|以前|廃止|前身|history|previous|former|supersed|replac|revised from|amended from)[^。]{0,40}$/;
const HISTORY_HEADING = /(?:改正|改定|改訂|変更|改廃)(?:の)?履歴|沿革|revision history|change ?log|document history|amendment history|version history/;

// Citations of an edition: 「令和5年度版」「平成30年度版」「令和5年度版(2024年7月一部改定)」, "FY2023 edition", "2018 edition".
const CITATION = /(平成|令和)(\d{1,2}|元)年度?版((?:[・(]|\s)?(?:令和6年|2024年)7月(?:の)?(?:ガイドライン)?(?:一部)?改定)?|(?:fy ?|fiscal(?: year)? ?)(20\d{2})(?: edition| version)?|\b(20\d{2}) (?:edition|version)\b/g;

interface Citation {
  id: string; // an edition id, or 'older', or 'newer' (an edition later than Kijun knows)
  basis: boolean;
  norm: NormalizedText;
  from: number;
  to: number;
}

function citationId(m: RegExpExecArray, d: CatalogData): string | undefined {
  if (m[1]) {
    const n = m[2] === '元' ? 1 : Number(m[2]);
    if (m[1] === '平成') return BY_HEISEI[n] ?? (n < 30 ? 'older' : undefined);
    if (n === 5 && m[3]) return d.editions.some((e) => e.id === 'r5-2024') ? 'r5-2024' : 'r5';
    return BY_REIWA[n] ?? (n > 5 ? 'newer' : undefined);
  }
  const year = Number(m[4] ?? m[5]);
  return BY_FISCAL[year] ?? (year > 2023 && year < 2100 ? 'newer' : year < 2018 ? 'older' : undefined);
}

/** The editions the policy's text names as its basis (clauses and headings; never code, comments or history). */
function citations(doc: PolicyDocument, d: CatalogData): Citation[] {
  const out: Citation[] = [];
  const look = (norm: NormalizedText, frame: () => string) => {
    const text = norm.text;
    if (!STANDARD.test(text) || HISTORY_HEADING.test(frame())) return;
    const basis = BASIS.test(text);
    CITATION.lastIndex = 0;
    for (let m = CITATION.exec(text); m; m = CITATION.exec(text)) {
      const id = citationId(m, d);
      if (!id) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      if (FROM_AFTER.test(after) || PAST_BEFORE.test(before)) continue;
      out.push({ id, basis, norm, from: m.index, to: m.index + m[0].length });
    }
  };
  // The frame is only worked out for the few texts that name the standard.
  const ancestors = (i: number) => {
    const parts: string[] = [];
    for (let p = doc.sections[i].parent; p >= 0; p = doc.sections[p].parent) parts.push(doc.sections[p].titleNorm);
    return parts.join(' / ');
  };
  for (const s of doc.sections) look(s.heading, () => ancestors(s.index));
  for (const c of doc.clauses) look(c.norm, () => c.context);
  return out;
}

/**
 * The edition a policy declares as its basis, if it names one: a citation in a clause that names the Common
 * Standards, preferring one with a verb of basis (準拠, 基づく, based on), the newest when several are named.
 * An older edition (FY2014/FY2016) gives FY2018, where the outdated-edition check reports the citation.
 */
export function declaredEdition(doc: PolicyDocument, d: CatalogData): EditionChoice | undefined {
  const found = citations(doc, d);
  if (!found.length) return undefined;
  const pool = found.some((c) => c.basis) ? found.filter((c) => c.basis) : found;
  const rank = (id: string) => (id === 'older' ? -1 : id === 'newer' ? d.editions.length : d.editions.findIndex((e) => e.id === id));
  const best = pool.reduce((a, b) => (rank(b.id) > rank(a.id) ? b : a));
  const { start, end } = originalSpan(best.norm, best.from, best.to);
  const text = doc.text.slice(start, end);
  const line = lineOf(doc.text, start);
  const title = (id: string) => d.editions.find((e) => e.id === id)?.title ?? { ja: id, en: id };
  if (best.id === 'older') {
    const edition = d.defaultEdition;
    return {
      edition, source: 'declared', declared: { start, end, text, names: 'older' },
      reason: {
        ja: `ポリシーが根拠として改定前の版（「${text}」、${line}行目）を挙げているため、${title(edition).ja}で検査し、旧版の引用を指摘します`,
        en: `the policy names an older edition ("${text}", line ${line}) as its basis: checked against the ${title(edition).en}, and the citation is reported`,
      },
    };
  }
  const newest = d.editions[d.editions.length - 1].id;
  const edition = best.id === 'newer' ? newest : best.id;
  return {
    edition, source: 'declared', declared: { start, end, text, names: best.id },
    reason: best.id === 'newer'
      ? {
        ja: `ポリシーが根拠として「${text}」（${line}行目）を挙げていますが、Kijun が知る最新の版は${title(newest).ja}のため、その版で検査します`,
        en: `the policy names "${text}" (line ${line}) as its basis, newer than the editions Kijun knows: checked against the newest, the ${title(newest).en}`,
      }
      : {
        ja: `ポリシーが根拠として${title(edition).ja}を挙げているため（「${text}」、${line}行目）`,
        en: `the policy names the ${title(edition).en} as its basis ("${text}", line ${line})`,
      },
  };
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The reason for an edition chosen explicitly, or by default. */
export function choiceReason(source: Exclude<EditionSource, 'declared'>, edition: string, d: CatalogData, origin?: string): LocalizedText {
  const t = d.editions.find((e) => e.id === edition)?.title ?? { ja: edition, en: edition };
  if (source === 'front-matter') return { ja: `フロントマターの kijun.edition で${t.ja}が指定されているため`, en: `front matter kijun.edition chooses the ${t.en}` };
  if (source === 'option') {
    const where = origin ?? 'kijun.edition';
    return { ja: `${where} で${t.ja}が指定されているため`, en: `${where} chooses the ${t.en}` };
  }
  return {
    ja: `ポリシーが根拠とする版を記載していないため、既定の${t.ja}で検査します`,
    en: `the policy does not say which edition it is based on: checked against the default, the ${t.en}`,
  };
}
