export type Level = 'mandatory' | 'recommended';
export type Language = 'ja' | 'en';

export interface LocalizedText {
  ja: string;
  en: string;
}

/**
 * One way a clause can express a requirement: every concept of `all` appears in the clause, every concept of
 * `context` appears in the clause or in what frames it (its headings, the list item it belongs to), at least
 * one of `any` (when given) appears in the clause, and none of `none` does.
 */
export interface DetectRule {
  all?: string[];
  context?: string[];
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
  /** Edition that introduced the requirement, e.g. "h30". */
  edition: string;
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
  };
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
  sources?: Array<{ title: string; confidence: 'S' | 'P' | 'U' }>;
}

export interface EditionCheck {
  id: 'outdated-edition';
  title: LocalizedText;
  explanation: LocalizedText;
  /** Concepts that name an older edition, or its terms, with why each is outdated. */
  signals: Array<{ concept: string; reason: LocalizedText }>;
  /** Concepts of a clause's frame (headings, table header) where a signal is history, not the basis. */
  skipContext?: string[];
}

export interface Edition {
  id: string;
  title: LocalizedText;
  date: string;
}

export interface CatalogData {
  editions: Edition[];
  defaultEdition: string;
  concepts: Record<string, string[]>;
  requirements: Requirement[];
  editionCheck: EditionCheck;
}
