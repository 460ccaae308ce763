import { basename, dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeLensRefreshRequest, DiagnosticSeverity, FileChangeType,
  type ClientCapabilities, type Connection, type Diagnostic, type FileEvent, type TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyzePolicySet, analyzeText, getCatalog, pick, POLICY_SET_FILE_NAMES, stripBom,
  type CheckOptions, type ConfigProblem, type PolicyAnalysis, type PolicySetAnalysis, type PolicySetConfig,
} from '../core';
import { nodeFileSystem } from '../core/io/nodeFileSystem';
import { isWithin } from '../core/io/paths';
import { readPolicyFile } from '../core/io/readFile';
import { configLinkProblem, policySetConfigIn, readPolicySetConfig, resolvePolicySet } from '../core/policySet/load';
import { MAX_DOCUMENT_LENGTH, type AnalysisCache, type AnalysisSource, type DocumentState } from './analysisCache';
import type { KijunSettings, SettingsStore } from './configuration';
import { toDiagnostic } from './diagnostics';
import { resolveLanguage, type Lang } from './i18n';
import { keyRange, scanJson } from './jsonLocations';
import { uriPath } from './uris';
import { REPORT_CHANGED_NOTIFICATION } from '../protocol';

/**
 * Policy sets in the editor: when an open document is listed in the `files` of a `kijun.json` (or
 * `.kijunrc.json`) in its folder or an ancestor folder within its workspace folder, it is checked together
 * with the set's other files (open buffers win over the files on disk), and every file of the set gets the
 * set's findings — also the files that are not open, a missing clause being reported once, in the primary
 * file. Problems with the configuration are diagnostics on the kijun.json itself.
 *
 * Everything is recomputed from what is there: the configuration and the files on disk are re-read when
 * their modification time changes, so the results are right even for a client that sends no file events;
 * the events (workspace/didChangeWatchedFiles) only make the re-check prompt.
 */

const nfc = (s: string) => s.normalize('NFC');
const isConfigName = (name: string) => (POLICY_SET_FILE_NAMES as readonly string[]).includes(name);

/** What the set module needs from the diagnostics publisher (open documents are published by it). */
export interface OpenDocumentPublisher {
  schedule(uri: string, delay?: number): void;
  scheduleAll(): void;
}

/** One configuration file as last read, and the files it names. */
interface SetEntry {
  configPath: string;
  root: string;
  /** Identifies the text that was parsed: mtime and size on disk, or the version of an open buffer. */
  stamp: string;
  text: string;
  config?: PolicySetConfig;
  /** Problems of the configuration and of resolving its files. */
  problems: ConfigProblem[];
  /** The set's files, absolute, in set order. */
  files: string[];
  keys: Set<string>;
  primary?: string;
  /** The file list must be resolved again (a Markdown file was created or deleted under the root). */
  stale: boolean;
  /** The configuration could not be read (its problems say why): nothing to resolve. */
  unread?: boolean;
  memo?: { key: string; result: SetResult };
  /** Counts the analyses computed; `lensGeneration`: the one the code lenses were last refreshed for. */
  generation: number;
  lensGeneration: number;
}

/** One run of the set's analysis, over the files that could be read. */
export interface SetResult {
  analysis?: PolicySetAnalysis;
  /** Aligned with `analysis.files`: each analysed file's path on disk, URI, and buffer when open. */
  files: Array<{ path: string; uri: string; document?: TextDocument }>;
  /** Listed files that could not be read (binary, too large, gone). */
  errors: Array<{ path: string; message: string }>;
  /** Listed files read with a warning (invalid bytes replaced with U+FFFD, and where). */
  warnings: Array<{ path: string; message: string }>;
  settings: KijunSettings;
  lang: Lang;
  configPath: string;
  configUri: string;
  root: string;
  config: PolicySetConfig;
  problems: ConfigProblem[];
}

interface DiskFile {
  stamp: string;
  read: { ok: true; text: string; warning?: string } | { ok: false; message: string };
  analyses: Map<string, PolicyAnalysis>;
}

