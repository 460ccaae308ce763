import { getCatalog, type Catalog, type LocalizedText, type Requirement, type RequirementCondition } from '../catalog';
import { guardedParse, refusedAnalysis, type LimitBreach } from '../guard';
import { documentCitations, type ClauseCitations } from '../trace/citations';
import { clauseFrames, headingsOf } from '../model/carried';
import { ARTICLE_CAPTION } from '../model/parse';
import type { Clause, PolicyDocument, Section } from '../model/types';
import { LineIndex } from '../text/lineIndex';
import { normalizeForMatch, originalSpan, type NormalizedText } from '../text/normalize';
import { fillTerms } from '../catalog/terms';
import { choiceReason, declaredEdition, type EditionChoice } from './edition';
import { looksLikePolicy } from './isPolicy';
import { applyOrganization, organizationOf, type OrganizationChoice } from './organization';
import { ConceptMatcher, COVERS, NO_MATCH, RELATED, WEAK, findAll } from './match';
import {
  adviceIn,
  delegatedIn,
  documentFrame,
  headerLimit,
  headingFrame,
  publicUserIn,
  carvedOutBy,
  lackingCondition,
  limitedByTable,
  readClause,
  readFor,
  readingReason,
  suspensionOf,
  prohibitedAct,
  type ReadingVerdict,
  type ReadOptions,
  REFUSING_READINGS,
  articleOf,
} from '../reading/read';
import { optionalColumns, rowReading } from '../reading/checkColumns';
import { LEAD_IN, leadInOf, withItemTexts } from '../reading/items';
import { beppyoRowsFor, followBeppyo } from '../reading/beppyo';
import { hasDefinedTerms, withDefinitions } from '../reading/terms';
import { eachLanguage, localized, t } from '../i18n';
import {
  citedReason,
  coverReason,
  definitionSections,
  explain,
  isLabel,
  isPlaceholderBody,
  snippet,
  weakReason,
} from '../reading/explain';
import { missingMessage, outdatedMessage, pick } from './messages';
import { addPlaceholderFindings } from './placeholders';
import { withExpiry, type RequirementException } from './exceptions';
import { readSettings, type DocumentSettings } from './settings';
import type {
  CheckOptions,
  ClauseNote,
  Finding,
  FindingKind,
  OutdatedEvidence,
  RequirementResult,
  Severity,
} from './types';

export interface PolicyAnalysis {
  isPolicy: boolean;
  policyReason: string;
  /** Why the text is (or is not) taken as a policy, in both languages (a folder scan lists the files it skipped). */
  policyReasons?: LocalizedText;
  document: PolicyDocument;
  lines: LineIndex;
  edition: string;
  /** How `edition` was chosen and why (every output says it). */
  editionChoice: EditionChoice;
  settings: DocumentSettings;
  requirements: RequirementResult[];
  findings: Finding[];
  /** For each clause that covers or is an outdated form of a requirement: which, and how. */
  clauseRequirements: Map<number, Array<{ id: string; role: 'cover' | 'outdated' }>>;
  /** The kind of body the policy belongs to, when known (setting or title): decides ac.jp and the templates' wording. */
  organization?: OrganizationChoice;
  /** Section where a clause for each requirement belongs (-1: the document title / start). */
  homes: Map<string, number>;
  catalog: Catalog;
  /** Set when the document was not checked (too large, too deeply nested): why, and where. */
  refused?: LimitBreach;
}

/**
 * Analyses a policy: parse, then check. A document beyond the limits (guard/limits.ts: too large, too deeply
 * nested for the parser) is not parsed: its analysis says why (`refused`) in its one finding.
 */
export function analyzeText(text: string, options: CheckOptions = {}, catalog: Catalog = getCatalog()): PolicyAnalysis {
  const parsed = guardedParse(text);
  if (parsed.refused) return refusedAnalysis(text, parsed.refused, options, catalog);
  return checkDocument(parsed.document, options, catalog);
}

/**
 * Checks a parsed policy. `matcher` may be kept between analyses of one document (incremental/analyzer.ts keeps
 * it): it remembers which concepts each clause text mentions. `lines`: the document text's line index, when the
 * caller has it (the incremental analyzer moves the previous one over the edit).
 */
export function checkDocument(
  document: PolicyDocument,
  options: CheckOptions = {},
  catalog: Catalog = getCatalog(),
  matcher = new ConceptMatcher(catalog),
  lineIndex?: LineIndex,
): PolicyAnalysis {
  const lines = lineIndex?.text === document.text ? lineIndex : new LineIndex(document.text);
  const {
    policy,
    reason,
    reasons: policyReasons,
  } = options.force
    ? { policy: true, reason: 'named explicitly', reasons: localized('check.namedExplicitly') }
    : looksLikePolicy(document);
  // Ids of every edition are valid settings (a not-applicable reason for a later requirement is kept, unused).
  const settings = readSettings(
    document.frontMatter,
    options,
    new Set(catalog.data.requirements.map((r) => r.id)),
    catalog.data.editions.map((e) => e.id),
    catalog.data,
  );
  // The edition selects the requirement set: the catalog as that edition sees it (see catalog/index.ts). Chosen
  // explicitly (front matter, then an option), else the basis the policy declares (`auto`), else the default.
  const editionChoice = chooseEdition(document, settings, options, catalog, policy);
  const edition = editionChoice.edition;
  catalog = catalog.forEdition(edition);
  const analysis: PolicyAnalysis = {
    isPolicy: policy,
    policyReason: reason,
    policyReasons,
    document,
    lines,
    edition,
    editionChoice,
    settings,
    requirements: [],
    findings: [],
    clauseRequirements: new Map(),
    homes: new Map(),
    catalog,
  };
  if (!policy) return analysis;

  // Clauses citing the standard's section for a requirement (「（統一基準 7.2.1(1) 対応）」): see trace/citations.ts.
  const cited = options.citations === false ? undefined : documentCitations(document, catalog);
  // What each clause's text says for every requirement, remembered by the matcher per distinct text.
  const clauses = document.clauses;
  for (let i = 0; i < clauses.length; i++) {
    if (clauses[i].near !== undefined) continue;
    clauses[i].near = nearestFrame(document, clauses[i]);
    clauseFrames.changes++;
  }
  // Rows of a 別表 an article refers to are read in that article's context (reading/beppyo.ts).
  followBeppyo(document);
  const layouts = matcher.layouts;
  const found = matcher.verdictsOf(document.clauses, catalog.requirements);
  // The clauses' rows stay valid while the matcher keeps its layout (see ConceptMatcher.hasInRow).
  const verdicts = { ...found, layout: matcher.layouts === layouts ? layouts : undefined };
  // Section titles are looked up once for all requirements' homes.
  const titleRows = titleRowsOf(document, matcher);
  const candidates = evaluation.candidates ? candidateClauses(document, catalog, verdicts, matcher, cited) : undefined;
  catalog.requirements.forEach((r, i) => {
    analysis.requirements.push(
      evaluate(r, i, verdicts, document, matcher, analysis, cited, titleRows, candidates?.[i]),
    );
  });
  // ac.jp is only for higher-education bodies (the organisation setting, else the title).
  analysis.organization = organizationOf(document, settings.organization ?? options.organization);
  applyOrganization(analysis.requirements, document, lines, analysis.organization);
  // A clause the organisation rules out no longer covers the requirement (hovers, the report's trace).
  for (const r of analysis.requirements) {
    if (!r.organizationReason) continue;
    for (const { clause: c } of r.related ?? []) {
      const kept = (analysis.clauseRequirements.get(c) ?? []).filter((e) => !(e.id === r.id && e.role === 'cover'));
      if (kept.length) analysis.clauseRequirements.set(c, kept);
      else analysis.clauseRequirements.delete(c);
    }
  }
  // The rows found with the verdicts, unless a concept from elsewhere made the matcher lay its rows out again.
  addFindings(analysis, options, matcher, matcher.layouts === layouts ? textRows(titleRows, verdicts.rows) : undefined);
  return analysis;
}

