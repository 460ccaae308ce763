import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding } from '../core';
import {
  clauseFor,
  documentLanguage,
  editOptionsFor,
  planDisableComment,
  planMissingClause,
  planMissingClauses,
  planNotApplicable,
  planReplaceClause,
  planRevisedClause,
  type InsertEdit,
} from '../core/edits';
import { INSERT_ALL_KIND } from '../protocol';
import type { AnalysisSource, DocumentState } from './analysisCache';
import { t } from '../core/i18n';
import { toConfirmedEdit, toWorkspaceEdit, type EditSupport } from './workspaceEdit';

/**
 * A source action, not source.fixAll: editors run source.fixAll on save when users ask for it for other
 * tools, and inserting clauses must never happen on save.
 */

export async function codeActions(
  params: CodeActionParams,
  source: AnalysisSource,
  support: EditSupport,
): Promise<CodeAction[]> {
  const state = await source.policyOf(params.textDocument.uri);
  if (!state) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const { analysis } = state;
  const from = analysis.lines.offsetAt(params.range.start);
  const to = analysis.lines.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    // Only the findings the client asks about: a quick fix for one finding must not bring (and prefer) the fixes
    // of every other finding on the same line (on the title line, a dozen).
    const asked = params.context.diagnostics.filter((d) => d.source === undefined || d.source === 'kijun');
    for (const f of analysis.findings) {
      if (f.start > to || f.end < from) continue;
      const diagnostic = asked.find((d) => d.code === f.code && sameRange(d, f));
      if (diagnostic) actions.push(...quickFixes(f, diagnostic, state, support));
    }
  }
  if (wants(INSERT_ALL_KIND)) {
    const all = insertAll(state, support);
    if (all) actions.push(all);
  }
  return actions;
}

const sameRange = (d: Diagnostic, f: Finding) =>
  d.range.start.line === f.range.start.line &&
  d.range.start.character === f.range.start.character &&
  d.range.end.line === f.range.end.line &&
  d.range.end.character === f.range.end.character;

function quickFixes(f: Finding, diagnostic: Diagnostic, state: DocumentState, support: EditSupport): CodeAction[] {
  const { analysis, document, lang } = state;
  // The inserted clause is policy text: it follows the language the policy is written in, not the UI's.
  const doc = analysis.document;
  const options = editOptionsFor(analysis, support.snippets);
  const r = analysis.catalog.byId.get(f.code);
  const out: CodeAction[] = [];
  const action = (title: string, edit: InsertEdit | undefined, preferred = false) => {
    if (!edit) return;
    out.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: preferred || undefined,
      edit: toWorkspaceEdit(document, [edit], support),
    });
  };
  const confirmed = !!support.changeAnnotations;
  function replaceAction(edit: InsertEdit): CodeAction {
    // Only a client that shows the edit first can promise a confirmation; elsewhere the title says what it does.
    const title = t(confirmed ? 'action.replaceRevised' : 'action.replaceRevisedDirect', lang, r!.title[lang]);
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: confirmed || undefined,
      edit: toConfirmedEdit(document, [edit], support, title, t('action.replaceConfirm', lang)),
    };
  }
  const reason = `\${1:${t('action.reasonPlaceholder', lang)}}`;
  if (r && f.kind === 'missing') {
    const edit = planMissingClause(doc, analysis.homes.get(r.id) ?? -1, clauseFor(analysis, r), options);
    action(
      t(edit.unnumbered ? 'action.insertClauseUnnumbered' : 'action.insertClause', lang, r.title[lang]),
      edit,
      true,
    );
  }
  if (r && f.kind === 'outdated' && f.data.clause !== undefined) {
    const item = clauseFor(analysis, r);
    // Replacing rewrites the user's text: it is preferred only where the client shows it for confirmation first.
    const replace = planReplaceClause(doc, f.data.clause, item);
    if (replace && confirmed) out.push(replaceAction(replace));
    action(
      t('action.insertRevised', lang, r.title[lang]),
      planRevisedClause(doc, f.data.clause, item, options),
      !(replace && confirmed),
    );
    if (replace && !confirmed) out.push(replaceAction(replace));
  }
  if (r && (f.kind === 'missing' || f.kind === 'outdated'))
    action(t('action.notApplicable', lang, r.title[lang]), planNotApplicable(doc, r.id, reason, options));
  if ((f.kind === 'outdated' || f.kind === 'outdated-edition') && f.data.clause !== undefined) {
    action(t('action.disable', lang, f.code), planDisableComment(doc, f.data.clause, f.code, reason, options));
  }
  return out;
}

/** Every missing clause at once (plain text: several insertions cannot share one snippet session). */
function insertAll(state: DocumentState, support: EditSupport): CodeAction | undefined {
  const { analysis, document, lang } = state;
  const wanted = analysis.requirements
    .filter((x) => x.status === 'missing' && analysis.findings.some((f) => f.code === x.id && f.kind === 'missing'))
    .map((x) => analysis.catalog.byId.get(x.id)!)
    // The inserted clause is policy text: it follows the language the policy is written in, not the UI's.
    .map((r) => ({ home: analysis.homes.get(r.id) ?? -1, item: clauseFor(analysis, r) }));
  if (!wanted.length) return undefined;
  const edits = planMissingClauses(analysis.document, wanted, editOptionsFor(analysis, false));
  return {
    title: t('action.insertAll', lang, wanted.length),
    kind: INSERT_ALL_KIND,
    edit: toWorkspaceEdit(document, edits, { ...support, snippets: false }),
  };
}

/** The language a policy is written in (core/edits/fixes.ts). */
export { documentLanguage };
