import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { createIncrementalAnalyzer, type CheckOptions, type IncrementalAnalyzer, type PolicyAnalysis } from '../core';
import { getCatalog } from '../core';
import { crashedBreach, refusedAnalysis } from '../core/guard';
import { inclusion, type KijunSettings, type SettingsStore } from './configuration';
import type { CrashGuard } from './crashGuard';
import { resolveLanguage, type Lang } from './i18n';

/** Documents larger than this are not analyzed as the user types (the CLI refuses them too). */
export const MAX_DOCUMENT_LENGTH = 10 * 1024 * 1024;

/**
 * One analysis per document version and settings. Every feature asks here, so a hover, the code actions and
 * the diagnostics of one version share one parse. This is the only place that calls the core's analysis:
 * making it incremental (per section) means changing this class only.
 */
export class AnalysisCache {
  private entries = new Map<
    string,
    { version: number; key: string; analysis: PolicyAnalysis | undefined; analyzer: IncrementalAnalyzer }
  >();

  /** `crashes`: notes which large document is being analyzed, so that one that kills the server is not retried. */
  constructor(private readonly crashes?: CrashGuard) {}

  get(document: TextDocument, options: CheckOptions): PolicyAnalysis {
    const key = JSON.stringify(options);
    const hit = this.entries.get(document.uri);
    if (hit?.analysis && hit.version === document.version && hit.key === key) return hit.analysis;
    // Incremental (core/incremental): only the sections an edit touched are parsed again; the result is the
    // same as analyzeText on the whole text. Other settings start a new analyzer.
    const analyzer = hit && hit.key === key ? hit.analyzer : createIncrementalAnalyzer(options);
    // The previous version's analysis goes before the next is built (the analyzer keeps what it re-uses), so the
    // server does not hold two models of a large document at once. (It is not valid after: the analyzer moves its
    // clauses into the next. Every feature reads the analysis of the version it asked for at once, after its await.)
    if (hit) hit.analysis = undefined;
    // No BOM stripping: LSP positions count from the text exactly as the client sent it.
    const text = document.getText();
    const analysis = !this.crashes
      ? analyzer.update(text)
      : this.crashes.refuses(document.uri, text.length)
        ? refusedAnalysis(text, crashedBreach(text), options, getCatalog())
        : this.crashes.run(document.uri, text.length, () => analyzer.update(text));
    this.entries.set(document.uri, { version: document.version, key, analysis, analyzer });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** What a feature needs about an open document: its text, its analysis, the settings and language. */
export interface DocumentState {
  document: TextDocument;
  analysis: PolicyAnalysis;
  settings: KijunSettings;
  lang: Lang;
}

export interface AnalysisSource {
  /** The current analysis of an open document; undefined when it is not open, switched off or excluded. */
  stateOf(uri: string): Promise<DocumentState | undefined>;
  /** The same for a policy only (undefined for any other Markdown). */
  policyOf(uri: string): Promise<DocumentState | undefined>;
  lang(settings?: KijunSettings): Lang;
}

export function createAnalysisSource(
  documents: TextDocuments<TextDocument>,
  settings: Pick<SettingsStore, 'get'>,
  cache: AnalysisCache,
  env: { locale: () => string | undefined; folders: () => string[] },
): AnalysisSource {
  const lang = (s?: KijunSettings) => resolveLanguage(s?.language, env.locale());
  const stateOf = async (uri: string): Promise<DocumentState | undefined> => {
    const s = await settings.get(uri);
    // Read the document after the await: a newer version may have arrived meanwhile.
    const document = documents.get(uri);
    // A document over the limits is still analyzed: the core refuses it at once with a finding that says why
    // ("too large to check: … > 10 MB"), which the user should see rather than silence.
    if (!document) return undefined;
    const include = inclusion(uri, s, env.folders());
    if (include === 'skip') return undefined;
    const l = lang(s);
    const options: CheckOptions = {
      language: l,
      force: include === 'force',
      edition: s.edition,
      editionOrigin: 'kijun.edition setting',
      severity: s.severity,
    };
    return { document, analysis: cache.get(document, options), settings: s, lang: l };
  };
  return {
    stateOf,
    policyOf: async (uri) => {
      const state = await stateOf(uri);
      return state?.analysis.isPolicy ? state : undefined;
    },
    lang,
  };
}
