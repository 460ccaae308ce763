import type { ApprovedException, RequirementException } from './exceptions';
import type { Language, LocalizedText } from '../catalog/types';
import type { Range } from '../text/lineIndex';
import type { RefusingReading } from '../reading/read';

export type Status = 'covered' | 'missing' | 'outdated' | 'not-applicable';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** `limit`: the document was not checked (guard/limits.ts); the finding says why. */
export type FindingKind =
  | 'missing'
  | 'outdated'
  | 'outdated-edition'
  | 'configuration'
  | 'limit'
  | 'placeholder'
  | 'exception-expired';

export interface OutdatedEvidence {
  clause: number;
  reason: LocalizedText;
  when: 'always' | 'alone';
  /** Severity the catalog gives this finding (a stricter ban: information); settings win. */
  severity?: Severity;
}

/** How a clause was read for a requirement (reading/read.ts, or a related rule of the catalog). */
export type ClauseReadingKind =
  | 'covers'
  | 'outdated'
  | 'weak'
  | 'limited'
  | 'separate-duty'
  | 'partial'
  | RefusingReading;

/** A clause cited for a requirement, with why: the evidence of a verdict, or a related clause that does not meet it. */
export interface ClauseNote {
  clause: number;
  range: Range;
  kind: ClauseReadingKind;
  reason: LocalizedText;
  /** The author cited the standard's section for this requirement, or marked the clause with <!-- kijun: id -->. */
  cited?: boolean;
}

/** One condition of a requirement (who / what / scope / how firmly) and whether the evidence clause meets it. */
export interface ConditionResult {
  id: string;
  aspect: 'who' | 'what' | 'scope' | 'how';
  label: LocalizedText;
  met: boolean;
  /** What was found (the matched words) or what is lacking. */
  detail: LocalizedText;
}

export interface RequirementResult {
  id: string;
  status: Status;
  /** Where the evidence is: covering clauses, or the outdated clauses. Empty when missing. */
  ranges: Range[];
  /** Clause indices covering the requirement. */
  covering: number[];
  outdated: OutdatedEvidence[];
  notApplicableReason?: string;
  /** Why the organisation setting changed the verdict (checker/organization.ts). */
  organizationReason?: LocalizedText;
  /** An approved exception (例外措置) recorded for the requirement; `status` still says what the text does. */
  exception?: RequirementException;
  /** Why the status: one or two sentences naming the evidence (or nearest) clause and what it says or lacks. */
  reason?: LocalizedText;
  /** The clause the reason is about: the first evidence clause, else the nearest one (-1: none). */
  evidenceClause?: number;
  /** Condition by condition, on the evidence (or nearest) clause. */
  conditions?: ConditionResult[];
  /** Clauses about the requirement that do not meet it (negated, limited, a separate duty…), with why. */
  related?: ClauseNote[];
  /** The evidence clauses with how each was read. */
  evidence?: ClauseNote[];
}

export interface RelatedInformation {
  range: Range;
  message: string;
}

/** What a quick fix needs to know about a finding. */
export interface FindingData {
  id: string;
  kind: FindingKind;
  /** For outdated findings: the outdated clause. */
  clause?: number;
  /** For configuration findings: the key that is wrong. */
  key?: string;
}

export interface Finding {
  code: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  messages: LocalizedText;
  range: Range;
  /** Offsets of the range in the document. */
  start: number;
  end: number;
  related: RelatedInformation[];
  data: FindingData;
}

export interface CheckOptions {
  /** Treat the text as a policy even when it does not look like one (a file named on the command line). */
  force?: boolean;
  language?: Language;
  /**
   * The edition to check against: an edition id or a spelling of one (R5, 令和５年度版, FY2023), or `auto` /
   * undefined for the basis the policy declares (front matter still wins over an option).
   */
  edition?: string;
  /** The kind of body (kijun.json `organization`; front matter overrides): decides ac.jp and the templates' wording. */
  organization?: 'ministry' | 'agency' | 'higher-education';
  /** Where `edition` came from, for the reason every output gives: '--edition', 'kijun.edition setting', 'kijun.json'. */
  editionOrigin?: string;
  /** Severity per requirement id (or 'outdated-edition'); 'off' hides the finding. */
  severity?: Record<string, Severity | 'off'>;
  /** Requirements that do not apply, with the reason (settings; front matter adds to these). */
  notApplicable?: Record<string, string>;
  /** Approved exceptions (例外措置) by requirement id (settings, kijun.json; front matter adds to these). */
  exceptions?: Record<string, ApprovedException>;
  /** The date exceptions are judged against (YYYY-MM-DD, JST); default today. */
  today?: string;
  /** Count clauses citing the standard's section (「（統一基準 7.2.1 対応）」) as evidence (default true). */
  citations?: boolean;
}
