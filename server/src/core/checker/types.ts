import type { ApprovedException, RequirementException } from './exceptions';
import type { Language, LocalizedText } from '../catalog/types';
import type { Range } from '../text/lineIndex';

export type Status = 'covered' | 'missing' | 'outdated' | 'not-applicable';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** `limit`: the document was not checked (guard/limits.ts); the finding says why. */
export type FindingKind = 'missing' | 'outdated' | 'outdated-edition' | 'configuration' | 'limit' | 'placeholder' | 'exception-expired';

export interface OutdatedEvidence {
  clause: number;
  reason: LocalizedText;
  when: 'always' | 'alone';
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
  /** Clauses worth citing beside a missing verdict (e.g. a domain clause that names only ac.jp for a non-university body). */
  related?: number[];
  /** Why the organisation setting changed the verdict (checker/organization.ts). */
  organizationReason?: LocalizedText;
  /** An approved exception (例外措置) recorded for the requirement; `status` still says what the text does. */
  exception?: RequirementException;
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
