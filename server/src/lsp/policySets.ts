import { basename, relative, sep } from 'node:path';
import {
  CodeLensRefreshRequest,
  DiagnosticSeverity,
  FileChangeType,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type FileEvent,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem, PolicySetConfig } from '../core';
import { configDiagnostics as placeConfigProblems } from '../core/policySet/diagnostics';
import type { FileSystem } from '../core/policySet/fileSystem';
import {
  isConfigName,
  isInside,
  nfc,
  PolicySetState,
  setCheckOptions,
  type SetEntry,
  type SetRun,
} from '../core/policySet/state';
import { MAX_DOCUMENT_LENGTH, type AnalysisCache, type DocumentState } from './analysisCache';
import type { KijunSettings, SettingsStore } from './configuration';
import { toDiagnostic } from './diagnostics';
import { resolveLanguage, type Lang } from './i18n';
import { uriPath } from './uris';
import { REPORT_CHANGED_NOTIFICATION } from '../protocol';

/**
 * Policy sets in the editor, for the Node server and the web worker alike: when an open document is listed in the
 * `files` of a `kijun.json` (or `.kijunrc.json`) in its folder or an ancestor folder within its workspace folder,
 * it is checked together with the set's other files (open buffers win over the files on disk), and every file of
 * the set gets the set's findings — also the files that are not open, a missing clause being reported once, in the
 * primary file. Problems with the configuration are diagnostics on the kijun.json itself.
 *
 * What the sets are is the core's (core/policySet/state.ts), over the file system the server was started with
 * (Node's, or the web client's). This module turns LSP events into calls on that state and publishes its results.
 */

/** The file system of the session, and the URI the client would use for a path it has not named yet. */
export interface EditorFileSystem extends FileSystem {
  uriOf(path: string): string;
  /** Files changed (a client's events; none: anything may have): what the adapter keeps of them is stale. */
  changed?(paths: string[]): void;
}

/** What the set module needs from the diagnostics publisher (open documents are published by it). */
export interface OpenDocumentPublisher {
  schedule(uri: string, delay?: number): void;
  scheduleAll(): void;
}

/** One run of the set's analysis, over the files that could be read. */
export interface SetResult extends SetRun<TextDocument> {
  settings: KijunSettings;
  lang: Lang;
  configPath: string;
  configUri: string;
  root: string;
  config: PolicySetConfig;
  problems: ConfigProblem[];
}

