export type Level = 'mandatory' | 'recommended';
export type Language = 'ja' | 'en';

export interface LocalizedText {
  ja: string;
  en: string;
}

/**
 * One way a clause can express a requirement: every concept of `all` appears in the clause, every concept of
 * `context` appears in the clause or in what frames it (its headings, the list item it belongs to), at least
 * one of `any` (when given) appears in the clause, every concept of `near` appears in the clause or its nearest
 * frame, and none of `none` does.
 */
export interface DetectRule {
  all?: string[];
  context?: string[];
  /** Like `context`, but only the nearest frame counts: the clause's own heading, parent list item, table header. */
  near?: string[];
  any?: string[];
  none?: string[];
}

export interface OutdatedRule extends DetectRule {
  /** Why the revision replaced such a clause. */
  reason: LocalizedText;
  /**
   * `always`: the clause contradicts the revision, so the requirement is outdated even if another clause
   * covers it. `alone`: the old measure is fine as a complement, outdated only when nothing covers the
   * requirement.
   */
  when: 'always' | 'alone';
  /** Severity of the finding when the settings do not set one (a stricter ban that still meets the standard: information). */
  severity?: 'information' | 'hint';
}

/**
 * A clause that states a different duty which remains in force (an audit report, SPF alone, 誤送信防止,
 * pattern-file antivirus): it does not meet the requirement, and is cited as related context with `reason`.
 */
export interface RelatedRule extends DetectRule {
  reason: LocalizedText;
}

/** A condition a covering clause meets (who / what / over which scope / how firmly), for the reasons of a verdict. */
export interface RequirementCondition {
  id: string;
  aspect: 'who' | 'what' | 'scope' | 'how';
  label: LocalizedText;
  /** Met when any of these concepts occurs in the clause (or, with `frame`, in what frames it). */
  any: string[];
  frame?: boolean;
  /**
   * A covering clause must meet it (email-encryption: the transport, not only the content): a clause that matches a
   * cover rule but not this condition is never evidence. With `unmetReason` it is the requirement's pre-revision form
   * (outdated, unless another clause covers it); without, it is cited as related (the requirement is missing).
   */
  required?: boolean;
  /** Why a clause lacking this required condition is the pre-revision form (makes it outdated, when alone). */
  unmetReason?: LocalizedText;
}

/** How a clause's predicate is read for this requirement (reading/read.ts). */
export interface RequirementReading {
  /** Concepts naming what the requirement covers in full (all sites, every terminal): a clause limited to a subset of them does not meet it. */
  scope?: string[];
  /** Concepts of the subset the pre-revision rule named (login/form pages): limited to it, a mandatory requirement is outdated, not missing. */
  preRevisionSubset?: string[];
  /** Why such a pre-revision subset is outdated. */
  subsetReason?: LocalizedText;
  /** The requirement is itself a permission (「…利用することができる」): permissive wording is its coverage, not a weakness. */
  permission?: boolean;
  /**
   * For a requirement without `scope`: the class the requirement itself names (要機密情報 for DRM). A clause applying
   * the measure only to that class is not limited; only to another part (「人事評価ファイルに限って」) it is.
   */
  wholeScope?: string[];
  /**
   * The condition (an id of `conditions`) a permission depends on (mobile devices: the safeguards): a clause that
   * grants it meets the requirement only when one of its concepts occurs in it or in another clause of its section.
   */
  conditionalOn?: string;
  /**
   * The parts of the scope the requirement names together (terminals; servers) and the lesser measures of its
   * subject (pattern-file antivirus): when the covering clauses name some parts only and another clause gives a
   * missing part only a lesser measure (「サーバ装置には定義ファイルによる対策ソフトを導入する」), the scope is split and
   * the requirement is not met.
   */
  scopeSplit?: { parts: string[]; lesser: string[]; partNames?: LocalizedText[]; requireAll?: boolean };
}

export interface Reference {
  /** Section of the standard, e.g. "7.2.1(1)". */
  section: string;
  /** false: from memory, not checked against the published text; the UI says 参考 / "to be verified". */
  verified: boolean;
  document: LocalizedText;
}

