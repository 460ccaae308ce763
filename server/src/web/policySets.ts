// server/src/server/policySets.ts for the web worker: there is no disk, so a policy set's configuration and its
// files that are not open are read through the client — the custom requests below, which the browser client
// answers with VS Code's workspace.fs (client/src/webFileSystem.ts). The same core decides (parsePolicySetConfig,
// matchSetFiles, choosePrimary, analyzePolicySet) and Shift_JIS is decoded by the browser's TextDecoder.
//
// What the web version does not do (the Node server does): publish the set's findings on files that are not open
// (a missing clause of the set still shows in the open file that is the primary, or in each open file when the
// primary is closed) and diagnostics on kijun.json itself. What is read is cached for a few seconds, and forgotten
// at once when the client reports a change (workspace/didChangeWatchedFiles) or a configuration is edited.
import { type ClientCapabilities, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver/browser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyzePolicySet, analyzeText, choosePrimary, getCatalog, matchSetFiles, parsePolicySetConfig, POLICY_SET_FILE_NAMES, stripBom,
  type CheckOptions, type ConfigProblem, type PolicyAnalysis, type PolicySetAnalysis, type PolicySetConfig,
} from '../core';
import { decodePolicy } from '../core/io/decode';
import { MAX_DOCUMENT_LENGTH, type AnalysisCache, type AnalysisSource, type DocumentState } from '../server/analysisCache';
import type { KijunSettings, SettingsStore } from '../server/configuration';
import { resolveLanguage, type Lang } from '../server/i18n';
import { READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, REPORT_CHANGED_NOTIFICATION, type ReadDirectoryParams, type ReadFileParams, type ReadFileResult } from '../protocol';


const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_CONFIG_BYTES = 1024 * 1024;
/** How long what was read is trusted without a change event from the client. */
const FRESH_MS = 3000;
/** The most Markdown files listed under a set's folder (a glob in kijun.json is matched against them). */
const MAX_LISTED = 5000;
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist']);

export interface OpenDocumentPublisher {
  schedule(uri: string, delay?: number): void;
  scheduleAll(): void;
}

/**
 * One run of the set's analysis: the Node server's shape (complianceReport.ts reads it), less the read warnings
 * (the client decodes the files here). A type import: nothing of the Node module is bundled.
 */
export type SetResult = Omit<import('../server/policySets').SetResult, 'warnings'>;

/** A URI split into what stays (scheme and authority) and its decoded path. */
interface Place {
  base: string;
  path: string;
}

