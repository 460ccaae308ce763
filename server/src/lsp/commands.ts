import type { ExecuteCommandParams } from 'vscode-languageserver/node';
import type { AnalysisSource } from './analysisCache';
import { COVERAGE_REPORT_COMMAND } from '../protocol';
import { coverageReport, type CoverageReport } from './report';

export const COMMANDS = [COVERAGE_REPORT_COMMAND];

/**
 * workspace/executeCommand. `kijun.coverageReport <uri>` answers with the coverage report (Markdown and
 * data); the VS Code client shows it in a preview, other clients may print it.
 */
export async function executeCommand(
  params: ExecuteCommandParams,
  source: AnalysisSource,
): Promise<CoverageReport | null> {
  if (params.command !== COVERAGE_REPORT_COMMAND) return null;
  const [arg] = params.arguments ?? [];
  const uri =
    typeof arg === 'string'
      ? arg
      : arg && typeof arg === 'object' && typeof (arg as { uri?: unknown }).uri === 'string'
        ? (arg as { uri: string }).uri
        : undefined;
  if (!uri) return null;
  const state = await source.policyOf(uri);
  if (!state) return null;
  return coverageReport(state.analysis, uri, state.document.version, state.lang);
}