export interface Requirement {
  id: string;
  title: LocalizedText;
  level: Level;
  /**
   * Edition that introduced the requirement, e.g. "h30" (an id of `CatalogData.editions`). The requirement applies
   * to this edition and every later one, until `removed`.
   */
  edition: string;
  /** Edition from which the requirement no longer applies (it was dropped or merged into another); absent: still applies. */
  removed?: string;
  /**
   * What later editions changed, by edition id: each change replaces the fields it gives (a whole field, not a
   * part of it; `concepts` adds names, it may not redefine one) for that edition and the ones after it, and says
   * what changed in `note`. Checking against an edition uses the requirement as its latest change up to that
   * edition left it (see `requirementsFor` in catalog/index.ts).
   */
  changes?: Record<string, RequirementChange>;
  /** Set on the requirement as an edition sees it when a change applies: the id of the latest edition that changed it. */
  variant?: string;
  /** What the edition in `edition` did to the requirement, in the words of its summary (messages, hovers, docs). */
  revision?: Revision;
  reference: Reference;
  /** One sentence: what a covering clause says. */
  summary: LocalizedText;
  /** What the requirement asks and why (Markdown). */
  explanation: LocalizedText;
  /** Concepts naming the section where a clause for this requirement belongs (e.g. the e-mail section). */
  home: string[];
  detect: {
    cover: DetectRule[];
    outdated: OutdatedRule[];
    /** Separate duties that remain in force: never coverage, cited as related (RelatedRule). */
    related?: RelatedRule[];
  };
  /** What a covering clause must say, condition by condition (the reasons of a verdict). */
  conditions?: RequirementCondition[];
  /** How the predicate of a clause is read for this requirement: scope, pre-revision subset, permission. */
  reading?: RequirementReading;
  /** Concepts local to this requirement (name → term patterns). */
  concepts?: Record<string, string[]>;
  /**
   * A mandatory requirement written as a wish or a mere permission (望ましい, 努める, ことができる) is the form the
   * revision replaced: a covering clause with any of `concepts`, or with a `qualifiers` concept (必要に応じて) but no
   * obligation ending, counts as outdated unless another clause covers the requirement firmly.
   */
  weak?: { concepts: string[]; qualifiers?: string[]; reason: LocalizedText };
  /** A clause to start from, in VS Code snippet syntax: ${1:情報システムセキュリティ責任者}. */
  template: LocalizedText;
  /** Snippet prefixes. */
  prefixes: string[];
  /** Public sources behind the facts, with their confidence. */
  sources?: Array<{ title: string; confidence: 'S' | 'P' | 'U'; url?: string }>;
}

/**
 * What an edition did to a requirement, said exactly (never 「義務とされた」 for all of them): only web-encryption and
 * email-encryption were newly made mandatory by the FY2018 revision (義務化を新設); mobile-devices is a new permission
 * (可能とする規定を新設); domain-names was reviewed and relaxed (規定を見直し); iot-devices was clarified and given added
 * provisions (明確化・規定を追加); issue reporting, improvement instructions and the promotion structure are provisions
 * arranged (規定を整備・明確化); the three recommended ones were recommended (導入を推奨). `changed`: the provision existed in
 * an earlier edition and this edition revised it (not an addition).
 */
export interface Revision {
  kind:
    | 'newly-mandatory'
    | 'new-permission'
    | 'relaxed'
    | 'clarified'
    | 'arranged'
    | 'recommended'
    | 'reorganised'
    | 'added'
    | 'changed';
  /** What the edition did, short enough for a message: 「義務化を新設」 / "newly made mandatory". */
  did: LocalizedText;
  /** The source's own words, where a public source was seen. */
  quote?: string;
  /** Confidence of `did` ([S] seen in a public source, [P] probable); S when absent (the FY2018 summary). */
  confidence?: 'S' | 'P' | 'U';
}

/** What one edition changed in a requirement (`Requirement.changes`). */
export type RequirementChange = Partial<
  Pick<
    Requirement,
    | 'title'
    | 'level'
    | 'revision'
    | 'reference'
    | 'summary'
    | 'explanation'
    | 'home'
    | 'detect'
    | 'concepts'
    | 'weak'
    | 'template'
    | 'sources'
    | 'conditions'
    | 'reading'
  >
> & {
  /** What changed and why, in one or two sentences (shown by `kijun editions --diff` and in hovers). */
  note: LocalizedText;
};

