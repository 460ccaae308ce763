// The Kijun core: policy model, catalog and checker. Imports nothing from vscode or the LSP libraries, so the
// CLI, the language server and the tests all call the same code.
export { analyzeText, checkDocument, anchorFor, homeSection, type PolicyAnalysis } from './checker/check';
export type * from './checker/types';
export {
  pick,
  levelText,
  statusText,
  missingMessage,
  outdatedMessage,
  revisionText,
  revisionLine,
} from './checker/messages';
export { getCatalog, buildCatalog, type Catalog } from './catalog';
export type * from './catalog/types';
export { parsePolicy, stripBom } from './model/parse';
export { createIncrementalAnalyzer, type IncrementalAnalyzer, type TextEdit } from './incremental/analyzer';
export type * from './model/types';
export { parseClauseNumber, nextClauseNumber } from './model/numbering';
export { LineIndex, type Position, type Range } from './text/lineIndex';
export { normalize, normalizeForMatch, originalSpan, type NormalizedText } from './text/normalize';
// Policy sets (kijun.json), traceability (markers, citations) and the compliance report. Pure: no file access
// (disk loading of a set is in policySet/load.ts, for the CLI).
export * from './policySet';
export * from './trace';
export {
  buildComplianceReport,
  pathHref,
  type ComplianceReport,
  type ComplianceReportOptions,
  type ReportRequirement,
  type ReportLocation,
  type ReportEvidence,
} from './report/compliance';
export { renderHtml, DEFAULT_CSP, type HtmlOptions } from './report/html';
export { renderMarkdown } from './report/markdown';