/** The edition to check against, and why: front matter, then an option, then the declared basis, then the default. */
function chooseEdition(
  document: PolicyDocument,
  settings: DocumentSettings,
  options: CheckOptions,
  catalog: Catalog,
  policy: boolean,
): EditionChoice {
  const d = catalog.data;
  if (settings.edition && settings.editionSource) {
    return {
      edition: settings.edition,
      source: settings.editionSource,
      reason: choiceReason(settings.editionSource, settings.edition, d, options.editionOrigin),
    };
  }
  const declared = policy ? declaredEdition(document, d) : undefined;
  if (declared) return declared;
  return { edition: catalog.edition, source: 'default', reason: choiceReason('default', catalog.edition, d) };
}

function note(analysis: PolicyAnalysis, clause: number, id: string, role: 'cover' | 'outdated'): void {
  const list = analysis.clauseRequirements.get(clause) ?? [];
  if (!list.some((e) => e.id === id && e.role === role)) list.push({ id, role });
  analysis.clauseRequirements.set(clause, list);
}

function evaluate(
  r: Requirement,
  ri: number,
  verdicts: { arena: Int16Array; at: Int32Array; rows?: Int32Array; layout?: number },
  doc: PolicyDocument,
  matcher: ConceptMatcher,
  analysis: PolicyAnalysis,
  cited?: Map<number, ClauseCitations>,
  titleRows?: number[],
  candidates?: number[],
): RequirementResult {
  const covering: number[] = [];
  const outdated: OutdatedEvidence[] = [];
  const related: ClauseNote[] = [];
  const evidence = new Map<number, ClauseNote>();
  const catalog = analysis.catalog;
  const clauseRange = (i: number) => analysis.lines.rangeOf(doc.clauses[i].start, doc.clauses[i].end);
  const noteOf = (i: number, kind: ClauseNote['kind'], reason: ClauseNote['reason'], isCited: boolean): ClauseNote => ({
    clause: i,
    range: clauseRange(i),
    kind,
    reason,
    ...(isCited ? { cited: true } : {}),
  });
  const defs = definitionSections(doc, catalog);
  const title = doc.sections[doc.titleSection];
  const documentReading = title ? documentFrame(title.titleNorm, catalog, title.title) : undefined;
  // An indexed loop: this runs for every clause and requirement (no iterator objects).
  const clauses = doc.clauses;
  const count = candidates ? candidates.length : clauses.length;
  for (let j = 0; j < count; j++) {
    const clause = clauses[candidates ? candidates[j] : j];
    if (clause.disabled?.has(r.id) || clause.disabled?.has('all')) continue;
    const marked = !!clause.markers?.has(r.id);
    const isCited = marked || !!cited?.get(clause.index)?.ids.has(r.id);
    // The first outdated rule that matches, else whether a cover rule matches, else a related rule (ConceptMatcher.verdicts).
    let verdict = verdicts.arena[verdicts.at[clause.index] + ri];
    // A term the regulation defines (「端末機: …ソフトウェアを総称したもの」) means its definition where it is used: a
    // clause that says nothing of the requirement, or only a separate duty, may be its old form through it (never coverage).
    if ((verdict === NO_MATCH || verdict <= RELATED) && !defs.has(clause.section))
      verdict = viaDefinitions(r, clause, doc, matcher) ?? verdict;
    // A separate duty (an audit report, SPF alone…) does not become the requirement by citing its section.
    if (verdict <= RELATED) {
      const rule = r.detect.related![RELATED - verdict];
      related.push(noteOf(clause.index, 'separate-duty', isCited ? citedSeparate(rule.reason) : rule.reason, isCited));
      continue;
    }
    if (verdict === NO_MATCH && !isCited) continue;
    // A citation or a marker names the clause to evaluate, never coverage by itself (issue 11). A neutral clause that
    // points elsewhere (「別紙に定める手順に従うこと。」) stands for the requirement; one that introduces its items in
    // the text (「次に掲げる措置を講じなければならない。」 and its 号) must meet a cover rule together with them: items
    // that are only other duties (pattern-file antivirus, patches) are not the requirement.
    if (verdict === NO_MATCH && !citedWithSubstance(r, clause, doc, matcher, catalog)) {
      const why = eachLanguage((lang) => t('check.citedWithoutSubstance', lang, r.title[lang]));
      related.push(noteOf(clause.index, 'partial', why, true));
      continue;
    }
    // What the clause's predicate does (reading/read.ts): a clause naming the measure may still refuse it, defer
    // it, leave it to a placeholder, limit it to a subset or only wish for it. A citation or a marker makes the
    // clause the one to evaluate, not coverage by itself.
    // An outdated rule that contradicts the revision outright (「その他のページは HTTP でよい」) is read as written.
    if (verdict >= 0 && r.detect.outdated[verdict].when === 'always' && !isCited) {
      const old = r.detect.outdated[verdict];
      outdated.push({
        clause: clause.index,
        reason: old.reason,
        when: old.when,
        ...(old.severity ? { severity: old.severity } : {}),
      });
      continue;
    }
    // Rules match over the whole clause; in a clause of several sentences those that speak of the requirement decide
    // (「境界のゲートウェイで未知の…を検知する。2 端末にはウイルス対策ソフトを導入する。」 is the boundary form).
    if (verdict === COVERS) verdict = focusedOutdated(r, clause, matcher) ?? verdict;
    if (verdict >= 0 && r.detect.outdated[verdict].when !== 'always' && completedByItems(r, clause, doc, matcher))
      verdict = COVERS;
    // Only a wish or an old form: the conjuncts that speak of the requirement may say it firmly (conjunctFocus), and
    // a wish in a sentence that does not speak of it is not its wish (「… Symantec PGP is recommended. Install MDM on
    // mobile devices.」).
    const weakOrOld = verdict === WEAK || (verdict >= 0 && r.detect.outdated[verdict].when !== 'always');
    const conjuncts = weakOrOld ? conjunctFocus(clause, r, matcher) : undefined;
    const speaking = conjuncts ?? (verdict === WEAK ? speakingParts(clause.norm.text, clause, r, matcher) : undefined);
    if (speaking !== undefined && speaking !== clause.norm.text)
      verdict = matcher.verdicts({ ...clause, norm: { ...clause.norm, text: speaking } } as Clause, [r])[0];
    // A table row under 「基本対策 | 推奨対策」: a mandatory requirement is read in the required columns; met only in
    // the recommended one, it is wished for (a recommended requirement is met there in its normal form).
    const columns = r.level === 'mandatory' ? optionalColumns(doc, clause) : undefined;
    let required: string | undefined;
    if (columns) {
      const pseudo = { ...clause, norm: { ...clause.norm, text: normalizeForMatch(columns.firm) } } as Clause;
      if ([...r.detect.cover, ...r.detect.outdated].some((rule) => matcher.matches(pseudo, r.id, rule))) {
        verdict = matcher.verdicts(pseudo, [r])[0];
        required = pseudo.norm.text;
      }
    }
    const definition =
      defs.has(clause.section) ||
      (verdicts.layout === undefined
        ? hasShared(matcher, clause, r.id, 'reading-definition')
        : hasSharedInRow(matcher, verdicts.rows![clause.index], verdicts.layout, clause, r.id, 'reading-definition'));
    const readOptions = {
      label: isLabel(doc, clause, catalog),
      definition,
      adviceFrame: adviceIn(clause.context, catalog),
    };
    let reading = readForRemembered(r, required ?? focusText(clause, r, matcher), catalog, readOptions);
    if (columns && required === undefined && reading.kind === 'firm') reading = { kind: 'weak', found: columns.column };
    // 「Aを行うとともに、Bの導入に努める。」: the effort is B's; A, the part that speaks of the requirement, is firm.
    if (reading.kind === 'weak') {
      const speaking = weakOrOld ? conjuncts : conjunctFocus(clause, r, matcher);
      if (speaking !== undefined) reading = readForRemembered(r, speaking, catalog, readOptions);
    }
    // 「…修正プログラムを適用させなければならない。ただし、…ソフトウェアの名称及び版を自動的に集約する仕組みは、これを設けない
    // ものとする。」: the duty before the proviso is another one; the measure is named only in the proviso, which refuses it.
    if (reading.kind === 'firm') {
      const refused = refusedInProviso(clause, r, matcher, catalog);
      if (refused) reading = { kind: 'negated', found: refused };
    }
    // A body that is only a drafting note in brackets (「【調整中：条文案は別途作成】」) states no duty.
    if (reading.kind === 'firm' && !reading.found && isPlaceholderBody(clause.norm.text))
      reading = { kind: 'placeholder', found: clause.norm.text.trim().slice(0, 24) };
    // An explanatory note (「※」「（注）」, "… note:") informs: the sentences after its label set no duty unless one says so.
    if (reading.kind === 'firm' && !reading.found) {
      const whole = readClause(clause.norm.text, catalog);
      if (whole.note && !whole.obligation) reading = { kind: 'note', found: whole.note };
    }
    // What the headings above make of it: a revision history, questions and answers, plans (reading/read.ts).
    if (reading.kind === 'firm' || reading.kind === 'weak')
      reading = headingFrame(headingsAbove(doc, clause), reading, clause.norm.text, catalog) ?? reading;
    // A document that is a record or a draft (「自己点検結果票」「監査報告書」「改正案に対する意見照会」) imposes nothing.
    if (documentReading && (reading.kind === 'firm' || reading.kind === 'weak')) reading = documentReading;
    // A table row: a header that limits its rows (「対象システム（…個人情報を取り扱うものに限る。）」), else its marks and
    // cells (a legend's 「△：必要に応じて」, a status 「検討中」 / "Planned", a mark under 「実施しない」) may refuse it.
    if (reading.kind === 'firm' && clause.kind === 'tableRow')
      reading =
        headerLimit(r, clause.context.slice(clause.context.lastIndexOf(' / ') + 3), catalog) ??
        rowReading(doc, clause, r.level === 'mandatory') ??
        reading;
    // 「- ☐ …」, "- [ ] …": an unchecked box of a checklist marks a measure not taken.
    if (
      (reading.kind === 'firm' || reading.kind === 'weak') &&
      UNCHECKED_BOX.test(doc.text.slice(clause.start, clause.start + 16))
    )
      reading = { kind: 'negated', found: '☐' };
    // 「推進体制の構成及び役割は、別に定める。」 with no citation: the content is elsewhere, not here (cited, the clause
    // stands for the requirement: citedWithSubstance).
    if (reading.kind === 'firm' && !isCited) {
      const delegated = delegatedIn(clause.norm.text, catalog) ?? delegatedSentence(clause, r, matcher, catalog);
      if (delegated) reading = { kind: 'vacuous', found: delegated };
    }
    if (reading.kind === 'firm') {
      const user = publicUserIn(
        clause.norm.text,
        `${doc.sections[doc.titleSection]?.titleNorm ?? ''} ${clause.context}`,
        catalog,
      );
      if (user) reading = { kind: 'outside', found: user };
    }
    // A list item without a predicate of its own (「- 全ウェブサイトのHTTPS化」) takes the predicate of the item or
    // sentence that introduces it: 「次の措置を講ずるよう努める。」 makes it a wish, 「次の措置は当面導入しない。」 a refusal.
    const leadIn = reading.kind === 'firm' ? leadInOf(doc, clause) : undefined;
    if (reading.kind === 'firm' && leadIn !== undefined && !readClause(clause.norm.text, catalog).predicate) {
      // The sentence that introduces the items speaks for them, not the lead-in's other sentences.
      const leadText = doc.clauses[leadIn].norm.text;
      const introducing = sentencesOf(leadText).find((x) => LEAD_IN.test(x)) ?? leadText;
      const parent = readForRemembered(r, introducing, catalog);
      if (parent.kind !== 'firm' && parent.kind !== 'limited') reading = parent;
    }
    // 「職員は、次に掲げる行為をしてはならない。(1) 許可なく端末にサンドボックスを導入すること。」: the items are the acts
    // prohibited, their 「こと」 names the act; only a ban on disabling the measure (「…を停止すること」) keeps it.
    if (reading.kind === 'firm') {
      const lead = leadInOf(doc, clause);
      const frame = lead === undefined ? undefined : doc.clauses[lead].norm.text;
      reading = prohibitedAct(frame, clause.norm.text, catalog) ?? reading;
    }
    // 「別表第1に定めるところにより…」: the article (and each row) is as wide as the 別表's rows.
    if (reading.kind === 'firm') reading = limitedByTable(r, beppyoRowsFor(doc, clause), catalog) ?? reading;
    // 「(2) 前号の規定は、…サイトには適用しない。」: a later clause of the same section may leave part of the scope out.
    if (reading.kind === 'firm') {
      for (
        let k = clause.index + 1;
        k < doc.clauses.length && k <= clause.index + 4 && doc.clauses[k].section === clause.section;
        k++
      ) {
        // The next article (or its caption line) is another provision: its ただし書 does not narrow this one.
        if (doc.clauses[k].kind === 'article' || ARTICLE_CAPTION.test(doc.clauses[k].norm.text.trim())) break;
        const carved = carvedOutBy(r, doc.clauses[k].norm.text, catalog);
        if (carved) {
          reading = carved;
          break;
        }
      }
    }
    // 「前条の規定は、当分の間、適用しない。」, 「附則 2 第22条の規定は…適用しない。」: another clause suspends this one.
    if (reading.kind === 'firm') reading = suspensionOf(doc, clause, catalog) ?? reading;
    // A permission granted on a condition (mobile use with safeguards) with no such condition in its section.
    if (reading.kind !== 'limited' && verdict === COVERS)
      reading = lackingCondition(r, clause, doc, matcher, catalog) ?? reading;
    if (REFUSING.has(reading.kind)) {
      related.push(
        noteOf(clause.index, reading.kind as ClauseNote['kind'], readingReason(reading, r, isCited), isCited),
      );
      continue;
    }
    // Limited to a subset: the pre-revision subset of a mandatory duty contradicts the revision (outdated even
    // beside a covering clause); another subset is not the requirement (missing), unless a catalog rule names
    // the clause's old form.
    if (reading.kind === 'limited' && (reading.preRevision || verdict < 0)) {
      if (reading.preRevision && r.level === 'mandatory' && r.reading?.subsetReason) {
        // A catalog rule naming the clause's old form (attachments only) says more than the generic subset reason.
        const reason = verdict >= 0 ? r.detect.outdated[verdict].reason : r.reading.subsetReason;
        outdated.push({ clause: clause.index, reason: citedReason(reason, isCited), when: 'always' });
      } else related.push(noteOf(clause.index, 'limited', readingReason(reading, r, isCited), isCited));
      continue;
    }
    if (verdict >= 0) {
      const old = r.detect.outdated[verdict];
      outdated.push({
        clause: clause.index,
        reason: citedReason(old.reason, isCited),
        when: old.when,
        ...(old.severity ? { severity: old.severity } : {}),
      });
      continue;
    }
    if (verdict === WEAK) {
      outdated.push({ clause: clause.index, reason: citedReason(r.weak!.reason, isCited), when: 'alone' });
      continue;
    }
    if (reading.kind === 'weak') {
      outdated.push({ clause: clause.index, reason: weakReason(reading, r, isCited), when: 'alone' });
      continue;
    }
    // A covering clause meets the requirement's required conditions (catalog `conditions[].required`): one that names
    // the measure without them (e-mail: an encrypted archive, no transport) is the old form (`unmetReason`) or not the
    // requirement at all, and its reason names the condition it fails. Only a clause whose own words name the measure
    // (a cover rule): a neutral clause that cites the standard's section stands for the whole requirement.
    const lacking = verdict === COVERS ? unmetRequired(r, clause, matcher) : undefined;
    if (lacking) {
      const why = eachLanguage((lang) => t('check.requiredUnmet', lang, lacking.label[lang]));
      if (lacking.unmetReason) {
        const reason = { ja: `${why.ja}${lacking.unmetReason.ja}`, en: `${why.en} ${lacking.unmetReason.en}` };
        outdated.push({ clause: clause.index, reason: citedReason(reason, isCited), when: 'alone' });
      } else related.push(noteOf(clause.index, 'partial', isCited ? citedSeparate(why) : why, isCited));
      continue;
    }
    covering.push(clause.index);
    evidence.set(
      clause.index,
      noteOf(clause.index, 'covers', coverReason(doc, clause.index, r, reading.found, isCited), isCited),
    );
  }
  // 「規程第12条第１項の規定にかかわらず、…境界に設置するサンドボックス装置により行う」「規程第14条の暗号化は、…添付ファイルを
  // 暗号化する方法により行う」: a rule that names a covering article and says how it applies decides for that article.
  if (covering.length) overrideByNumber(doc, covering, outdated, related, evidence, noteOf);
  // The covering clauses name only part of the scope (terminals, not servers): another clause gives the rest a lesser
  // measure or puts it off, or, where the requirement names the parts together, no clause gives it anything.
  const split = covering.length ? scopeSplitOf(r, covering, doc, matcher, catalog) : undefined;
  if (split) {
    const why = eachLanguage((lang) =>
      split.found === undefined
        ? t('check.scopePartOnly', lang, split.covered[lang], split.left[lang])
        : t(
            split.refused ? 'check.scopeRefused' : 'check.scopeSplit',
            lang,
            split.found,
            split.covered[lang],
            split.left[lang],
          ),
    );
    for (const c of covering.splice(0)) related.push(noteOf(c, 'limited', why, !!evidence.get(c)?.cited));
  }
  // 「第10条 …公式ウェブサイトについて、HTTPSによる暗号化を行わなければならない。２ 部局が開設するウェブサイトについては、…
  // 望ましい。」: a mandatory item required of one part, and only wished for (or kept in its old form) for the rest of the
  // article's scope, is its old form.
  if (r.level === 'mandatory' && covering.length)
    for (let k = 0; k < outdated.length; k++) {
      const oldClause = doc.clauses[outdated[k].clause];
      if (outdated[k].when === 'always') continue;
      if (!SCOPED_TOPIC.test(oldClause.norm.text)) continue;
      const article = articleOf(doc, oldClause);
      const partOnly = (c: number) =>
        articleOf(doc, doc.clauses[c]) === article && !EVERY.test(focusText(doc.clauses[c], r, matcher));
      if (article !== undefined && covering.some(partOnly)) outdated[k] = { ...outdated[k], when: 'always' };
    }
  // 「(1) …内外において…使用することができる。(2) 前号の場合において、…暗号化…を行うよう努める。」: the conditions of a
  // covering clause, set right after it, only as a wish.
  if (r.level === 'mandatory' && r.weak)
    for (const c of covering) {
      const next = doc.clauses[c + 1];
      if (!next || next.section !== doc.clauses[c].section || !BACK_CONDITION.test(next.norm.text)) continue;
      const rd = readClause(next.norm.text, catalog);
      if (rd.wish || rd.qualifier)
        outdated.push({ clause: next.index, reason: citedReason(r.weak.reason, false), when: 'always' });
    }
  const na = analysis.settings.notApplicable[r.id];
  const always = outdated.filter((o) => o.when === 'always');
  const relevantOutdated = always.length ? always : covering.length ? [] : outdated;
  const status = na
    ? 'not-applicable'
    : always.length
      ? 'outdated'
      : covering.length
        ? 'covered'
        : outdated.length
          ? 'outdated'
          : 'missing';
  for (const c of covering) note(analysis, c, r.id, 'cover');
  for (const o of relevantOutdated) note(analysis, o.clause, r.id, 'outdated');
  const ranges = status === 'outdated' ? relevantOutdated.map((o) => clauseRange(o.clause)) : covering.map(clauseRange);
  analysis.homes.set(r.id, homeOf(r, doc, analysis.catalog, matcher, titleRows));
  const approved = analysis.settings.exceptions[r.id];
  const exception = approved ? withExpiry(approved, analysis.settings.today) : undefined;
  const result: RequirementResult = {
    id: r.id,
    status,
    ranges,
    covering,
    outdated: status === 'outdated' ? relevantOutdated : [],
    notApplicableReason: na,
    ...(exception ? { exception } : {}),
  };
  const evidenceNotes =
    status === 'outdated'
      ? relevantOutdated.map((o) => noteOf(o.clause, 'outdated', o.reason, false))
      : status === 'covered'
        ? covering.map((c) => evidence.get(c)!)
        : [];
  explain(result, r, doc, matcher, analysis, evidenceNotes, related);
  return result;
}