export class PolicySets {
  private readonly state: PolicySetState<TextDocument>;
  /** The URI the client uses for a path (it may encode characters differently from the file system's). */
  private readonly clientUris = new Map<string, string>();
  private readonly open = new Set<string>();
  /** Sets with an open member (their findings are published) and configurations over an open document. */
  private activeSets = new Set<string>();
  /** URIs this module published diagnostics for, per configuration (to clear them when they leave). */
  private readonly published = new Map<string, Set<string>>();
  private membership = new Map<string, string | undefined>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private lensRefresh = false;
  private lensTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: Pick<SettingsStore, 'get'>,
    private readonly cache: AnalysisCache,
    private readonly env: { locale: () => string | undefined; folders: () => string[] },
    private readonly openPublisher: OpenDocumentPublisher,
    private readonly fs: EditorFileSystem,
    private readonly delayMs = 150,
  ) {
    this.state = new PolicySetState<TextDocument>({
      fs,
      maxOpenLength: MAX_DOCUMENT_LENGTH,
      openAt: (path) => {
        const document = this.openDocumentAt(path);
        return document && { document, uri: document.uri, version: document.version, text: document.getText() };
      },
      uriFor: (path) => this.uriFor(path),
      analyzeOpen: (document, options) => this.cache.get(document, options),
    });
  }

  /** From initialize: whether the client takes workspace/codeLens/refresh (a set's coverage line changes with any file). */
  configure(capabilities: ClientCapabilities): void {
    this.lensRefresh = !!capabilities.workspace?.codeLens?.refreshSupport;
  }

  // -- events ------------------------------------------------------------------------------------------------

  /** An open document was opened or changed (TextDocuments' onDidChangeContent). */
  documentChanged(uri: string): void {
    const path = uriPath(uri);
    if (path === undefined) return;
    this.clientUris.set(nfc(path), uri);
    // A client that syncs the kijun.json itself (the buffer wins over the file): check again once the
    // open-document publisher has published its own (empty) result for it, so the configuration's problems last.
    const config = isConfigName(basename(path));
    if (!this.open.has(uri)) {
      // Opened: it may join a set (a new file matching a pattern), and its configurations become active.
      this.open.add(uri);
      this.state.filesMoved(path);
      this.scheduleRefresh(config ? this.delayMs + 100 : 0);
      return;
    }
    if (config) {
      this.scheduleRefresh(this.delayMs + 100);
      return;
    }
    void this.state.lookup(path, this.boundFor(path)).then(
      ({ member }) => member && this.schedulePublish(member.configPath, this.delayMs, uri),
      (e) => this.log(`checking the policy set of ${uri}`, e),
    );
  }

  /**
   * An open document was closed. Returns true when it belongs to a set: its findings then stay (read from
   * disk) while the set is still open elsewhere, and are cleared with the set's otherwise.
   */
  documentClosed(uri: string): boolean {
    this.open.delete(uri);
    const path = uriPath(uri);
    if (path === undefined) return false;
    if (isConfigName(basename(path))) {
      // Its buffer is gone: the file on disk counts again (published after the caller cleared the buffer's).
      this.scheduleRefresh(this.delayMs);
      return false;
    }
    const id =
      this.membership.get(uri) ??
      (() => {
        const known = this.state.knownSetOf(path);
        return known ? nfc(known.configPath) : undefined;
      })();
    if (id === undefined) return false;
    // From now on its diagnostics are this module's: published from disk, or cleared with the set's.
    const mine = this.published.get(id) ?? new Set<string>();
    mine.add(uri);
    this.published.set(id, mine);
    this.scheduleRefresh(0);
    return true;
  }

  /** workspace/didChangeWatchedFiles: configurations and Markdown files created, changed or deleted. */
  filesChanged(changes: FileEvent[]): void {
    for (const change of changes) {
      const path = uriPath(change.uri);
      if (path === undefined) continue;
      if (isConfigName(basename(path))) this.state.configChanged(path);
      else {
        if (change.type !== FileChangeType.Changed) this.state.filesMoved(path);
        if (change.type === FileChangeType.Deleted) this.state.fileDeleted(path);
      }
    }
    this.fs.changed?.(changes.map((c) => uriPath(c.uri)).filter((p): p is string => p !== undefined));
    this.scheduleRefresh(50);
  }

  /** Settings or workspace folders changed: everything may differ. */
  settingsChanged(): void {
    this.state.allStale();
    this.fs.changed?.([]);
    this.scheduleRefresh(0);
  }

  // -- the analysis, for the features ------------------------------------------------------------------------

  /**
   * The state of an open document checked as part of its set: `undefined` when it is in no set (the caller
   * checks it alone), `{}` when it is in a set but Kijun is switched off for it.
   */
  async stateOf(uri: string): Promise<{ state?: DocumentState } | undefined> {
    const path = uriPath(uri);
    if (path === undefined || !this.documents.get(uri)) return undefined;
    const { member } = await this.state.lookup(path, this.boundFor(path));
    if (!member) return undefined;
    const result = await this.analyze(member);
    const document = this.documents.get(uri);
    if (!result?.analysis || !document) return {};
    const i = result.files.findIndex((f) => f.document?.uri === uri);
    if (i < 0 || result.files[i].document!.version !== document.version) return {};
    return {
      state: { document, analysis: result.analysis.files[i].analysis, settings: result.settings, lang: result.lang },
    };
  }

  /** The set a file (or a kijun.json) belongs to, analyzed; undefined when it is in no usable set. */
  async setFor(uri: string): Promise<SetResult | undefined> {
    const path = uriPath(uri);
    if (path === undefined) return undefined;
    const entry = isConfigName(basename(path))
      ? await this.state.entry(path)
      : (await this.state.lookup(path, this.boundFor(path))).member;
    if (!entry?.config) return undefined;
    return this.analyze(entry);
  }

  /** The innermost workspace folder holding the file; undefined: look in the file's own folder only. */
  private boundFor(path: string): string | undefined {
    let best: string | undefined;
    for (const f of this.env.folders()) {
      const folder = (uriPath(f) ?? f).replace(/\/+$/, '') || '/';
      if (isInside(path, folder) && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best;
  }

  private async analyze(entry: SetEntry): Promise<SetResult | undefined> {
    const config = entry.config;
    if (!config) return undefined;
    const configUri = this.uriFor(entry.configPath);
    const settings = await this.settings.get(configUri);
    if (!settings.enable) return undefined;
    const lang = resolveLanguage(settings.language, this.env.locale());
    const run = await this.state.analyze(entry, setCheckOptions(config, settings, lang));
    return {
      ...run,
      settings,
      lang,
      config,
      problems: entry.problems,
      configPath: entry.configPath,
      configUri,
      root: entry.root,
    };
  }

  // -- publishing --------------------------------------------------------------------------------------------

  private scheduleRefresh(delay: number): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.refresh().catch((e) => this.log('refreshing policy sets', e));
    }, delay);
  }

  private schedulePublish(configPath: string, delay: number, except?: string): void {
    const id = nfc(configPath);
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        const entry = this.state.entries.get(id);
        if (entry) void this.publish(entry, except).catch((e) => this.log(`checking the policy set ${configPath}`, e));
      }, delay),
    );
  }

  /**
   * Works out which sets and configurations the open documents belong to, clears what this module published
   * for the ones no longer in use, and publishes the others.
   */
  async refresh(): Promise<void> {
    const sets = new Map<string, SetEntry>();
    const configs = new Map<string, SetEntry>();
    const membership = new Map<string, string | undefined>();
    for (const d of this.documents.all()) {
      const path = uriPath(d.uri);
      if (path === undefined) continue;
      this.clientUris.set(nfc(path), d.uri);
      let found: Awaited<ReturnType<PolicySetState<TextDocument>['lookup']>>;
      try {
        found = await this.state.lookup(path, this.boundFor(path));
      } catch (e) {
        this.log(`looking for the policy set of ${d.uri}`, e);
        continue;
      }
      for (const c of found.configs) configs.set(nfc(c.configPath), c);
      if (found.member?.config) sets.set(nfc(found.member.configPath), found.member);
      membership.set(d.uri, found.member?.config ? nfc(found.member.configPath) : undefined);
    }
    // Documents that joined or left a set are published again by the open-document publisher.
    for (const [uri, id] of membership) if (this.membership.get(uri) !== id) this.openPublisher.schedule(uri, 0);
    this.membership = membership;
    this.activeSets = new Set(sets.keys());
    const active = new Set([...configs.keys(), ...sets.keys()]);
    for (const id of [...this.published.keys()]) if (!active.has(id)) this.clearPublished(id, new Set());
    this.state.retain(active);
    // Each set on its own: one that fails (a bug, a hostile configuration) is logged and said on its kijun.json,
    // and the others are still published.
    for (const entry of new Set([...configs.values(), ...sets.values()])) {
      try {
        await this.publish(entry);
      } catch (e) {
        this.log(`checking the policy set ${entry.configPath}`, e);
        this.publishFailure(entry, e);
      }
    }
  }

  /**
   * Publishes a set: the open files through the open-document publisher (versioned), the closed ones and the
   * configuration's problems here. `except`: an open file that has its own publish scheduled already.
   */
  private async publish(entry: SetEntry, except?: string): Promise<void> {
    const id = nfc(entry.configPath);
    const configUri = this.uriFor(entry.configPath);
    const sent = new Set<string>();
    const settings = await this.settings.get(configUri);
    const lang = resolveLanguage(settings.language, this.env.locale());
    const result = this.activeSets.has(id) && entry.config ? await this.analyze(entry) : undefined;
    if (!settings.enable) {
      this.clearPublished(id, sent);
      return;
    }
    if (result?.analysis) {
      result.files.forEach((f, i) => {
        if (f.document) {
          if (f.document.uri !== except) this.openPublisher.schedule(f.document.uri, 0);
          return;
        }
        const a = result.analysis!.files[i].analysis;
        void this.connection
          .sendDiagnostics({
            uri: f.uri,
            diagnostics: a.findings.map((x) => toDiagnostic(x, a, f.uri, 0, result.lang)),
          })
          .catch(() => undefined);
        sent.add(f.uri);
      });
    }
    // A file listed but unreadable shows nothing of its own: say so on the configuration.
    void this.connection
      .sendDiagnostics({
        uri: configUri,
        diagnostics: configDiagnostics(entry, result?.errors ?? [], lang, result?.warnings ?? []),
      })
      .catch(() => undefined);
    sent.add(configUri);
    this.clearPublished(id, sent);
    if (result)
      void this.connection.sendNotification(REPORT_CHANGED_NOTIFICATION, {
        uris: [configUri, ...result.files.map((f) => f.uri)],
      });
    // The code lens of every open file shows the set's coverage: ask the client to fetch them again.
    if (
      result?.analysis &&
      entry.generation !== entry.lensGeneration &&
      result.files.filter((f) => f.document).length > 0
    ) {
      entry.lensGeneration = entry.generation;
      this.refreshLenses();
    }
  }

  /** A set whose check failed: one error on its configuration, so the failure is seen where it is. */
  private publishFailure(entry: SetEntry, e: unknown): void {
    const uri = this.uriFor(entry.configPath);
    const message = `kijun: this policy set could not be checked (internal error: ${e instanceof Error ? e.message : String(e)})`;
    void this.connection
      .sendDiagnostics({
        uri,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Error,
            code: 'configuration',
            source: 'kijun',
            message,
          },
        ],
      })
      .catch(() => undefined);
  }

  private refreshLenses(): void {
    if (!this.lensRefresh || this.lensTimer) return;
    this.lensTimer = setTimeout(() => {
      this.lensTimer = undefined;
      this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {
        /* the client may refuse: the lenses catch up at the next edit */
      });
    }, 50);
  }

  /** Clears what was published for a configuration and is not in `keep` (and not open: those are not ours). */
  private clearPublished(id: string, keep: Set<string>): void {
    const before = this.published.get(id) ?? new Set<string>();
    for (const uri of before) {
      if (keep.has(uri)) continue;
      if (this.documents.get(uri)) this.openPublisher.schedule(uri, 0);
      else void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    }
    if (keep.size) this.published.set(id, keep);
    else this.published.delete(id);
  }

  // -- helpers -----------------------------------------------------------------------------------------------

  private uriFor(path: string): string {
    return this.openDocumentAt(path)?.uri ?? this.clientUris.get(nfc(path)) ?? this.fs.uriOf(path);
  }

  private openDocumentAt(path: string): TextDocument | undefined {
    const known = this.clientUris.get(nfc(path));
    const doc = known ? this.documents.get(known) : undefined;
    if (doc) return doc;
    const key = nfc(path);
    return this.documents.all().find((d) => {
      const p = uriPath(d.uri);
      return p !== undefined && nfc(p) === key;
    });
  }

  private log(what: string, e: unknown): void {
    this.connection.console.error(`kijun: ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

/** The features' analysis source, answering with the set's view of a document that belongs to a set. */
export { withPolicySets } from './setSource';

/** Problems of a configuration as diagnostics on its keys (placed by the core). */
export function configDiagnostics(
  entry: Pick<SetEntry, 'text' | 'problems' | 'root'>,
  errors: Array<{ path: string; message: string }>,
  lang: Lang,
  warnings: Array<{ path: string; message: string }> = [],
): Diagnostic[] {
  const named = (list: Array<{ path: string; message: string }>) =>
    list.map((x) => ({ name: relative(entry.root, x.path).split(sep).join('/'), message: x.message }));
  return placeConfigProblems(
    entry.text,
    entry.problems,
    { errors: named(errors), warnings: named(warnings) },
    lang,
  ).map((d) => ({
    range: d.range,
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: 'configuration',
    source: 'kijun',
    message: d.message,
  }));
}
