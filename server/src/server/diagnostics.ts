import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pick, type Finding, type FindingData, type PolicyAnalysis, type Severity } from '../core';
import type { AnalysisSource } from './analysisCache';
import { docsHref } from './docsLink';
import type { Lang } from './i18n';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for the quick fixes: the finding's data and the version it was computed on. */
export interface DiagnosticData extends FindingData {
  version: number;
}

export function toDiagnostic(f: Finding, analysis: PolicyAnalysis, uri: string, version: number, lang: Lang): Diagnostic {
  const documented = analysis.catalog.byId.has(f.code) || f.code === analysis.catalog.data.editionCheck.id;
  const data: DiagnosticData = { ...f.data, version };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    ...(documented ? { codeDescription: { href: docsHref(f.code) } } : {}),
    source: 'kijun',
    message: pick(f.messages, lang),
    ...(f.related.length ? { relatedInformation: f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) } : {}),
    data,
  };
}

/**
 * Publishes diagnostics as the user types: each change (re)starts a short timer per document, and a result
 * is sent only if the document is still at the version that was analysed — never diagnostics of a stale text.
 */
export class DiagnosticsPublisher {
  private timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly source: AnalysisSource,
    private readonly delayMs = 150,
  ) {}

  schedule(uri: string, delay = this.delayMs): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.publish(uri);
    }, delay));
  }

  /** Re-checks every open document (settings changed). */
  scheduleAll(): void {
    for (const d of this.documents.all()) this.schedule(d.uri, 0);
  }

  async publish(uri: string): Promise<void> {
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return;
    let diagnostics: Diagnostic[] = [];
    try {
      const state = await this.source.stateOf(uri);
      if (state && state.document.version !== version) return;
      if (state?.analysis.isPolicy) diagnostics = state.analysis.findings.map((f) => toDiagnostic(f, state.analysis, uri, version, state.lang));
    } catch (e) {
      this.connection.console.error(`kijun: analysing ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
    // The analysis ran synchronously since the check above unless settings were awaited: check again.
    if (this.documents.get(uri)?.version !== version) return;
    // The client may be gone (shutdown while a timer was pending): nothing to report to, nothing to reject.
    await this.connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  }

  /** A closed document keeps no diagnostics. */
  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }
}
