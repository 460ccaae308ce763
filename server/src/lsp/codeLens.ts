import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import { COVERAGE_REPORT_COMMAND } from '../protocol';
import type { AnalysisSource } from './analysisCache';
import { coverageLine } from './report';

/** The command the lens runs: the server answers it with the report; the VS Code client also shows it. */

/** One lens on the first line of a policy with its coverage, opening the coverage report. */
export async function codeLenses(params: CodeLensParams, source: AnalysisSource): Promise<CodeLens[]> {
  const state = await source.policyOf(params.textDocument.uri);
  if (!state) return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // A document over the limits was not checked: say why instead of a coverage of nothing.
  const refused = state.analysis.refused;
  const title = refused ? `Kijun: ${refused.messages[state.lang]}` : coverageLine(state.analysis, state.lang);
  return [{ range, command: { title, command: COVERAGE_REPORT_COMMAND, arguments: [params.textDocument.uri] } }];
}
