// Planning insertions into a policy: where a clause goes, how it is numbered, the front matter and comment
// edits. Core code: offsets in, offsets out; the language server turns them into LSP edits.
export { planMissingClause, planMissingClauses, planRevisedClause } from './clauses';
export { planNotApplicable, notApplicableKey } from './frontMatter';
export { planDisableComment } from './disable';
export { planReplaceClause } from './replace';
export { slotForSection, type Slot, type StandardPlace } from './slot';
export { followsStandardNumbering, standardHome } from './standard';
export { escapeSnippet, snippetToPlain } from './snippet';
export { applyInsertions, type ClauseToInsert, type EditOptions, type InsertEdit } from './types';
export {
  clauseFor,
  documentLanguage,
  editOptionsFor,
  followsStandard,
  planFixes,
  planMissingFor,
  type FixOptions,
  type PlannedFixes,
} from './fixes';
