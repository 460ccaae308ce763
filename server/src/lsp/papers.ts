// Two requests for the editor's paper commands:
// - `kijun/revisionTable` { uri, oldText, oldLabel? } → { html, title, changes }: the 新旧対照表 of the open
//   document (its current text, over LSP) against an older text the client found (git HEAD or the saved file).
// - `kijun/policySkeleton` { style?, organization?, edition? } → { text }: a new 対策基準 covering every
//   requirement of the edition (what `kijun init` writes).
// Both run the core; nothing heavy is loaded (the .docx writer is the CLI's).
import { compareVersions, type RevisionTable } from '../core/revise/compare';
import { renderRevisionHtml } from '../core/revise/html';
import { policySkeleton } from '../core/init/skeleton';
import { getCatalog } from '../core';
import type { PolicySkeletonParams, PolicySkeletonResult, RevisionTableParams, RevisionTableResult } from '../protocol';
import type { AnalysisSource } from './analysisCache';

export async function revisionTable(
  params: RevisionTableParams,
  source: AnalysisSource,
): Promise<RevisionTableResult | null> {
  const state = await source.policyOf(params.uri);
  if (!state || typeof params.oldText !== 'string') return null;
  const table: RevisionTable = compareVersions(params.oldText, state.document.getText(), {
    lang: state.lang,
    edition: state.analysis.edition,
  });
  return { html: renderRevisionHtml(table), title: table.title, changes: table.changes };
}

export function skeleton(params: PolicySkeletonParams): PolicySkeletonResult {
  const catalog = getCatalog();
  const edition =
    params.edition && catalog.data.editions.some((e) => e.id === params.edition)
      ? params.edition
      : catalog.data.defaultEdition;
  const style = params.style === 'decimal' ? 'decimal' : 'article';
  const organization =
    params.organization === 'ministry' || params.organization === 'higher-education' ? params.organization : 'agency';
  return { text: policySkeleton({ style, organization, edition, catalog }) };
}