/**
 * A signal of the document check: a concept naming an older edition or one of its terms. `from` / `until`
 * (inclusive edition ids) limit the editions it is checked against: the FY2018 title of the standard is outdated
 * only against the FY2021 edition and later (`from: r3`). `{edition}` in a reason stands for the title of the
 * edition checked against.
 */
export interface EditionSignal {
  concept: string;
  reason: LocalizedText;
  /** What the signal finds, for listings (`kijun editions --diff`). */
  label?: LocalizedText;
  from?: string;
  until?: string;
}

export interface EditionCheck {
  id: 'outdated-edition';
  title: LocalizedText;
  explanation: LocalizedText;
  /** Concepts that name an older edition, or its terms, with why each is outdated. */
  signals: EditionSignal[];
  /** Concepts of a clause's frame (headings, table header) where a signal is history, not the basis. */
  skipContext?: string[];
}

/** An edition of the Common Standards Kijun can check against; `CatalogData.editions` lists them oldest first. */
export interface Edition {
  id: string;
  title: LocalizedText;
  /** The edition's name in its era (令和5年度版: 令和, 5); absent for a guideline-only update (see `standard`). */
  era?: EraYear;
  /** The Western fiscal year the edition is named by (FY2023); absent for a guideline-only update. */
  fiscalYear?: number;
  /** Date of the decision (YYYY-MM-DD, or YYYY-MM when only the month is known). */
  date: string;
  /**
   * The edition of the 統一基準 itself this edition belongs to, when it is an update of the guideline only (the
   * 2024-07 guideline update belongs to the FY2023 edition, r5): citing that edition is current, not outdated.
   */
  standard?: string;
  /** What the edition changed, in a sentence or two (listings, docs). */
  summary?: LocalizedText;
  /** Confidence of `summary` ([S] seen in a public source, [P] probable, [U] unverified). */
  confidence?: 'S' | 'P' | 'U';
}

/** A Japanese era editions are named in: 令和 (reiwa, R5), whose first year (元年) is 2019. */
export interface Era {
  name: string;
  romaji: string;
  letter: string;
  firstYear: number;
}

export interface EraYear {
  /** `Era.name`. */
  name: string;
  year: number;
}

export interface CatalogData {
  editions: Edition[];
  /** Editions older than any in `editions` (FY2014, FY2016): cited, they are outdated; never checked against. */
  olderEditions?: Edition[];
  /** The eras `Edition.era` names. */
  eras?: Era[];
  /** The terms editions replaced (old → new): one list, see catalog/terms.ts. */
  replacementTerms?: import('./terms').ReplacementTerm[];
  /** The roles of the standard and their English names: one list for every English text and template. */
  roles?: LocalizedText[];
  defaultEdition: string;
  concepts: Record<string, string[]>;
  /**
   * Every requirement of every edition, as it first appeared (with its later `changes`). What one edition
   * checks: `Catalog.requirements` of `getCatalog(edition)`.
   */
  requirements: Requirement[];
  editionCheck: EditionCheck;
}

/**
 * A clause in a requirement's `examples:` (catalog/requirements/<id>.yaml), in the style of remark-lint's @example:
 * the text under the policy title (and `heading`, when given) gets the status of its kind. A bare string is `{ text }`.
 */
export interface RequirementExample {
  text: string;
  heading?: string;
  /** Why the example is there (the test name shows it). */
  note?: string;
  /** Decoys: the kind of related clause the missing result cites (negated, deferred, limited, separate-duty …). */
  related?: string;
  /** Outdated: a fragment of the reason the finding gives. */
  reason?: string;
}

/** The examples of a requirement by the status they get; test/requirements/examples.test.ts runs every one. */
export interface RequirementExamples {
  /** Clauses that meet it. */
  covered: Array<string | RequirementExample>;
  /** The pre-revision form (or a mandatory duty worded as a wish): outdated, the finding on the clause. */
  outdated: Array<string | RequirementExample>;
  /** The words without the duty (negation, scope limits, labels, separate duties …): missing. */
  decoys: Array<string | RequirementExample>;
  /** Covering text where it is not policy text (code block, comment, quote): missing. */
  ignored: Array<string | RequirementExample>;
}

/** A requirement as its YAML file has it: scripts/generate.mjs leaves `examples` out of the bundled catalog. */
export interface RequirementSource extends Requirement {
  examples: RequirementExamples;
}