export class PolicySets {
  private readonly entries = new Map<string, SetEntry>();
  private readonly disk = new Map<string, DiskFile>();
  /** The URI the client uses for a path (it may encode characters differently from pathToFileURL). */
  private readonly clientUris = new Map<string, string>();
  private readonly open = new Set<string>();
  /** Sets with an open member (their findings are published) and configurations over an open document. */
  private activeSets = new Set<string>();
  private activeConfigs = new Set<string>();
  /** URIs this module published diagnostics for, per configuration (to clear them when they leave). */
  private readonly published = new Map<string, Set<string>>();
  private membership = new Map<string, string | undefined>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private lensRefresh = false;
  private lensTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: Pick<SettingsStore, 'get'>,
    private readonly cache: AnalysisCache,
    private readonly env: { locale: () => string | undefined; folders: () => string[] },
    private readonly openPublisher: OpenDocumentPublisher,
    private readonly delayMs = 150,
  ) {}

  /** From initialize: whether the client takes workspace/codeLens/refresh (a set's coverage line changes with any file). */
  configure(capabilities: ClientCapabilities): void {
    this.lensRefresh = !!capabilities.workspace?.codeLens?.refreshSupport;
  }

  // -- events ------------------------------------------------------------------------------------------------

  /** An open document was opened or changed (TextDocuments' onDidChangeContent). */
  documentChanged(uri: string): void {
    try {
      this.changed(uri);
    } catch (e) {
      this.log(`checking the policy set of ${uri}`, e);
    }
  }

  private changed(uri: string): void {
    const path = uriPath(uri);
    if (path === undefined) return;
    this.clientUris.set(nfc(path), uri);
    // A client that syncs the kijun.json itself (the buffer wins over the file): check again once the
    // open-document publisher has published its own (empty) result for it, so the configuration's problems last.
    const config = isConfigName(basename(path));
    if (!this.open.has(uri)) {
      // Opened: it may join a set (a new file matching a pattern), and its configurations become active.
      this.open.add(uri);
      for (const e of this.entries.values()) if (isInside(path, e.root)) e.stale = true;
      this.scheduleRefresh(config ? this.delayMs + 100 : 0);
      return;
    }
    if (config) {
      this.scheduleRefresh(this.delayMs + 100);
      return;
    }
    const member = this.memberOf(path);
    if (member) this.schedulePublish(member.configPath, this.delayMs, uri);
  }

  /**
   * An open document was closed. Returns true when it belongs to a set: its findings then stay (read from
   * disk) while the set is still open elsewhere, and are cleared with the set's otherwise.
   */
  documentClosed(uri: string): boolean {
    try {
      return this.closed(uri);
    } catch (e) {
      this.log(`closing ${uri}`, e);
      return false;
    }
  }

  private closed(uri: string): boolean {
    this.open.delete(uri);
    const path = uriPath(uri);
    if (path === undefined) return false;
    if (isConfigName(basename(path))) {
      // Its buffer is gone: the file on disk counts again (published after the caller cleared the buffer's).
      this.scheduleRefresh(this.delayMs);
      return false;
    }
    const id = this.membership.get(uri) ?? (() => {
      const m = this.memberOf(path);
      return m ? nfc(m.configPath) : undefined;
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
    try {
      this.forgetChanged(changes);
    } catch (e) {
      this.log('reading file events', e);
    }
    this.scheduleRefresh(50);
  }

  private forgetChanged(changes: FileEvent[]): void {
    for (const change of changes) {
      const path = uriPath(change.uri);
      if (path === undefined) continue;
      if (isConfigName(basename(path))) {
        // kijun.json wins over .kijunrc.json in the same folder: forget both.
        for (const name of POLICY_SET_FILE_NAMES) this.entries.delete(nfc(join(dirname(path), name)));
      } else {
        if (change.type !== FileChangeType.Changed) for (const e of this.entries.values()) if (isInside(path, e.root)) e.stale = true;
        if (change.type === FileChangeType.Deleted) this.disk.delete(nfc(path));
      }
    }
  }

  /** Settings or workspace folders changed: everything may differ. */
  settingsChanged(): void {
    for (const e of this.entries.values()) e.stale = true;
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
    const member = this.memberOf(path);
    if (!member) return undefined;
    const result = await this.analyse(member);
    const document = this.documents.get(uri);
    if (!result?.analysis || !document) return {};
    const i = result.files.findIndex((f) => f.document?.uri === uri);
    if (i < 0 || result.files[i].document!.version !== document.version) return {};
    return { state: { document, analysis: result.analysis.files[i].analysis, settings: result.settings, lang: result.lang } };
  }

  /** The set a file (or a kijun.json) belongs to, analysed; undefined when it is in no usable set. */
  async setFor(uri: string): Promise<SetResult | undefined> {
    const path = uriPath(uri);
    if (path === undefined) return undefined;
    const entry = isConfigName(basename(path)) ? this.entry(path) : this.memberOf(path);
    if (!entry?.config) return undefined;
    return this.analyse(entry);
  }

  // -- finding the set ---------------------------------------------------------------------------------------

  /**
   * The nearest set listing `path`, and every configuration met on the way up — within the workspace folder, compared
   * as real paths: a folder that is a link to elsewhere (or a name that only looks like a path) does not lead out.
   */
  private lookup(path: string): { member?: SetEntry; configs: SetEntry[] } {
    const configs: SetEntry[] = [];
    const bound = this.boundFor(path);
    const realBound = bound === undefined ? undefined : nodeFileSystem.realpath(bound);
    const key = nfc(path);
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const realDir = nodeFileSystem.realpath(dir);
      const inside = realBound === undefined || (realDir !== undefined && isWithin(realBound, realDir));
      const config = inside ? policySetConfigIn(dir, nodeFileSystem) : undefined;
      const entry = config === undefined ? undefined : this.entry(config);
      if (entry) {
        configs.push(entry);
        if (entry.keys.has(key)) return { member: entry, configs };
      }
      if (bound === undefined || dir === bound || dirname(dir) === dir || !isInside(dir, bound)) break;
    }
    return { configs };
  }

  private memberOf(path: string): SetEntry | undefined {
    return this.lookup(path).member;
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

  /** The configuration at `configPath`, read again when it changed; undefined when it is gone. */
  private entry(configPath: string): SetEntry | undefined {
    const id = nfc(configPath);
    const openDoc = this.openDocumentAt(configPath);
    let stamp: string;
    if (openDoc) stamp = `open:${openDoc.uri}@${openDoc.version}`;
    else {
      const st = nodeFileSystem.stat(configPath);
      if (!st?.isFile) return this.forget(id);
      stamp = st.stamp;
    }
    const cached = this.entries.get(id);
    if (cached && cached.stamp === stamp) {
      if (cached.stale && !cached.unread) this.resolve(cached);
      return cached;
    }
    const entry: SetEntry = { configPath, root: dirname(configPath), stamp, text: '', problems: [], files: [], keys: new Set(), stale: false, generation: 0, lensGeneration: 0 };
    this.entries.set(id, entry);
    // The core reads it as the CLI does (size limit, no link that leads outside its folder); an open buffer of it
    // wins over the file, unless the file is such a link.
    const read = openDoc ? { text: openDoc.getText(), problems: [] } : readPolicySetConfig(configPath, nodeFileSystem);
    const link = openDoc ? configLinkProblem(configPath, nodeFileSystem) : undefined;
    if (link || read.text === undefined) {
      entry.problems = link ? [link] : read.problems;
      entry.unread = true;
      return entry;
    }
    entry.text = read.text;
    this.resolve(entry);
    return entry;
  }

  private forget(id: string): undefined {
    this.entries.delete(id);
    return undefined;
  }

  /** Parses the configuration and matches its patterns against the Markdown files under its folder (the core's). */
  private resolve(entry: SetEntry): void {
    entry.stale = false;
    entry.memo = undefined;
    const set = resolvePolicySet(entry.configPath, entry.text, getCatalog(), nodeFileSystem);
    entry.config = set.config;
    entry.files = set.files;
    entry.primary = set.primary;
    entry.problems = set.problems;
    entry.keys = new Set(entry.files.map(nfc));
  }

  // -- analysing a set ---------------------------------------------------------------------------------------

  private async analyse(entry: SetEntry): Promise<SetResult | undefined> {
    const config = entry.config;
    if (!config) return undefined;
    const configUri = this.uriFor(entry.configPath);
    const settings = await this.settings.get(configUri);
    if (!settings.enable) return undefined;
    const lang = resolveLanguage(settings.language, this.env.locale());
    const options: CheckOptions = {
      language: lang,
      edition: config.edition ?? settings.edition,
      editionOrigin: config.edition !== undefined ? 'kijun.json' : 'kijun.edition setting',
      ...(config.organization ? { organization: config.organization } : {}),
      notApplicable: { ...config.notApplicable },
      ...(config.exceptions ? { exceptions: { ...config.exceptions } } : {}),
      // The set's settings, then the user's on top (as the command line's --severity would be).
      severity: { ...config.severity, ...settings.severity },
    };
    // From here on synchronous: the buffers read below are the ones the analysis describes.
    const openByPath = new Map<string, TextDocument>();
    for (const d of this.documents.all()) {
      const p = uriPath(d.uri);
      if (p !== undefined) openByPath.set(nfc(p), d);
    }
    const files: SetResult['files'] = [];
    const texts: string[] = [];
    const errors: SetResult['errors'] = [];
    const warnings: SetResult['warnings'] = [];
    const keyParts: string[] = [JSON.stringify(options), entry.stamp];
    for (const path of entry.files) {
      const document = openByPath.get(nfc(path));
      if (document) {
        const text = document.getText();
        if (text.length > MAX_DOCUMENT_LENGTH) {
          errors.push({ path, message: 'too large to check as you type' });
          continue;
        }
        files.push({ path, uri: document.uri, document });
        texts.push(text);
        keyParts.push(`o ${document.uri} ${document.version}`);
      } else {
        const file = this.readDisk(path);
        if (!file.read.ok) {
          errors.push({ path, message: file.read.message });
          continue;
        }
        files.push({ path, uri: this.uriFor(path) });
        texts.push(file.read.text);
        if (file.read.warning) warnings.push({ path, message: file.read.warning });
        keyParts.push(`d ${path} ${file.stamp}`);
      }
    }
    const primaryIndex = entry.primary === undefined ? -1 : files.findIndex((f) => nfc(f.path) === nfc(entry.primary!));
    keyParts.push(String(primaryIndex));
    const key = keyParts.join('\n');
    if (entry.memo?.key === key) return { ...entry.memo.result, settings, lang };

    const byUri = new Map(files.map((f) => [f.uri, f]));
    const analyze = (file: { path: string; text: string }, o: CheckOptions): PolicyAnalysis => {
      const f = byUri.get(file.path);
      if (f?.document) return this.cache.get(f.document, o);
      return this.diskAnalysis(f?.path ?? file.path, file.text, o);
    };
    const analysis = files.length
      ? analyzePolicySet(files.map((f, i) => ({ path: f.uri, text: texts[i] })), { ...options, ...(primaryIndex >= 0 ? { primary: files[primaryIndex].uri } : {}), analyze })
      : undefined;
    const result: SetResult = {
      analysis, files, errors, warnings, settings, lang, config, problems: entry.problems,
      configPath: entry.configPath, configUri, root: entry.root,
    };
    entry.memo = { key, result };
    entry.generation++;
    return result;
  }

  /** A closed file's text from disk (UTF-8 or Shift_JIS, BOM removed), read again when it changed. */
  private readDisk(path: string): DiskFile {
    const id = nfc(path);
    const stamp = nodeFileSystem.stat(path)?.stamp ?? 'missing';
    const cached = this.disk.get(id);
    if (cached && cached.stamp === stamp) return cached;
    const r = readPolicyFile(path);
    const file: DiskFile = { stamp, read: r.ok ? { ok: true, text: stripBom(r.text), ...(r.warning ? { warning: r.warning } : {}) } : { ok: false, message: r.message }, analyses: new Map() };
    this.disk.set(id, file);
    return file;
  }

  private diskAnalysis(path: string, text: string, options: CheckOptions): PolicyAnalysis {
    const file = this.disk.get(nfc(path));
    const key = JSON.stringify(options);
    const hit = file?.analyses.get(key);
    if (hit) return hit;
    const analysis = analyzeText(text, options);
    if (file) {
      file.analyses.clear(); // one set of options at a time is what a set needs
      file.analyses.set(key, analysis);
    }
    return analysis;
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
    this.timers.set(id, setTimeout(() => {
      this.timers.delete(id);
      const entry = this.entries.get(id);
      if (entry) void this.publish(entry, except).catch((e) => this.log(`checking the policy set ${configPath}`, e));
    }, delay));
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
      let found: ReturnType<PolicySets['lookup']>;
      try {
        found = this.lookup(path);
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
    this.activeConfigs = new Set(configs.keys());
    for (const id of [...this.published.keys()]) if (!this.activeConfigs.has(id) && !this.activeSets.has(id)) this.clearPublished(id, new Set());
    for (const id of [...this.entries.keys()]) if (!configs.has(id) && !sets.has(id)) this.entries.delete(id);
    for (const [id, d] of [...this.disk]) if (![...sets.values()].some((e) => e.keys.has(id))) this.disk.delete(id);
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
    const result = this.activeSets.has(id) && entry.config ? await this.analyse(entry) : undefined;
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
        void this.connection.sendDiagnostics({ uri: f.uri, diagnostics: a.findings.map((x) => toDiagnostic(x, a, f.uri, 0, result.lang)) }).catch(() => undefined);
        sent.add(f.uri);
      });
    }
    // A file listed but unreadable shows nothing of its own: say so on the configuration.
    void this.connection.sendDiagnostics({ uri: configUri, diagnostics: configDiagnostics(entry, result?.errors ?? [], lang, result?.warnings ?? []) }).catch(() => undefined);
    sent.add(configUri);
    this.clearPublished(id, sent);
    if (result) void this.connection.sendNotification(REPORT_CHANGED_NOTIFICATION, { uris: [configUri, ...result.files.map((f) => f.uri)] });
    // The code lens of every open file shows the set's coverage: ask the client to fetch them again.
    if (result?.analysis && entry.generation !== entry.lensGeneration && result.files.filter((f) => f.document).length > 0) {
      entry.lensGeneration = entry.generation;
      this.refreshLenses();
    }
  }

  /** A set whose check failed: one error on its configuration, so the failure is seen where it is. */
  private publishFailure(entry: SetEntry, e: unknown): void {
    const uri = this.uriFor(entry.configPath);
    const message = `kijun: this policy set could not be checked (internal error: ${e instanceof Error ? e.message : String(e)})`;
    void this.connection.sendDiagnostics({
      uri,
      diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, code: 'configuration', source: 'kijun', message }],
    }).catch(() => undefined);
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
    return this.openDocumentAt(path)?.uri ?? this.clientUris.get(nfc(path)) ?? pathToFileURL(path).href;
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

