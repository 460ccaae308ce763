import type { NormalizedText } from '../text/normalize';

/** A clause or section number as the author wrote it, recognised. */
export interface ClauseNumber {
  /** What kind of numbering: decides how a sibling's next number is written. */
  kind:
    | 'article' // 第3条
    | 'chapter' // 第1章 / 第2節 / 第1部 / 第1編 / 第1款
    | 'ordinal' // 第１ (without a unit)
    | 'decimal' // 7.1.1
    | 'paren-digit' // (1) （１）
    | 'circled-paren-digit' // ⑴
    | 'circled-digit' // ①
    | 'paren-latin' // (a)
    | 'paren-kana' // (ア)
    | 'kana' // ア
    | 'kanji-item' // 一、
    | 'digit' // 1. / １．/ 2 (paragraph number)
    | 'hybrid'; // 2101-54
  /** The number's text exactly as written, e.g. 「第１２条」. */
  raw: string;
  /** The last number as an integer (12 for 第十二条, 3 for 7.1.3, 2 for (b)). */
  value: number;
  /** For 'chapter': the unit (章, 節, 部, 編, 款). For 'decimal': the parts. */
  unit?: string;
  parts?: number[];
  /** Uses full-width digits or kanji numerals, so a generated sibling should too. */
  style: 'ascii' | 'fullwidth' | 'kanji';
  /** Length in UTF-16 units of the number and the separator after it in the source text. */
  length: number;
}

export type ClauseKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'article';

/** The smallest unit of policy text that can cover a requirement. */
export interface Clause {
  index: number;
  kind: ClauseKind;
  /** Offsets in the document: [start, end). */
  start: number;
  end: number;
  /** Normalized text of the clause itself (without nested list items). */
  norm: NormalizedText;
  /** Normalized text of what frames it: the section headings above it, the list item it belongs to. */
  context: string;
  /**
   * The nearest frame only: the clause's own heading, the list item it belongs to, the table header (a chapter
   * named 「電子メール・ウェブ」 frames both of its sub-sections; the nearest heading tells them apart). Set when
   * the document is assembled (model/parse.ts), else by the checker.
   */
  near?: string;
  number?: ClauseNumber;
  /** Index of the section the clause belongs to, -1 before the first heading. */
  section: number;
  /** The list item whose children this clause is, if any. */
  parentClause?: number;
  /** Requirement ids that a kijun-disable-next-line comment switches off for this clause. */
  disabled?: Set<string>;
  /** Requirement ids an explicit marker (<!-- kijun: id -->) attributes to this clause. */
  markers?: Set<string>;
}

export interface Section {
  index: number;
  depth: number;
  /** Heading text as written (inline markup removed). */
  title: string;
  titleNorm: string;
  /** The heading text normalized, with its map to the source (for findings inside headings). */
  heading: NormalizedText;
  number?: ClauseNumber;
  /** Offsets of the heading line. */
  headingStart: number;
  headingEnd: number;
  /** Offsets of the whole section up to the next heading of the same or a higher level. */
  start: number;
  end: number;
  /** End of the section's own content, before its first sub-section. */
  ownEnd: number;
  parent: number;
  children: number[];
  /** Clause indices directly in this section (not in sub-sections). */
  clauses: number[];
}

/** A place where an explicit list (ordered list, numbered paragraphs) of siblings ends: where to insert. */
export interface ListBlock {
  section: number;
  start: number;
  end: number;
  ordered: boolean;
  /** Marker of the last item as written, e.g. "1." or "-". */
  lastMarker: string;
  lastNumber?: ClauseNumber;
  indent: string;
  items: number;
}

export interface FrontMatter {
  start: number;
  end: number;
  /** Raw YAML between the fences. */
  raw: string;
  /** Offset of the YAML text (after the opening fence). */
  rawStart: number;
  data: Record<string, unknown> | null;
  error?: string;
}

export interface PolicyDocument {
  text: string;
  sections: Section[];
  clauses: Clause[];
  lists: ListBlock[];
  frontMatter?: FrontMatter;
  /** The first heading of depth 1, or the first heading. */
  titleSection: number;
  /** The line-break style to use for inserted text. */
  eol: '\n' | '\r\n';
  /** Spans of text that is not policy (code, comments, quotes, front matter): [start, end). */
  ignored: Array<[number, number]>;
  /**
   * The heading and clause texts that hold a circle or a cross (model/parse.ts CIRCLED), in document order: where
   * placeholders may be (checker/placeholders.ts). Absent: not known, every text is searched.
   */
  circled?: { headings: NormalizedText[]; clauses: NormalizedText[] };
}