/**
 * readFor, remembered per reading of the text (readClause's, which it keeps per text), requirement and options: a
 * clause is read for the same requirements again after every edit, and the requirement's limits are the costly part.
 * (Keyed by the reading object: when readClause reads the text again, so does this.)
 */
function readForRemembered(r: Requirement, text: string, catalog: Catalog, opts: ReadOptions = {}): ReadingVerdict {
  const rd = readClause(text, catalog);
  let byRequirement = verdictMemo.get(rd);
  if (!byRequirement) verdictMemo.set(rd, (byRequirement = new Map()));
  let byOptions = byRequirement.get(r);
  if (!byOptions) byRequirement.set(r, (byOptions = new Map()));
  const key = `${opts.label ? 'L' : '-'}${opts.definition ? 'D' : '-'}${opts.adviceFrame ?? ''}`;
  let verdict = byOptions.get(key);
  if (verdict === undefined) {
    verdict = readFor(r, text, catalog, opts);
    byOptions.set(key, verdict);
  }
  return verdict;
}

const verdictMemo = new WeakMap<object, Map<Requirement, Map<string, ReadingVerdict>>>();

/** For the tests: `candidates: false` makes evaluate() walk every clause, which candidateClauses must agree with. */
export const evaluation = { candidates: true };

/**
 * For each requirement (by index), the clauses evaluate() must look at, ascending: those whose verdict is not
 * NO_MATCH, and every clause that is cited or marked, or whose text the regulation's definitions expand (such a
 * clause may say something through them). The others say nothing of the requirement: evaluate() would pass them
 * by. Built once per analysis from the matcher's remembered rows, so requirements × clauses is not walked.
 */