/** Problems of a configuration as diagnostics on its keys. */
export function configDiagnostics(entry: Pick<SetEntry, 'text' | 'problems' | 'root'>, errors: Array<{ path: string; message: string }>, lang: Lang, warnings: Array<{ path: string; message: string }> = []): Diagnostic[] {
  const bom = entry.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // VS Code shows the file without its BOM: count positions from after it.
  const doc = TextDocument.create('kijun:config', 'json', 0, entry.text.slice(bom));
  const { locations, errorAt } = scanJson(entry.text);
  const at = (start: number, end: number) => ({ start: doc.positionAt(Math.max(0, start - bom)), end: doc.positionAt(Math.max(0, end - bom)) });
  const firstLine = () => {
    const text = doc.getText();
    const start = text.search(/\S/);
    if (start < 0) return at(bom, bom);
    const nl = text.indexOf('\n', start);
    return at(start + bom, (nl < 0 ? text.length : nl) + bom);
  };
  const out: Diagnostic[] = [];
  for (const p of entry.problems) {
    let range;
    if (p.line !== undefined) {
      const line = Math.max(0, p.line - 1);
      const character = Math.max(0, (p.column ?? 1) - 1 - (line === 0 ? bom : 0));
      range = { start: { line, character }, end: { line, character: character + 1 } };
    } else if (!p.key && p.severity === 'error' && errorAt !== undefined && entry.text.trim()) {
      // Not JSON, and the parser did not say where: where the scan stopped.
      range = at(errorAt, Math.min(errorAt + 1, entry.text.length));
    } else {
      const r = p.key ? keyRange(locations, p.key) : undefined;
      range = r ? at(r.start, r.end) : firstLine();
    }
    out.push({
      range,
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: 'configuration',
      source: 'kijun',
      message: `${p.key ? `${p.key}: ` : ''}${pick(p.message, lang)}`,
    });
  }
  // Listed files that could not be read are errors; a file read with replaced bytes is checked, and where its bad
  // bytes are is said here (it is not open).
  const onFiles = (path: string, severity: DiagnosticSeverity, message: (name: string) => string): void => {
    const r = keyRange(locations, 'files');
    const name = relative(entry.root, path).split(sep).join('/');
    out.push({ range: r ? at(r.start, r.end) : firstLine(), severity, code: 'configuration', source: 'kijun', message: message(name) });
  };
  for (const e of errors) onFiles(e.path, DiagnosticSeverity.Error, (name) => (lang === 'ja' ? `files: ${name} を検査できません（${e.message}）` : `files: cannot check ${name} (${e.message})`));
  for (const w of warnings) onFiles(w.path, DiagnosticSeverity.Warning, (name) => (lang === 'ja' ? `files: ${name} に読めないバイトがあります（${w.message}）` : `files: ${name} has unreadable bytes (${w.message})`));
  return out;
}

function isInside(path: string, folder: string): boolean {
  if (folder === '/') return path.startsWith('/');
  return nfc(path) === nfc(folder) || nfc(path).startsWith(nfc(folder) + '/');
}