function place(uri: string): Place | undefined {
  const m = /^([a-z][\w+.-]*:\/\/[^/?#]*)([^?#]*)/i.exec(uri);
  if (!m) return undefined;
  try {
    return { base: m[1], path: decodeURIComponent(m[2] || '/') };
  } catch {
    return undefined;
  }
}

const encodePath = (path: string) => path.split('/').map((s) => encodeURIComponent(s)).join('/');
const uriOf = (p: Place) => `${p.base}${encodePath(p.path)}`;
const keyOf = (p: Place) => `${p.base.toLowerCase()}${p.path.normalize('NFC')}`;
const parent = (path: string) => path.replace(/\/[^/]*$/, '') || '/';
const join = (dir: string, rel: string) => `${dir.replace(/\/$/, '')}/${rel}`;
const nfc = (s: string) => s.normalize('NFC');

function base64ToBytes(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type ReadAnswer = ReadFileResult;
type Read = { ok: true; bytes: Uint8Array } | { ok: false; message: string; missing: boolean };
let readCount = 0;

interface Entry {
  at: number;
  config?: PolicySetConfig;
  problems: ConfigProblem[];
  root: Place;
  configPlace: Place;
  /** The set's files (places), in set order; `keys` for lookup. */
  files: Place[];
  keys: Set<string>;
  primary?: Place;
  /** The last analysis, and what it was made from (options, open versions, the reads of closed files). */
  memo?: { key: string; result: SetResult };
}

export class PolicySets {
  private readonly reads = new Map<string, { at: number; id: number; read: Promise<Read> }>();
  private readonly configs = new Map<string, Entry | null>();
  private unsupported = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: Pick<SettingsStore, 'get'>,
    private readonly cache: AnalysisCache,
    private readonly env: { locale: () => string | undefined; folders: () => string[] },
    private readonly openPublisher: OpenDocumentPublisher,
  ) {}

  configure(_capabilities: ClientCapabilities): void {
    // Nothing to learn from the capabilities: whether the client reads files shows in its first answer.
  }

  documentChanged(uri: string): void {
    if (this.isConfig(uri)) this.forgetAll();
  }

  documentClosed(uri: string): boolean {
    if (this.isConfig(uri)) this.forgetAll();
    return false;
  }

  filesChanged(changes: FileEvent[]): void {
    for (const c of changes) {
      const p = place(c.uri);
      if (p) this.reads.delete(keyOf(p));
    }
    if (changes.some((c) => this.isConfig(c.uri) || /\.(md|markdown)$/i.test(c.uri))) this.forgetAll();
  }

  settingsChanged(): void {
    this.forgetAll();
  }

  private forgetAll(): void {
    this.configs.clear();
    this.reads.clear();
    this.openPublisher.scheduleAll();
  }

  private isConfig(uri: string): boolean {
    const p = place(uri);
    return !!p && (POLICY_SET_FILE_NAMES as readonly string[]).includes(p.path.split('/').pop() ?? '');
  }

  // -- the analysis, for the features ------------------------------------------------------------------------

  async stateOf(uri: string): Promise<{ state?: DocumentState } | undefined> {
    const document = this.documents.get(uri);
    const p = place(uri);
    if (!document || !p || this.isConfig(uri)) return undefined;
    const entry = await this.memberOf(p);
    if (!entry) return undefined;
    const result = await this.analyse(entry);
    const now = this.documents.get(uri);
    if (!result?.analysis || !now) return {};
    const i = result.files.findIndex((f) => f.document?.uri === uri);
    if (i < 0 || result.files[i].document!.version !== now.version) return {};
    return { state: { document: now, analysis: result.analysis.files[i].analysis, settings: result.settings, lang: result.lang } };
  }

  async setFor(uri: string): Promise<SetResult | undefined> {
    const p = place(uri);
    if (!p) return undefined;
    const entry = this.isConfig(uri) ? await this.entry(p) : await this.memberOf(p);
    if (!entry?.config) return undefined;
    return this.analyse(entry);
  }

  // -- finding the set ---------------------------------------------------------------------------------------

  /** The nearest set (in the file's folder or above it, within its workspace folder) that lists the file. */
  private async memberOf(file: Place): Promise<Entry | undefined> {
    if (this.unsupported) return undefined;
    const bound = this.boundFor(file);
    const key = keyOf(file);
    for (let dir = parent(file.path); ; dir = parent(dir)) {
      for (const name of POLICY_SET_FILE_NAMES) {
        const entry = await this.entry({ base: file.base, path: join(dir, name) });
        if (entry === undefined) continue;
        if (entry.keys.has(key)) return entry;
        break; // kijun.json wins over .kijunrc.json in one folder
      }
      if (bound === undefined || dir === bound || dir === '/' || !dir.startsWith(bound)) return undefined;
    }
  }

  private boundFor(file: Place): string | undefined {
    let best: string | undefined;
    for (const f of this.env.folders()) {
      const p = place(f);
      if (!p || p.base.toLowerCase() !== file.base.toLowerCase()) continue;
      const folder = p.path.replace(/\/+$/, '') || '/';
      if ((file.path.startsWith(folder + '/') || folder === '/') && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /** The configuration at `config`, parsed and resolved; undefined when there is none. */
  private async entry(config: Place): Promise<Entry | undefined> {
    const key = keyOf(config);
    const cached = this.configs.get(key);
    if (cached !== undefined && (cached === null || Date.now() - cached.at < FRESH_MS)) return cached ?? undefined;
    const open = this.openAt(config);
    let text: string;
    if (open) text = open.getText();
    else {
      const r = await this.read(config, MAX_CONFIG_BYTES);
      if (!r.ok && r.missing) {
        this.configs.set(key, null);
        return undefined;
      }
      text = r.ok ? new TextDecoder('utf-8').decode(r.bytes) : '';
    }
    const root: Place = { base: config.base, path: parent(config.path) };
    const entry: Entry = { at: Date.now(), problems: [], root, configPlace: config, files: [], keys: new Set() };
    const parsed = parsePolicySetConfig(text, getCatalog());
    entry.problems.push(...parsed.problems);
    entry.config = parsed.config;
    if (parsed.config) {
      const candidates = await this.markdownUnder(root);
      const listed = new Set(candidates.map(nfc));
      const matched = matchSetFiles(parsed.config, candidates, (rel) => listed.has(nfc(rel)));
      const chosen = choosePrimary(matched.files, parsed.config);
      entry.problems.push(...matched.problems, ...chosen.problems);
      entry.files = matched.files.map((f) => ({ base: root.base, path: join(root.path, f) }));
      if (chosen.primary !== undefined) entry.primary = { base: root.base, path: join(root.path, chosen.primary) };
    }
    entry.keys = new Set(entry.files.map(keyOf));
    this.configs.set(key, entry);
    return entry;
  }

  /** The Markdown files under a folder, relative and `/`-separated (hidden folders, node_modules, out, dist skipped). */
  private async markdownUnder(root: Place): Promise<string[]> {
    const out: string[] = [];
    const walk = async (rel: string): Promise<void> => {
      if (out.length >= MAX_LISTED) return;
      const entries = await this.readDirectory({ base: root.base, path: rel ? join(root.path, rel) : root.path });
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (const [name, type] of entries) {
        const child = rel ? `${rel}/${name}` : name;
        // Links are not followed (type 64 alone, or with 1/2): a link may lead outside the folder.
        if (type & 64) continue;
        if (type & 2) {
          if (!SKIP_DIRS.has(name) && !name.startsWith('.')) await walk(child);
        } else if (type & 1 && /\.(md|markdown)$/i.test(name)) out.push(child);
      }
    };
    await walk('');
    return out;
  }

  // -- reading through the client ----------------------------------------------------------------------------

  private openAt(p: Place): TextDocument | undefined {
    const key = keyOf(p);
    return this.documents.all().find((d) => {
      const q = place(d.uri);
      return q !== undefined && keyOf(q) === key;
    });
  }

  private read(p: Place, limit: number): Promise<Read> {
    const key = keyOf(p);
    const hit = this.reads.get(key);
    if (hit && Date.now() - hit.at < FRESH_MS) return hit.read;
    const id = ++readCount;
    const read = (async (): Promise<Read> => {
      let answer: ReadAnswer;
      try {
        answer = await this.connection.sendRequest<ReadAnswer>(READ_FILE_REQUEST, { uri: uriOf(p), limit } satisfies ReadFileParams);
      } catch (e) {
        // A client that does not read files for the server (another LSP client): no policy sets.
        this.unsupported = true;
        return { ok: false, message: `cannot read (${(e as Error).message})`, missing: true };
      }
      if (!answer || typeof answer !== 'object') {
        this.unsupported = true;
        return { ok: false, message: 'cannot read (the client does not read files)', missing: true };
      }
      if ('data' in answer && typeof answer.data === 'string') {
        const bytes = base64ToBytes(answer.data);
        return bytes.length > limit ? { ok: false, message: 'too large to check', missing: false } : { ok: true, bytes };
      }
      const error = 'error' in answer ? String(answer.error) : 'unreadable';
      const message = error === 'missing' ? 'no such file' : error === 'directory' ? 'is a directory' : error === 'too-large' ? 'too large to check' : `cannot read (${error})`;
      return { ok: false, message, missing: error === 'missing' || error === 'directory' };
    })();
    this.reads.set(key, { at: Date.now(), id, read });
    return read;
  }

  private async readDirectory(p: Place): Promise<Array<[string, number]>> {
    try {
      const answer = await this.connection.sendRequest<{ entries?: Array<[string, number]>; error?: string }>(READ_DIRECTORY_REQUEST, { uri: uriOf(p) } satisfies ReadDirectoryParams);
      return Array.isArray(answer?.entries) ? answer.entries.filter((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number') : [];
    } catch {
      this.unsupported = true;
      return [];
    }
  }

  // -- analysing a set ---------------------------------------------------------------------------------------

  private async analyse(entry: Entry): Promise<SetResult | undefined> {
    const config = entry.config;
    if (!config) return undefined;
    const configUri = uriOf(entry.configPlace);
    const settings = await this.settings.get(configUri);
    if (!settings.enable) return undefined;
    const lang = resolveLanguage(settings.language, this.env.locale());
    const options: CheckOptions = {
      language: lang,
      edition: config.edition ?? settings.edition,
      notApplicable: { ...config.notApplicable },
      severity: { ...config.severity, ...settings.severity },
    };
    // Read what is not open first (asynchronously); then take the open buffers, so that the analysis describes
    // the versions the editor has now.
    const disk = await Promise.all(entry.files.map((f) => (this.openAt(f) ? undefined : this.read(f, MAX_FILE_BYTES))));
    const files: SetResult['files'] = [];
    const texts: string[] = [];
    const errors: SetResult['errors'] = [];
    entry.files.forEach((f, i) => {
      const document = this.openAt(f);
      if (document) {
        const text = document.getText();
        if (text.length > MAX_DOCUMENT_LENGTH) errors.push({ path: f.path, message: 'too large to check as you type' });
        else {
          files.push({ path: f.path, uri: document.uri, document });
          texts.push(text);
        }
        return;
      }
      const r = disk[i];
      if (!r) {
        errors.push({ path: f.path, message: 'closed while being read' });
        return;
      }
      if (!r.ok) {
        errors.push({ path: f.path, message: r.message });
        return;
      }
      const decoded = decodePolicy(r.bytes);
      if (!decoded.ok) {
        errors.push({ path: f.path, message: decoded.message });
        return;
      }
      files.push({ path: f.path, uri: uriOf(f) });
      texts.push(stripBom(decoded.text));
    });
    const primary = entry.primary ? files.find((f) => nfc(f.path) === nfc(entry.primary!.path)) : undefined;
    // The same inputs as last time (a hover, then the code actions, then the code lens of one version): the same
    // analysis, without analysing the closed files again.
    const memoKey = [JSON.stringify(options), primary?.uri ?? '', ...files.map((f) => (f.document ? `o ${f.uri} ${f.document.version}` : `d ${f.uri} ${this.reads.get(keyOf(place(f.uri)!))?.id ?? 0}`)), ...errors.map((e) => `e ${e.path}`)].join('\n');
    if (entry.memo?.key === memoKey) return { ...entry.memo.result, settings, lang };
    const byUri = new Map(files.map((f) => [f.uri, f]));
    const analyze = (file: { path: string; text: string }, o: CheckOptions): PolicyAnalysis => {
      const f = byUri.get(file.path);
      return f?.document ? this.cache.get(f.document, o) : analyzeText(file.text, o);
    };
    const analysis = files.length
      ? analyzePolicySet(files.map((f, i) => ({ path: f.uri, text: texts[i] })), { ...options, ...(primary ? { primary: primary.uri } : {}), analyze })
      : undefined;
    const result: SetResult = { analysis, files, errors, settings, lang, config, problems: entry.problems, configPath: entry.configPlace.path, configUri, root: entry.root.path };
    entry.memo = { key: memoKey, result };
    return result;
  }
}

/** The features' analysis source, answering with the set's view of a document that belongs to a set. */
export { withPolicySets } from '../server/setSource';
