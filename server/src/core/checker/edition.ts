// Which edition a policy is checked against, and why. `auto` (the default) reads the basis the policy declares
// (「統一基準（令和5年度版）に準拠」, 「令和３年度版」, "FY2023 edition"); an explicit choice — front matter, the
// `--edition` option, the editor setting or kijun.json — wins over it. Every output says which edition was used and
// why (PolicyAnalysis.editionChoice).
import {
  editionByEra,
  editionByFiscalYear,
  eraNamed,
  eraYearOf,
  fiscalYearSpan,
  updatesOf,
  westernYear,
} from '../catalog/editions';
import type { CatalogData, Edition, LocalizedText } from '../catalog/types';
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
export type EditionSpelling =
  | { kind: 'edition'; id: string }
  | { kind: 'auto' }
  | { kind: 'older'; label: string }
  | { kind: 'unknown' };

// Every spelling is read from the catalog's edition facts (era, fiscalYear, guideline updates by `standard` and
// `date`): adding an edition to catalog.yaml is enough for R9, 令和9年度版, FY2027 and 「令和9年度版に準拠」.
interface Spellings {
  /** Spellings of each guideline-only update: 「令和5年度版・2024年7月」, R5-2024-07, FY2023-2024, 2024-07. */
  updates: Array<{ id: string; patterns: RegExp[] }>;
  /** Era forms: H30, 平成30年度版, R5, reiwa5, 令和５年度版. */
  era: RegExp;
  /** Citations in a policy's text (see `citations`). */
  citation: RegExp;
  /** The month an update is cited by in a citation's suffix (「2024年7月一部改定」), by update id. */
  updateMonth: Map<string, RegExp>;
}

const cache = new WeakMap<CatalogData, Spellings>();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function spellings(d: CatalogData): Spellings {
  let s = cache.get(d);
  if (s) return s;
  const updates: Spellings['updates'] = [];
  const updateMonth = new Map<string, RegExp>();
  for (const std of d.editions.filter((e) => e.standard === undefined)) {
    const era = std.era && eraNamed(d, std.era.name);
    for (const u of updatesOf(d, std.id)) {
      const then = eraYearOf(d, u.year);
      const year = `(?:${u.year}${then ? `|${esc(then.era.name)}${then.year}年` : ''})`;
      const patterns: RegExp[] = [];
      if (era && std.era)
        patterns.push(
          new RegExp(
            `^(?:${esc(era.letter)}|${esc(era.name)}|${esc(era.romaji)})${std.era.year}(?:年度)?(?:版)?[-・/(]?${year}(?:年)?(?:-?0?${u.month}|${u.month}月)?`,
          ),
        );
      if (std.fiscalYear !== undefined)
        patterns.push(new RegExp(`^(?:fy)?${std.fiscalYear}[-・/]?${u.year}(?:-?0?${u.month})?$`));
      patterns.push(new RegExp(`^${u.year}-?0?${u.month}$`));
      updates.push({ id: u.edition.id, patterns });
      updateMonth.set(
        u.edition.id,
        new RegExp(`(?:${then ? `${esc(then.era.name)}${then.year}年|` : ''}${u.year}年)${u.month}月`),
      );
    }
  }
  const eras = d.eras ?? [];
  const words =
    eras
      .flatMap((e) => [e.name, e.romaji, e.letter])
      .map(esc)
      .join('|') || '(?!)';
  const months = [...updateMonth.values()].map((r) => r.source).join('|') || '(?!)';
  const names = eras.map((e) => esc(e.name)).join('|') || '(?!)';
  s = {
    updates,
    updateMonth,
    era: new RegExp(`^(${words})(\\d{1,2})(?:年度)?(?:版)?(?:edition)?$`),
    // 「令和5年度版」「平成30年度版」「令和5年度版(2024年7月一部改定)」, "FY2023 edition", "2018 edition".
    citation: new RegExp(
      `(${names})(\\d{1,2}|元)年度?版((?:[・(]|\\s)?(?:${months})(?:の)?(?:ガイドライン)?(?:一部)?改定)?|(?:fy ?|fiscal(?: year)? ?)(20\\d{2})(?: edition| version)?|\\b(20\\d{2}) (?:edition|version)\\b`,
      'g',
    ),
  };
  cache.set(d, s);
  return s;
}