function candidateClauses(
  doc: PolicyDocument,
  catalog: Catalog,
  verdicts: { arena: Int16Array; at: Int32Array },
  matcher: ConceptMatcher,
  cited?: Map<number, ClauseCitations>,
): number[][] {
  const n = catalog.requirements.length;
  const out: number[][] = [];
  for (let i = 0; i < n; i++) out.push([]);
  const defs = definitionSections(doc, catalog);
  const terms = hasDefinedTerms(doc);
  const clauses = doc.clauses;
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k];
    const every =
      clause.markers !== undefined ||
      cited?.has(clause.index) ||
      (terms && !defs.has(clause.section) && withDefinitions(clause, doc) !== undefined);
    if (every) {
      for (let i = 0; i < n; i++) out[i].push(k);
      continue;
    }
    const matching = matcher.matchingAt(verdicts.at[clause.index]);
    for (let j = 0; j < matching.length; j++) out[matching[j]].push(k);
  }
  return out;
}

/**
 * When the covering clauses name some parts of the scope only (`reading.scopeSplit`: terminals, servers): the clause
 * that gives a missing part only a lesser measure, or puts it off (`found`, its text cut); else, where the requirement
 * names its parts together (`requireAll`) and no clause gives the rest the same measure, no clause at all (`found`
 * undefined). Undefined when the scope is whole.
 */
