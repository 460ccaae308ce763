import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocuments, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import {
  createIncrementalAnalyzer,
  type ChangedSpan,
  type CheckOptions,
  type IncrementalAnalyzer,
  type PolicyAnalysis,
} from '../core';
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
  /** `read`: the version whose text the analyzer holds (-1: none; a refused document is not given to it). */
  private entries = new Map<
    string,
    { version: number; key: string; analysis: PolicyAnalysis | undefined; analyzer: IncrementalAnalyzer; read: number }
  >();

  /**
   * `crashes`: notes which large document is being analyzed, so that one that kills the server is not retried.
   * `changes`: where each version differs from the one before (ChangeSpans), so that a 5 MB text is not compared
   * with the last one after every keystroke.
   */
  constructor(
    private readonly crashes?: CrashGuard,
    private readonly changes?: ChangeSpans,
  ) {}

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
    // Where the text differs from the one the analyzer last read, when the client's changes since are all known.
    const read = hit && analyzer === hit.analyzer ? hit.read : -1;
    const changed = read >= 0 ? this.changes?.between(document.uri, read, document.version) : undefined;
    const refused = this.crashes?.refuses(document.uri, text.length) ?? false;
    const analysis = !this.crashes
      ? analyzer.update(text, changed)
      : refused
        ? refusedAnalysis(text, crashedBreach(text), options, getCatalog())
        : this.crashes.run(document.uri, text.length, () => analyzer.update(text, changed));
    this.entries.set(document.uri, {
      version: document.version,
      key,
      analysis,
      analyzer,
      read: refused ? read : document.version,
    });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Where each version of an open document differs from the version before, from the client's incremental changes:
 * `documents` is TextDocuments' configuration, TextDocument's own with the changes noted as they are applied. Kept
 * as the lengths of the text before and after the edits that did not change (composed over a few versions).
 */
export class ChangeSpans {
  private readonly byUri = new Map<string, Change[]>();

  readonly documents: TextDocumentsConfiguration<TextDocument> = {
    create: (uri, languageId, version, content) => {
      this.byUri.delete(uri);
      return TextDocument.create(uri, languageId, version, content);
    },
    update: (document, changes, version) => this.update(document, changes, version),
  };

  private update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const previous = document.version;
    const oldLength = document.getText().length;
    let length = oldLength;
    let before = length;
    let after = length;
    let whole = false;
    // One change at a time: each change's range is in the text the ones before it left.
    for (const change of changes) {
      if ('range' in change && change.range) {
        const a = document.offsetAt(change.range.start);
        const b = document.offsetAt(change.range.end);
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        before = Math.min(before, start);
        after = Math.min(after, length - end);
        length = length - (end - start) + change.text.length;
      } else {
        whole = true;
        length = change.text.length;
      }
      TextDocument.update(document, [change], version);
    }
    const list = this.byUri.get(document.uri) ?? [];
    if (whole) list.length = 0;
    else {
      list.push({ previous, version, before, after, oldLength, newLength: length });
      if (list.length > 32) list.shift();
    }
    this.byUri.set(document.uri, list);
    return document;
  }

  /** Where version `to` differs from version `from`, when every change between them is known. */
  between(uri: string, from: number, to: number): ChangedSpan | undefined {
    const list = this.byUri.get(uri);
    if (!list?.length || list[list.length - 1].version !== to) return undefined;
    let k = list.length - 1;
    let before = Infinity;
    let after = Infinity;
    // Back from `to` along consecutive changes until the one made on version `from`.
    for (;;) {
      before = Math.min(before, list[k].before);
      after = Math.min(after, list[k].after);
      if (list[k].previous === from) break;
      if (k === 0 || list[k - 1].version !== list[k].previous) return undefined;
      k--;
    }
    const oldEnd = list[k].oldLength - after;
    const newEnd = list[list.length - 1].newLength - after;
    return { start: Math.min(before, oldEnd, newEnd), oldEnd, newEnd };
  }
}

/** One didChange: the versions before and after, the unchanged lengths at the start and the end, the lengths. */
interface Change {
  previous: number;
  version: number;
  before: number;
  after: number;
  oldLength: number;
  newLength: number;
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