/**
 * Reads an edition as people write it. Accepts the ids (h30, r3, r5, r5-2024), `auto`, the era forms (H30, 平成30年度版,
 * R5, 令和５年度版, 令和5年度版・2024年7月一部改定) and fiscal years (FY2018, FY2023, "FY2023 edition").
 */
export function parseEditionSpelling(input: string, d: CatalogData): EditionSpelling {
  const s = normalizeForMatch(input).replace(/[\s_]/g, '');
  if (!s) return { kind: 'unknown' };
  if (s === 'auto' || s === '自動') return { kind: 'auto' };
  if (d.editions.some((e) => e.id === s)) return { kind: 'edition', id: s };
  const spelt = spellings(d);
  const update = spelt.updates.find((u) => u.patterns.some((p) => p.test(s)));
  if (update) return { kind: 'edition', id: update.id };
  let m = spelt.era.exec(s);
  if (m) {
    const era = eraNamed(d, m[1])!;
    return found(editionByEra(d, era.name, Number(m[2])), `${era.name}${m[2]}年度版`);
  }
  m = /^(?:fy|fiscalyear|fiscal)?(20\d{2})(?:年度)?(?:版)?(?:edition|version)?$/.exec(s);
  if (m && (/^(?:fy|fiscal)/.test(s) || /(?:edition|version|年度|版)$/.test(s)))
    return found(editionByFiscalYear(d, Number(m[1])), `FY${m[1]}`);
  return { kind: 'unknown' };
}

function found(named: { edition: Edition; older: boolean } | undefined, label: string): EditionSpelling {
  if (!named) return { kind: 'unknown' };
  return named.older ? { kind: 'older', label } : { kind: 'edition', id: named.edition.id };
}