function scopeSplitOf(
  r: Requirement,
  covering: number[],
  doc: PolicyDocument,
  matcher: ConceptMatcher,
  catalog: Catalog,
): { found?: string; covered: LocalizedText; left: LocalizedText; refused: boolean } | undefined {
  const split = r.reading?.scopeSplit;
  if (!split) return undefined;
  const names = (c: Clause, part: string) => matcher.has(c, r.id, part);
  const withText = (c: Clause, text: string) => ({ ...c, norm: { ...c.norm, text } }) as Clause;
  // In a paragraph of several sentences (「第11条 …端末にEDRを導入する。2 サーバ装置については、ウイルス対策ソフト
  // ウェアによる対策を行う。」) the parts are those of the sentences that meet the requirement; the others may give the
  // rest only the lesser measure.
  const focused = covering.map((i) => withText(doc.clauses[i], focusText(doc.clauses[i], r, matcher)));
  const missing = split.parts.filter((part) => !focused.some((c) => names(c, part)));
  if (!missing.length || missing.length === split.parts.length) return undefined;
  const named = (parts: string[]) =>
    eachLanguage((lang) =>
      parts
        .map((part) => split.partNames?.[split.parts.indexOf(part)]?.[lang] ?? part)
        .join(t('common.termSeparator', lang)),
    );
  const covered = named(split.parts.filter((part) => !missing.includes(part)));
  const left = named(missing);
  const rest = covering.flatMap((i, k) => {
    const c = doc.clauses[i];
    const others = sentencesOf(c.norm.text).filter((x) => !focused[k].norm.text.includes(x));
    return others.length && focused[k].norm.text !== c.norm.text ? [withText(c, others.join(''))] : [];
  });
  let sameGiven = false;
  for (const c of [...rest, ...doc.clauses]) {
    if (covering.includes(c.index) && !rest.includes(c)) continue;
    if (!missing.some((part) => names(c, part))) continue;
    // In the covering clause itself (「…端末に導入する。サーバ装置への同種の製品の導入については、今後検討する。」) the
    // measure is the one just named: a deferral or refusal of it leaves the part out.
    const inClause = rest.includes(c);
    const refusedHere = inClause && refuses(c.norm.text, catalog);
    // 「サーバ装置にも同様の製品を導入し、あわせて…定義ファイルを更新する」 gives the part the same measure too.
    if (!refusedHere && hasShared(matcher, c, r.id, 'reading-same-measure')) {
      sameGiven = true;
      continue;
    }
    // 「サーバ装置へのEDRの導入は、次期更改にあわせて行うこととし」: the part is put off or refused.
    const lesser = split.lesser.some((n) => matcher.has(c, r.id, n));
    const refused =
      refusedHere ||
      (!lesser && r.detect.cover.some((rule) => matcher.matches(c, r.id, rule)) && refuses(c.norm.text, catalog));
    if (refused || lesser) return { found: snippet(doc, c.index, 40), covered, left, refused };
  }
  return split.requireAll && !sameGiven ? { covered, left, refused: false } : undefined;
}

/** The start of a checklist item whose box is not ticked: 「☐ 」, 「- ☐ 」, GFM's "- [ ] ". */
const UNCHECKED_BOX = /^\s*(?:[-*+]\s+|[0-9]+[.)]\s+|\|\s*)?(?:\u2610|\[ \])/;

/**
 * The article a clause narrows by its number: 「規程第12条第１項の規定にかかわらず、」「規程第14条の暗号化は、」, "Notwithstanding
 * Article 12, …".
 */
function narrowedArticle(text: string): number | undefined {
  const m = NARROWS.exec(text);
  return m ? Number(m[1] ?? m[2]) : undefined;
}
const NARROWS =
  /(?:規程|規則|基準|要綱|本則|同)?第([0-9]+)条(?:第[0-9]+項)?(?:の規定にかかわらず|の[^、。]{1,12}(?:は|については)、)|\bnotwithstanding (?:article|section|clause) ([0-9]+)/;

/**
 * Where a clause narrows a covering article by its number (narrowedArticle), the article is read through it: a narrowing
 * clause that covers takes the article's place (its scope is the one that applies), one in an old form makes the
 * requirement outdated, one that limits, refuses or bans leaves the article limited.
 */
function overrideByNumber(
  doc: PolicyDocument,
  covering: number[],
  outdated: OutdatedEvidence[],
  related: ClauseNote[],
  evidence: Map<number, ClauseNote>,
  noteOf: (i: number, kind: ClauseNote['kind'], reason: LocalizedText, isCited: boolean) => ClauseNote,
): void {
  const narrowing = [
    ...covering,
    ...outdated.filter((o) => o.when === 'alone').map((o) => o.clause),
    ...related.filter((n) => NARROWING_KINDS.has(n.kind)).map((n) => n.clause),
  ];
  for (const by of narrowing) {
    const article = narrowedArticle(doc.clauses[by].norm.text);
    if (article === undefined) continue;
    const overridden = covering.filter((c) => c !== by && articleOf(doc, doc.clauses[c]) === article);
    if (!overridden.length) continue;
    const found = snippet(doc, by, 40);
    const why = eachLanguage((lang) => t('check.narrowedBy', lang, found));
    for (const c of overridden) {
      covering.splice(covering.indexOf(c), 1);
      related.push(noteOf(c, 'limited', why, !!evidence.get(c)?.cited));
    }
    const k = outdated.findIndex((o) => o.clause === by);
    if (k >= 0) outdated[k] = { ...outdated[k], when: 'always' };
  }
}
const NARROWING_KINDS = new Set<ClauseNote['kind']>([
  'limited',
  'negated',
  'prohibited',
  'excluded',
  'deferred',
  'weak',
]);

/** A clause that sets the conditions of the one before: 「前号の場合において」「前項の場合には」, "In the case of (1),". */
const BACK_CONDITION =
  /^(?:\(?[0-9]+\)?\s*)?(?:前(?:号|項|条|各号)の場合(?:において|には|は)|in (?:the case of|doing so under) (?:the preceding|paragraph|item))/;

/** A clause about some of the objects (「…ウェブサイトについては、」, "for sites run by departments,"). */
const SCOPED_TOPIC = /については、|に(?:ついて|関して)は、|^(?:[0-9.() ]+)?for [^,.;]{3,60},/;
/** A clause about all of them: then a wish for some of them adds to it. */
const EVERY = /全て|すべて|全部|全ての|一切の|\b(?:all|every|each|any)\b/;

/**
 * When the clause meets the requirement only with its proviso (ただし書), and the proviso refuses what it names, the
 * refusal; else undefined. A proviso that refuses something else is an exception to the duty, read elsewhere.
 */
function refusedInProviso(
  clause: Clause,
  r: Requirement,
  matcher: ConceptMatcher,
  catalog: Catalog,
): string | undefined {
  const rd = readClause(clause.norm.text, catalog);
  if (!rd.proviso) return undefined;
  const refusal = readClause(rd.proviso, catalog).negation;
  if (!refusal) return undefined;
  const main = { ...clause, norm: { ...clause.norm, text: rd.main } } as Clause;
  return r.detect.cover.some((rule) => matcher.matches(main, r.id, rule)) ? undefined : refusal;
}

/**
 * A sentence of the clause that names the requirement's own matter and leaves it to another rule (「…組織体制を確立する。
 * 推進体制の構成及び役割は、対策基準に定める。」): the clause states an aim, the content is elsewhere.
 */
function delegatedSentence(
  clause: Clause,
  r: Requirement,
  matcher: ConceptMatcher,
  catalog: Catalog,
): string | undefined {
  const sentences = sentencesOf(clause.norm.text);
  if (sentences.length < 2) return undefined;
  for (const sentence of sentences.slice(1)) {
    const delegated = delegatedIn(sentence.trim(), catalog);
    if (delegated && speaksOf(clause, sentence, r, matcher)) return delegated;
  }
  return undefined;
}

/** Whether a text puts a measure off or refuses it. */
function refuses(text: string, catalog: Catalog): boolean {
  const rd = readClause(text, catalog);
  return !!(rd.deferral || rd.negation);
}

/** The outdated rule the sentences of a clause that speak of the requirement match (see `focusText`), if any. */
function focusedOutdated(r: Requirement, clause: Clause, matcher: ConceptMatcher): number | undefined {
  const focus = focusText(clause, r, matcher);
  if (focus === clause.norm.text) return undefined;
  // (focusText made the memo: the clause has more than one sentence.)
  const memo = memoOf(clause, matcher);
  let old = memo.outdated.get(r);
  if (old === undefined) {
    const pseudo = { ...clause, norm: { ...clause.norm, text: focus } } as Clause;
    old = r.detect.outdated.findIndex((rule) => matcher.matches(pseudo, r.id, rule));
    memo.outdated.set(r, old);
  }
  return old >= 0 ? old : undefined;
}

/**
 * The sentences of a clause that say something about the requirement: in a paragraph of several sentences
 * (「…常時暗号化して運用する。2 ウェブサイトの更新は…できる。」) the predicate that counts is the one of the
 * sentence matching the requirement's rules. The whole text when no single sentence matches on its own.
 */
