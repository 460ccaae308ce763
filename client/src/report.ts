import * as vscode from 'vscode';

/** What the server's kijun.coverageReport command answers (server/src/server/report.ts). */
export interface CoverageReport {
  uri: string;
  title: string;
  line: string;
  markdown: string;
}

/**
 * The coverage report as a read-only virtual Markdown document shown in VS Code's Markdown preview: every
 * requirement, its status, and links (file…#L12) that open the evidence in the policy.
 */
export class ReportDocuments implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'kijun-report';
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  async show(report: CoverageReport | null): Promise<void> {
    if (!report) return;
    const name = report.uri.split('/').pop() || 'policy';
    const uri = vscode.Uri.from({ scheme: ReportDocuments.scheme, path: `/${decodeURIComponent(name)}.kijun-report.md`, query: encodeURIComponent(report.uri) });
    this.contents.set(uri.toString(), report.markdown);
    this.changed.fire(uri);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  }
}