/** The spellings accepted, for messages: "h30, r3, r5, r5-2024, auto (also R5, 令和5年度版, FY2023, H30, 平成30年度版, FY2018)". */
export function editionSpellingsHint(d: CatalogData): string {
  const newest = d.editions.filter((e) => e.standard === undefined).at(-1);
  const fallback = d.editions.find((e) => e.id === d.defaultEdition);
  const forms = (e: Edition | undefined) => {
    const era = e?.era && eraNamed(d, e.era.name);
    return [
      ...(era && e.era ? [`${era.letter.toUpperCase()}${e.era.year}`, `${era.name}${e.era.year}年度版`] : []),
      ...(e?.fiscalYear ? [`FY${e.fiscalYear}`] : []),
    ];
  };
  const also = [...new Set([...forms(newest), ...forms(fallback)])];
  return `${[...d.editions.map((e) => e.id), 'auto'].join(', ')}${also.length ? ` (also ${also.join(', ')})` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------
// The basis a policy declares.

// The Common Standards named in the same clause: a citation of 「令和5年度版」 alone may be any document's edition.
const STANDARD =
  /統一基準|統一規範|統一基準群|サイバーセキュリティ対策のための|情報セキュリティ対策のための|common standards?|unified standards?|government standards? for (?:information|cyber)/;
// Verbs of a basis: 「準拠」「基づ」「則り」「踏まえ」「根拠」, "based on", "in accordance with", "conforms".
const BASIS =
  /準拠|基づ|基く|則り|則っ|のっとり|踏まえ|根拠|依拠|適合|based on|in accordance|accordance with|conform|compl(?:y|ies|iance)|pursuant|follows?/;
// A citation that tells the past: 「平成28年度版からの改定」「旧」「従前」, "revised from", "was based on".
const FROM_AFTER =
  /^(?:\)|）)?(?:の統一基準(?:群)?)?(?:から|より|を(?:改定|改正|改訂)|の(?:改定|改正|改訂)|に準拠していた|に基づいていた|であった|でした)/;
const PAST_BEFORE =
  /(?:履歴|沿革|旧|従前|従来|前回|以前|廃止|前身|history|previous|former|supersed|replac|revised from|amended from)[^。]{0,40}$/;
const HISTORY_HEADING =
  /(?:改正|改定|改訂|変更|改廃)(?:の)?履歴|沿革|revision history|change ?log|document history|amendment history|version history/;

interface Citation {
  id: string; // an edition id, or 'older', or 'newer' (an edition later than Kijun knows)
  basis: boolean;
  norm: NormalizedText;
  from: number;
  to: number;
}

function citationId(m: RegExpExecArray, d: CatalogData): string | undefined {
  const span = fiscalYearSpan(d);
  const beyond = (year: number) => (year < span.first ? 'older' : undefined);
  if (m[1]) {
    const era = eraNamed(d, m[1])!;
    const n = m[2] === '元' ? 1 : Number(m[2]);
    const named = editionByEra(d, era.name, n);
    if (named?.older) return 'older';
    if (named) {
      const update = m[3]
        ? updatesOf(d, named.edition.id).find((u) => spellings(d).updateMonth.get(u.edition.id)?.test(m[3]))
        : undefined;
      return update?.edition.id ?? named.edition.id;
    }
    // Only the current era runs on into editions Kijun does not know yet (平成35年度版 is no edition).
    const year = westernYear(era, n);
    const latestEra = (d.eras ?? []).every((e) => e.firstYear <= era.firstYear);
    return latestEra && year > span.last ? 'newer' : beyond(year);
  }
  const year = Number(m[4] ?? m[5]);
  const named = editionByFiscalYear(d, year);
  if (named) return named.older ? 'older' : named.edition.id;
  return year > span.last && year < 2100 ? 'newer' : beyond(year);
}

/** The editions the policy's text names as its basis (clauses and headings; never code, comments or history). */
function citations(doc: PolicyDocument, d: CatalogData): Citation[] {
  const out: Citation[] = [];
  const look = (norm: NormalizedText, frame: () => string) => {
    const text = norm.text;
    if (!STANDARD.test(text) || HISTORY_HEADING.test(frame())) return;
    const basis = BASIS.test(text);
    const citation = spellings(d).citation;
    citation.lastIndex = 0;
    for (let m = citation.exec(text); m; m = citation.exec(text)) {
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
  const rank = (id: string) =>
    id === 'older' ? -1 : id === 'newer' ? d.editions.length : d.editions.findIndex((e) => e.id === id);
  const best = pool.reduce((a, b) => (rank(b.id) > rank(a.id) ? b : a));
  const { start, end } = originalSpan(best.norm, best.from, best.to);
  const text = doc.text.slice(start, end);
  const line = lineOf(doc.text, start);
  const title = (id: string) => d.editions.find((e) => e.id === id)?.title ?? { ja: id, en: id };
  if (best.id === 'older') {
    const edition = d.defaultEdition;
    return {
      edition,
      source: 'declared',
      declared: { start, end, text, names: 'older' },
      reason: {
        ja: `ポリシーが根拠として改定前の版（「${text}」、${line}行目）を挙げているため、${title(edition).ja}で検査し、旧版の引用を指摘します`,
        en: `the policy names an older edition ("${text}", line ${line}) as its basis: checked against the ${title(edition).en}, and the citation is reported`,
      },
    };
  }
  const newest = d.editions[d.editions.length - 1].id;
  const edition = best.id === 'newer' ? newest : best.id;
  return {
    edition,
    source: 'declared',
    declared: { start, end, text, names: best.id },
    reason:
      best.id === 'newer'
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
export function choiceReason(
  source: Exclude<EditionSource, 'declared'>,
  edition: string,
  d: CatalogData,
  origin?: string,
): LocalizedText {
  const t = d.editions.find((e) => e.id === edition)?.title ?? { ja: edition, en: edition };
  if (source === 'front-matter')
    return {
      ja: `フロントマターの kijun.edition で${t.ja}が指定されているため`,
      en: `front matter kijun.edition chooses the ${t.en}`,
    };
  if (source === 'option') {
    const where = origin ?? 'kijun.edition';
    return { ja: `${where} で${t.ja}が指定されているため`, en: `${where} chooses the ${t.en}` };
  }
  return {
    ja: `ポリシーが根拠とする版を記載していないため、既定の${t.ja}で検査します`,
    en: `the policy does not say which edition it is based on: checked against the default, the ${t.en}`,
  };
}