function focusText(clause: Clause, r: Requirement, matcher: ConceptMatcher): string {
  const text = clause.norm.text;
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return text;
  const memo = memoOf(clause, matcher);
  let focus = memo.focus.get(r);
  if (focus === undefined) {
    const rules = [...r.detect.cover, ...r.detect.outdated];
    // A ただし書 or a ※ note right after a sentence that meets the requirement belongs to it (「…常時SSL化を行う。※ 外部
    // 事業者のブログサービス等を利用して開設するものを除く。」): it stays in the focus, to be read as its proviso.
    let kept = false;
    const hits = sentences.filter((sentence) => {
      const pseudo = { ...clause, norm: { ...clause.norm, text: sentence } } as Clause;
      kept = rules.some((rule) => matcher.matches(pseudo, r.id, rule)) || (kept && PROVISO_START.test(sentence));
      return kept;
    });
    focus = hits.length ? hits.join('') : text;
    memo.focus.set(r, focus);
  }
  return focus;
}

/**
 * The parts of a clause that speak of the requirement, when some do not: a sentence, or in a sentence joined by
 * 「とともに、」 or 「ほか、」 a conjunct. 「…全てのウェブサイトの常時暗号化を行うとともに、送信ドメイン認証の導入に努める。」
 * speaks of the websites in its first part, and the effort of the second is not theirs. A part speaks of it when it
 * meets one of its rules or names what the requirement is made of (a condition's concept: the safeguards of a
 * mobile permission, sender authentication beside mail encryption). Undefined when every part (or none) speaks.
 */
function speakingParts(text: string, clause: Clause, r: Requirement, matcher: ConceptMatcher): string | undefined {
  const pieces = sentencesOf(text).flatMap((sentence) => sentence.split(CONJUNCT_SPLIT).filter((x) => x.trim()));
  if (pieces.length < 2) return undefined;
  const speaking = pieces.filter((piece) => speaksOf(clause, piece, r, matcher));
  return speaking.length && speaking.length < pieces.length ? speaking.join('') : undefined;
}

/**
 * Whether a part of a clause speaks of the requirement: it meets one of its rules, or names what the requirement is
 * made of (a concept of a condition that is not a frame).
 */
function speaksOf(clause: Clause, text: string, r: Requirement, matcher: ConceptMatcher): boolean {
  const pseudo = { ...clause, norm: { ...clause.norm, text } } as Clause;
  return (
    r.detect.cover.some((rule) => matcher.matches(pseudo, r.id, rule)) ||
    r.detect.outdated.some((rule) => matcher.matches(pseudo, r.id, rule)) ||
    (r.conditions ?? []).some((c) => !c.frame && c.any.some((concept) => matcher.has(pseudo, r.id, concept)))
  );
}

/** speakingParts() of the sentences that speak of the requirement (focusText), split at their conjuncts only. */
function conjunctFocus(clause: Clause, r: Requirement, matcher: ConceptMatcher): string | undefined {
  const focus = focusText(clause, r, matcher);
  return CONJUNCT.test(focus) ? speakingParts(focus, clause, r, matcher) : undefined;
}

const CONJUNCT = /(?:とともに|と共に|ほか)、/;
const CONJUNCT_SPLIT = /(?<=(?:とともに|と共に|ほか)、)/;

/**
 * A sentence that qualifies the one before: 「ただし、…」, 「端末については対象としない。」, "However, …", "Sites built before
 * 2018 are exempt …".
 */
const PROVISO_START =
  /^\s*(?:ただし|但し|※|なお、|provided\b|however\b|except\b|(?!(?:no|none|nothing|neither)\b)[^.;。]{0,100}\b(?:(?:is|are) (?:exempt(?:ed)?|excluded|not covered|not included)|(?:does|do|shall) not apply)\b|[^。]{0,40}(?:については|は)、?(?:対象としない|対象外とする|適用しない|この限りでない))/i;

/** What focusText and focusedOutdated found for a clause text read in given frames, per requirement. */
interface FocusMemo {
  context: string;
  near: string | undefined;
  focus: Map<Requirement, string>;
  /** The index of the outdated rule the focus matches, -1 for none. */
  outdated: Map<Requirement, number>;
}

/** FocusMemo per matcher (its catalog names the concepts) and clause text. */
const focusMemo = new WeakMap<ConceptMatcher, Map<string, FocusMemo>>();

/**
 * The memo of a clause: the rules read the sentences, the clause's context and its nearest frame
 * (ConceptMatcher.matchesWith), so the answers hold for the same text in the same frames — a clause is read for
 * the same requirements again after every edit.
 */
function memoOf(clause: Clause, matcher: ConceptMatcher): FocusMemo {
  const text = clause.norm.text;
  let byText = focusMemo.get(matcher);
  if (!byText) focusMemo.set(matcher, (byText = new Map()));
  let memo = byText.get(text);
  if (!memo || memo.context !== clause.context || memo.near !== clause.near) {
    if (byText.size >= 20_000) byText.clear();
    memo = { context: clause.context, near: clause.near, focus: new Map(), outdated: new Map() };
    byText.set(text, memo);
  }
  return memo;
}

/** The sentences of texts split lately (a clause is read for many requirements, and again after each edit). */
const sentenceMemo = new Map<string, string[]>();

const SHIELDED = '\uE000';
/** The text with every 「。」 inside parentheses or quotes (「（…を含む。以下同じ。）」) hidden from the sentence split. */
function shieldNested(text: string): string {
  if (!text.includes('。') || !/[(「『]/.test(text)) return text;
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(' || ch === '「' || ch === '『') depth++;
    else if ((ch === ')' || ch === '」' || ch === '』') && depth > 0) depth--;
    out += ch === '。' && depth > 0 ? SHIELDED : ch;
  }
  return out;
}

function sentencesOf(text: string): string[] {
  let sentences = sentenceMemo.get(text);
  if (sentences) return sentences;
  sentences = [];
  for (const part of shieldNested(text)
    .split(/(?<=。)|(?<=[.;] )(?=[a-z(])/)
    .map((x) => x.replaceAll(SHIELDED, '。').trim())
    .filter(Boolean)) {
    // A ただし書 belongs to the sentence before it: it may leave part of that sentence's scope out.
    // So does a 「なお、…はこの限りでない。」 that leaves something out.
    if (
      sentences.length &&
      /^(?:ただし|但し|provided|however|except|なお、?(?=[^。]{0,60}(?:この限りでない|この限りではない|適用しない|を除く)))/.test(
        part,
      )
    )
      sentences[sentences.length - 1] += part;
    else sentences.push(part);
  }
  if (sentenceMemo.size >= 20_000) sentenceMemo.clear();
  sentenceMemo.set(text, sentences);
  return sentences;
}

/**
 * The outdated rule the clause matches when read with the definitions of the terms it uses. Only the old form: a
 * definition may show what a clause's list is a list of, but coverage must be stated by the clause itself (a term
 * that meets the requirement only in the definitions is not coverage).
 */
function viaDefinitions(
  r: Requirement,
  clause: Clause,
  doc: PolicyDocument,
  matcher: ConceptMatcher,
): number | undefined {
  const text = withDefinitions(clause, doc);
  if (!text) return undefined;
  const pseudo = { ...clause, norm: { ...clause.norm, text } } as Clause;
  const old = r.detect.outdated.findIndex((rule) => matcher.matches(pseudo, r.id, rule));
  return old >= 0 ? old : undefined;
}

/**
 * Whether a clause cited for a requirement (a marker, a citation of the standard's section) meets one of its cover
 * rules with the items it introduces: its child items, or the numbered paragraphs (「(1)」「一」「1.」) that follow a
 * lead-in in the same section. A clause that introduces no items and points elsewhere (「別紙に定める手順に従うこと。」,
 * "as set out in the annex") stands for the measure; one that states a duty of its own that meets no cover rule (a
 * marker over 「モバイル端末を紛失した場合は報告すること」) does not.
 */
function citedWithSubstance(
  r: Requirement,
  clause: Clause,
  doc: PolicyDocument,
  matcher: ConceptMatcher,
  catalog: Catalog,
): boolean {
  const parts = withItemTexts(clause, doc);
  // A cited title (「7.2.1 電子メール（統一基準 7.2.1 対応）」) is a label: its paragraphs are read on their own.
  const elsewhere = POINTS_ELSEWHERE.test(clause.norm.text);
  if (!elsewhere && !readClause(clause.norm.text, catalog).predicate) return false;
  if (parts.length === 1) return elsewhere;
  const text = parts.join(' ');
  const pseudo = { ...clause, norm: { ...clause.norm, text } } as Clause;
  return r.detect.cover.some((rule) => matcher.matches(pseudo, r.id, rule));
}

/**
 * An old form read in a lead-in whose items complete it: 「CISOは、次により改善を指示しなければならない。(1) 全庁に共通する
 * 改善事項 推進班の長に対して (2) 所属に固有の改善事項 …」 meets the requirement with its items.
 */
function completedByItems(r: Requirement, clause: Clause, doc: PolicyDocument, matcher: ConceptMatcher): boolean {
  if (!LEAD_IN.test(clause.norm.text)) return false;
  const parts = withItemTexts(clause, doc);
  if (parts.length === 1) return false;
  const pseudo = { ...clause, norm: { ...clause.norm, text: parts.join(' ') } } as Clause;
  return r.detect.cover.some((rule) => matcher.matches(pseudo, r.id, rule));
}

/** A clause that leaves the content to another text: 「別紙」「別に定める」「手順に従う」, "as set out in", "in accordance with". */
const POINTS_ELSEWHERE =
  /別(?:紙|表|添|記|冊|途)|別に定め|定めるところ|手順(?:書)?に(?:従|よ)|実施(?:手順|要領|細則)|\b(?:as set out in|as specified in|as defined in|in accordance with|according to|see|under) (?:the )?(?:annex|appendix|schedule|procedure|standard|guideline|section)/;

/**
 * The headings above a clause, nearest first, without the document's title unless the clause sits right under it: a
 * handbook titled 「規程の抜粋とよくある質問」 frames its excerpt and its questions differently.
 */
function headingsAbove(doc: PolicyDocument, clause: Clause): string {
  const titles: string[] = [];
  for (let s = clause.section, n = 0; s >= 0 && n < 12; s = doc.sections[s].parent, n++) {
    const section = doc.sections[s];
    if (!section) break;
    if (s !== doc.titleSection || s === clause.section) titles.push(section.titleNorm);
    if (section.parent === s) break;
  }
  return titles.join(' ');
}

/** The first required condition (catalog `conditions[].required`) the clause does not meet, if any. */
function unmetRequired(r: Requirement, clause: Clause, matcher: ConceptMatcher): RequirementCondition | undefined {
  for (const c of r.conditions ?? []) {
    if (!c.required) continue;
    const met = c.any.some((name) => {
      try {
        return c.frame ? matcher.hasInContext(clause, r.id, name) : matcher.has(clause, r.id, name);
      } catch {
        // A condition naming a concept the catalog lacks (a synthetic or edited catalog) is simply not met.
        return false;
      }
    });
    if (!met) return c;
  }
  return undefined;
}

function citedSeparate(reason: ClauseNote['reason']): ClauseNote['reason'] {
  return {
    ja: `この条項は統一基準の該当箇所への対応を明記していますが、内容は別の義務です。${reason.ja}`,
    en: `The clause cites the standard for this requirement, but states a separate duty. ${reason.en}`,
  };
}

function hasSharedInRow(
  matcher: ConceptMatcher,
  row: number,
  layout: number,
  clause: Clause,
  id: string,
  name: string,
): boolean {
  try {
    return matcher.hasInRow(row, layout, clause, id, name);
  } catch {
    return false;
  }
}

function hasShared(matcher: ConceptMatcher, clause: Clause, id: string, name: string): boolean {
  try {
    return matcher.has(clause, id, name);
  } catch {
    return false;
  }
}

/** Readings that keep a clause from meeting the requirement at all: it is cited as related, never as evidence. */
const REFUSING = new Set<string>(REFUSING_READINGS);

/** The clause's nearest frame: its own heading, the list item it belongs to, a table's header row. */
function nearestFrame(doc: PolicyDocument, clause: Clause): string {
  const parts: string[] = [];
  if (clause.section >= 0) parts.push(doc.sections[clause.section].titleNorm);
  if (clause.parentClause !== undefined) parts.push(doc.clauses[clause.parentClause].norm.text);
  // A table row's context ends with its header row (see the model): keep that part.
  if (clause.kind === 'tableRow') parts.push(clause.context.slice(clause.context.lastIndexOf(' / ') + 3));
  return parts.join(' / ');
}

/**
 * The matcher's rows of the section titles, kept while the headings and the matcher's layout are the same (an edit
 * outside a heading): rows stay where they are until the matcher lays them out again (ConceptMatcher.layouts).
 */
function titleRowsOf(doc: PolicyDocument, matcher: ConceptMatcher): number[] {
  const headings = headingsOf(doc);
  const known = titleRowsMemo.get(matcher);
  if (known && known.headings === headings && known.layouts === matcher.layouts) return known.rows;
  const rows = doc.sections.map((s) => matcher.rowOf(s.titleNorm));
  titleRowsMemo.set(matcher, { headings, layouts: matcher.layouts, rows });
  return rows;
}

const titleRowsMemo = new WeakMap<ConceptMatcher, { headings: object; layouts: number; rows: number[] }>();

/** homeSection, kept per headings (model/carried.ts): it reads the sections' titles, depths and order only. */
function homeOf(
  r: Requirement,
  doc: PolicyDocument,
  catalog: Catalog,
  matcher: ConceptMatcher,
  titleRows: number[] | undefined,
): number {
  const headings = headingsOf(doc);
  let byCatalog = homes.get(headings);
  if (!byCatalog) homes.set(headings, (byCatalog = new WeakMap()));
  let byRequirement = byCatalog.get(catalog);
  if (!byRequirement) byCatalog.set(catalog, (byRequirement = new Map()));
  let home = byRequirement.get(r);
  if (home === undefined) {
    home = homeSection(r, doc, catalog, matcher, titleRows);
    byRequirement.set(r, home);
  }
  return home;
}

const homes = new WeakMap<object, WeakMap<Catalog, Map<Requirement, number>>>();

/** The section where a clause for the requirement belongs: the deepest one whose heading names its topic. */
export function homeSection(
  r: Requirement,
  doc: PolicyDocument,
  catalog: Catalog,
  matcher?: ConceptMatcher,
  titleRows?: number[],
): number {
  let best = -1;
  let bestScore = -1;
  const concepts = r.home.map((concept) => catalog.concept(r.id, concept));
  const sections = doc.sections;
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k];
    // Counted without a closure or an array per section: this runs for every section and requirement.
    let hits = 0;
    for (let j = 0; j < concepts.length; j++) {
      const c = concepts[j];
      let hit: boolean;
      if (matcher && titleRows) hit = matcher.rowHas(titleRows[s.index], s.titleNorm, c);
      else if (matcher) hit = matcher.textHas(s.titleNorm, c);
      else {
        const pattern = c.pattern;
        pattern.lastIndex = 0;
        hit = pattern.test(s.titleNorm);
      }
      if (hit) hits++;
    }
    if (!hits) continue;
    // More topic words first, then the more specific (deeper) heading, then the first in the document.
    const score = hits * 10 + s.depth;
    if (score > bestScore) {
      best = s.index;
      bestScore = score;
    }
  }
  return best;
}

function severityFor(
  id: string,
  kind: FindingKind,
  r: Requirement | undefined,
  settings: DocumentSettings,
): Severity | 'off' {
  const configured = settings.severity[id];
  if (configured) return configured;
  if (kind === 'configuration') return 'warning';
  if (kind === 'outdated-edition') return 'warning';
  return r?.level === 'mandatory' ? 'warning' : 'information';
}

/** The matcher's rows of the headings, then of the clauses (as addEditionFindings numbers its texts). */
function textRows(titleRows: number[], clauseRows: Int32Array): Int32Array {
  const rows = new Int32Array(titleRows.length + clauseRows.length);
  rows.set(titleRows);
  rows.set(clauseRows, titleRows.length);
  return rows;
}

function addFindings(
  analysis: PolicyAnalysis,
  options: CheckOptions,
  matcher: ConceptMatcher,
  rows?: Int32Array,
): void {
  const lang = options.language ?? 'ja';
  const { document: doc, lines, catalog } = analysis;
  const editionTitle = (id: string) =>
    catalog.data.editions.find((e) => e.id === id)?.title ?? catalog.data.editions[0].title;
  const push = (f: Omit<Finding, 'message' | 'range' | 'severity'> & { severity: Severity | 'off' }) => {
    if (f.severity === 'off') return;
    analysis.findings.push({
      ...f,
      severity: f.severity,
      message: pick(f.messages, lang),
      range: lines.rangeOf(f.start, f.end),
    });
  };
  for (const result of analysis.requirements) {
    const r = catalog.byId.get(result.id)!;
    if (result.exception && (result.status === 'missing' || result.status === 'outdated')) {
      // A running exception: the deviation is approved, nothing to report. An expired one: reported again.
      if (!result.exception.expired) continue;
      const [start, end] = exceptionKeyRange(doc, r.id);
      push({
        code: r.id,
        kind: 'exception-expired',
        severity: 'warning',
        messages: expiredMessage(r, result.exception),
        start,
        end,
        related: [],
        data: { id: r.id, kind: 'exception-expired', key: `exceptions.${r.id}` },
      });
    }
    if (result.status === 'missing') {
      const home = analysis.homes.get(r.id) ?? -1;
      const [start, end] = anchorFor(doc, home);
      const base = missingMessage(r, editionTitle(r.edition));
      const why = result.organizationReason;
      push({
        code: r.id,
        kind: 'missing',
        severity: severityFor(r.id, 'missing', r, analysis.settings),
        messages: why ? { ja: `${base.ja} ${why.ja}`, en: `${base.en} ${why.en}` } : base,
        start,
        end,
        related: (result.related ?? []).slice(0, 3).map((n) => ({ range: n.range, message: pick(n.reason, lang) })),
        data: { id: r.id, kind: 'missing' },
      });
    } else if (result.status === 'outdated') {
      for (const o of result.outdated) {
        const clause = doc.clauses[o.clause];
        const related = result.covering.slice(0, 3).map((c) => ({
          range: lines.rangeOf(doc.clauses[c].start, doc.clauses[c].end),
          message: t('check.coveringClause', lang),
        }));
        push({
          code: r.id,
          kind: 'outdated',
          severity:
            analysis.settings.severity[r.id] ?? o.severity ?? severityFor(r.id, 'outdated', r, analysis.settings),
          messages: outdatedMessage(r, o.reason),
          start: clause.start,
          end: clause.end,
          related,
          data: { id: r.id, kind: 'outdated', clause: o.clause },
        });
      }
    }
  }
  addEditionFindings(analysis, push, matcher, rows);
  addPlaceholderFindings(analysis, push);
  for (const p of analysis.settings.problems) {
    const [start, end] = frontMatterKeyRange(doc, p.key);
    push({
      code: 'configuration',
      kind: 'configuration',
      severity: 'warning',
      messages: p.message,
      start,
      end,
      related: [],
      data: { id: 'configuration', kind: 'configuration', key: p.key },
    });
  }
  analysis.findings.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}

function expiredMessage(r: Requirement, e: RequirementException): { ja: string; en: string } {
  return {
    ja: `${r.title.ja} の例外措置の期限（${e.expires}、承認: ${e.approver}）が過ぎています。対応するか、例外措置を改めて承認してください。`,
    en: `The exception for ${r.title.en} expired on ${e.expires} (approved by ${e.approver}): meet the requirement or renew the exception.`,
  };
}

/** The front-matter entry of an exception (`exceptions:` … `<id>:`), else the title (kijun.json's exceptions). */
function exceptionKeyRange(doc: PolicyDocument, id: string): [number, number] {
  const fm = doc.frontMatter;
  if (fm) {
    const block = fm.raw.search(/exceptions/);
    const at = block >= 0 ? fm.raw.indexOf(id, block) : -1;
    if (at >= 0) return [fm.rawStart + at, fm.rawStart + at + id.length];
  }
  return anchorFor(doc, -1);
}

/** Where a missing finding is shown: the heading of its home section, else the title, else line 1. */
export function anchorFor(doc: PolicyDocument, home: number): [number, number] {
  const section: Section | undefined = home >= 0 ? doc.sections[home] : doc.sections[doc.titleSection];
  if (section) return [section.headingStart, trimmedEnd(doc.text, section.headingStart, section.headingEnd)];
  const firstLineEnd = doc.text.search(/\r?\n|\r|$/);
  // After the front matter, else after a leading byte-order mark (it is not on any line the user sees).
  const start = doc.frontMatter
    ? Math.min(doc.text.length, doc.frontMatter.end)
    : doc.text.charCodeAt(0) === 0xfeff
      ? 1
      : 0;
  return [start, Math.max(start, Math.max(firstLineEnd, start))];
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

function frontMatterKeyRange(doc: PolicyDocument, key: string): [number, number] {
  const fm = doc.frontMatter;
  if (!fm) return [0, 0];
  const last = key.split('.').pop() ?? '';
  if (last) {
    const i = fm.raw.indexOf(last);
    if (i >= 0) return [fm.rawStart + i, fm.rawStart + i + last.length];
  }
  return [fm.start, Math.min(fm.end, fm.start + 3)];
}

function addEditionFindings(
  analysis: PolicyAnalysis,
  push: (f: Omit<Finding, 'message' | 'range' | 'severity'> & { severity: Severity | 'off' }) => void,
  matcher: ConceptMatcher,
  known?: Int32Array,
): void {
  const { document: doc, catalog } = analysis;
  const check = catalog.data.editionCheck;
  // The headings, then the clauses: text i is a heading for i < headings (no object per text).
  const headings = doc.sections.length;
  const count = headings + doc.clauses.length;
  const normAt = (i: number): NormalizedText =>
    i < headings ? doc.sections[i].heading : doc.clauses[i - headings].norm;
  const severity = severityFor(check.id, 'outdated-edition', undefined, analysis.settings);
  const skip = (check.skipContext ?? []).map((name) => catalog.concept(undefined, name));
  // Only the signals checked against this edition (`from` / `until`); `{edition}` in a reason names it.
  const title = catalog.data.editions.find((e) => e.id === analysis.edition)?.title;
  const fill = (t: string, lang: 'ja' | 'en') =>
    fillTerms(title ? t.replaceAll('{edition}', title[lang]) : t, catalog.data, analysis.edition, lang);
  // Each text is looked up once; the matcher then answers for every signal.
  // (Looked up while the verdicts were, when the caller has them.)
  let rows = known;
  if (!rows || rows.length !== count) {
    rows = new Int32Array(count);
    for (let i = 0; i < count; i++) rows[i] = matcher.rowOf(normAt(i).text);
  }
  for (const signal of catalog.signals) {
    const messages = { ja: fill(signal.reason.ja, 'ja'), en: fill(signal.reason.en, 'en') };
    const concept = catalog.concept(undefined, signal.concept);
    const pattern = concept.pattern;
    for (let i = 0; i < count; i++) {
      // Most texts do not mention the signal: the matcher's remembered answer saves the search (and reading the
      // text, when the row knows it).
      if (matcher.rowKnows(rows[i], concept) === false) continue;
      const norm = normAt(i);
      if (!matcher.rowHas(rows[i], norm.text, concept)) continue;
      const clause: Clause | undefined = i < headings ? undefined : doc.clauses[i - headings];
      if (clause?.disabled?.has(check.id) || clause?.disabled?.has('all')) continue;
      if (clause && skip.some((c) => matcher.textHas(clause.context, c))) continue;
      for (const [from, to] of findAll(pattern, norm.text, 1)) {
        const { start, end } = originalSpan(norm, from, to);
        push({
          code: check.id,
          kind: 'outdated-edition',
          severity,
          messages,
          start,
          end,
          related: [],
          data: { id: check.id, kind: 'outdated-edition', clause: clause?.index },
        });
      }
    }
  }
}
