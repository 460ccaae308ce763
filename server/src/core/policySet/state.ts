import { getCatalog, type Catalog } from '../catalog';
import { analyzeText, type PolicyAnalysis } from '../checker/check';
import type { CheckOptions, Severity } from '../checker/types';
import { decodePolicy } from '../io/decode';
import { stripBom } from '../model/parse';
import { analyzePolicySet, type PolicySetAnalysis } from './analyze';
import { POLICY_SET_FILE_NAMES, type ConfigProblem, type PolicySetConfig } from './config';
import { isWithin, MAX_POLICY_BYTES, readFailureMessage, type FileSystem } from './fileSystem';
import { configLinkProblem, isConfigName, policySetConfigIn, readPolicySetConfig, resolvePolicySet } from './load';

/**
 * The policy sets of an editor session — the one state the Node language server and the web worker share: which
 * configurations there are above the open files, what they list, the closed files' texts, and the last analysis of
 * each set. Everything is recomputed from what is there: a configuration and a closed file are read again when
 * their stamp changes, so results are right even for a client that sends no file events; the events (a file
 * created, changed or deleted, a buffer opened) only make a re-check prompt. No LSP here: the host says which
 * buffers are open (an open buffer wins over the file) and turns results into diagnostics.
 */

/** An open buffer as the host has it. `document` is the host's own object, handed back in results. */
export interface OpenBuffer<D> {
  document: D;
  /** The name the host gives the file in results (a URI in the servers). */
  uri: string;
  version: number;
  text: string;
}

export interface SetStateHost<D> {
  fs: FileSystem;
  /** The open buffer of a file, if any. */
  openAt(path: string): OpenBuffer<D> | undefined;
  /** The name of a closed file in results (the servers: the URI the client uses for it). */
  uriFor(path: string): string;
  /** The analysis of an open buffer (a cache may answer). */
  analyzeOpen(document: D, options: CheckOptions): PolicyAnalysis;
  catalog?: () => Catalog;
  /** Open buffers longer than this are not checked as one types. */
  maxOpenLength: number;
}

/** One configuration file as last read, and the files it names. */
export interface SetEntry {
  configPath: string;
  root: string;
  /** Identifies the text that was parsed: the stamp on disk, or the version of an open buffer. */
  stamp: string;
  text: string;
  config?: PolicySetConfig;
  /** Problems of the configuration and of resolving its files. */
  problems: ConfigProblem[];
  /** The set's files, in set order. */
  files: string[];
  keys: Set<string>;
  primary?: string;
  /** The file list must be resolved again (a Markdown file was created or deleted under the root). */
  stale: boolean;
  /** The configuration could not be read (its problems say why): nothing to resolve. */
  unread?: boolean;
  memo?: { key: string; run: SetRun<unknown> };
  /** Counts the analyses computed (a host refreshes what shows the set's coverage when it moves). */
  generation: number;
  lensGeneration: number;
}

/** One run of a set's analysis, over the files that could be read. */
export interface SetRun<D> {
  analysis?: PolicySetAnalysis;
  /** Aligned with `analysis.files`: each analyzed file's path, its name in results, and its buffer when open. */
  files: Array<{ path: string; uri: string; document?: D }>;
  /** Listed files that could not be read (binary, too large, gone). */
  errors: Array<{ path: string; message: string }>;
  /** Listed files read with a warning (invalid bytes replaced with U+FFFD, and where). */
  warnings: Array<{ path: string; message: string }>;
}

interface DiskFile {
  stamp: string;
  read: { ok: true; text: string; warning?: string } | { ok: false; message: string };
  analyses: Map<string, PolicyAnalysis>;
}

export const nfc = (s: string): string => s.normalize('NFC');

/** Whether `path` is `folder` or below it, as strings (`/`-separated, compared in NFC). */
export function isInside(path: string, folder: string): boolean {
  if (folder === '/') return path.startsWith('/');
  return nfc(path) === nfc(folder) || nfc(path).startsWith(nfc(folder) + '/');
}

/** The options a set is checked with: its configuration, then the user's settings on top (as --severity would be). */
export function setCheckOptions(
  config: PolicySetConfig,
  settings: { edition?: string; severity: Record<string, Severity | 'off'> },
  language: CheckOptions['language'],
): CheckOptions {
  return {
    language,
    edition: config.edition ?? settings.edition,
    editionOrigin: config.edition !== undefined ? 'kijun.json' : 'kijun.edition setting',
    ...(config.organization ? { organization: config.organization } : {}),
    notApplicable: { ...config.notApplicable },
    ...(config.exceptions ? { exceptions: { ...config.exceptions } } : {}),
    severity: { ...config.severity, ...settings.severity },
  };
}

/** A policy file's text (UTF-8 or Shift_JIS, BOM removed) or why it cannot be read. */
export async function readPolicyText(fs: FileSystem, path: string): Promise<DiskFile['read']> {
  const r = await fs.readBytes(path, MAX_POLICY_BYTES);
  if (!r.ok) return { ok: false, message: readFailureMessage(r) };
  const decoded = decodePolicy(r.bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, text: stripBom(decoded.text), ...(decoded.warning ? { warning: decoded.warning } : {}) };
}

export class PolicySetState<D> {
  readonly entries = new Map<string, SetEntry>();
  private readonly disk = new Map<string, DiskFile>();
  private readonly loading = new Map<string, Promise<SetEntry | undefined>>();

  constructor(private readonly host: SetStateHost<D>) {}

  private get fs(): FileSystem {
    return this.host.fs;
  }

  // -- events ------------------------------------------------------------------------------------------------

  /** A file under a set's folder was created, deleted or opened: the sets above it list their files again. */
  filesMoved(path: string): void {
    for (const e of this.entries.values()) if (isInside(path, e.root)) e.stale = true;
  }

  /** A configuration changed on disk: forget it (kijun.json wins over .kijunrc.json in one folder: both). */
  configChanged(path: string): void {
    const dir = this.fs.path.dirname(path);
    for (const name of POLICY_SET_FILE_NAMES) this.entries.delete(nfc(this.fs.path.join(dir, name)));
  }

  /** A file was deleted on disk. */
  fileDeleted(path: string): void {
    this.disk.delete(nfc(path));
  }

  /** Settings or workspace folders changed: every set lists its files again. */
  allStale(): void {
    for (const e of this.entries.values()) e.stale = true;
  }

  /** Keeps only the configurations in `ids` (NFC paths), and the closed files of the sets among them. */
  retain(ids: Set<string>): void {
    for (const id of [...this.entries.keys()]) if (!ids.has(id)) this.entries.delete(id);
    const kept = [...this.entries.values()];
    for (const id of [...this.disk.keys()]) if (!kept.some((e) => e.config && e.keys.has(id))) this.disk.delete(id);
  }

  // -- finding the set ---------------------------------------------------------------------------------------

  /**
   * The nearest set listing `path`, and every configuration met on the way up — within `bound` (the workspace
   * folder), compared as real paths: a folder that is a link to elsewhere does not lead out. Without a bound, only
   * the file's own folder is looked at.
   */
  async lookup(path: string, bound: string | undefined): Promise<{ member?: SetEntry; configs: SetEntry[] }> {
    const { dirname } = this.fs.path;
    const configs: SetEntry[] = [];
    const realBound = bound === undefined ? undefined : await this.fs.realpath(bound);
    const key = nfc(path);
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const realDir = await this.fs.realpath(dir);
      const inside = realBound === undefined || (realDir !== undefined && isWithin(this.fs.path, realBound, realDir));
      const config = inside ? await policySetConfigIn(this.fs, dir) : undefined;
      const entry = config === undefined ? undefined : await this.entry(config);
      if (entry) {
        configs.push(entry);
        if (entry.keys.has(key)) return { member: entry, configs };
      }
      if (bound === undefined || dir === bound || dirname(dir) === dir || !isInside(dir, bound)) break;
    }
    return { configs };
  }

  /** The set that listed `path` when last read, without reading anything. */
  knownSetOf(path: string): SetEntry | undefined {
    const key = nfc(path);
    let best: SetEntry | undefined;
    for (const e of this.entries.values())
      if (e.config && e.keys.has(key) && (!best || e.root.length > best.root.length)) best = e;
    return best;
  }

  /**
   * The configuration at `configPath`, read again when it changed; undefined when it is gone. One read at a time
   * per configuration: a second caller (the publisher and a hover at once) waits for the first one's, rather than
   * take an entry whose files are not resolved yet.
   */
  entry(configPath: string): Promise<SetEntry | undefined> {
    const id = nfc(configPath);
    const pending = this.loading.get(id);
    if (pending) return pending;
    const load = this.load(configPath, id).finally(() => this.loading.delete(id));
    this.loading.set(id, load);
    return load;
  }

  private async load(configPath: string, id: string): Promise<SetEntry | undefined> {
    const open = this.host.openAt(configPath);
    let stamp: string;
    if (open) stamp = `open:${open.uri}@${open.version}`;
    else {
      const st = await this.fs.stat(configPath);
      if (!st?.isFile) {
        this.entries.delete(id);
        return undefined;
      }
      stamp = st.stamp;
    }
    const cached = this.entries.get(id);
    if (cached && cached.stamp === stamp) {
      if (cached.stale && !cached.unread) await this.resolve(cached);
      return cached;
    }
    const entry: SetEntry = {
      configPath,
      root: this.fs.path.dirname(configPath),
      stamp,
      text: '',
      problems: [],
      files: [],
      keys: new Set(),
      stale: false,
      generation: 0,
      lensGeneration: 0,
    };
    this.entries.set(id, entry);
    // Read as the CLI reads it (size limit, no link that leads outside its folder); an open buffer of it wins over
    // the file, unless the file is such a link.
    const read = open ? { text: open.text, problems: [] } : await readPolicySetConfig(this.fs, configPath);
    const link = open ? await configLinkProblem(this.fs, configPath) : undefined;
    if (link || read.text === undefined) {
      entry.problems = link ? [link] : read.problems;
      entry.unread = true;
      return entry;
    }
    entry.text = read.text;
    await this.resolve(entry);
    return entry;
  }

  /** Parses the configuration and matches its patterns against the Markdown files under its folder. */
  private async resolve(entry: SetEntry): Promise<void> {
    entry.stale = false;
    entry.memo = undefined;
    const set = await resolvePolicySet(this.fs, entry.configPath, entry.text, (this.host.catalog ?? getCatalog)());
    entry.config = set.config;
    entry.files = set.files;
    entry.primary = set.primary;
    entry.problems = set.problems;
    entry.keys = new Set(entry.files.map(nfc));
  }

  // -- analyzing a set ---------------------------------------------------------------------------------------

  /**
   * The set's analysis over its open buffers and its closed files (read again when their stamp changed). The same
   * inputs as last time (a hover, then the code actions, then the code lens of one version) give the same run.
   */
  async analyze(entry: SetEntry, options: CheckOptions): Promise<SetRun<D>> {
    // The closed files are read first (asynchronously); the open buffers are taken after, without a pause, so the
    // analysis describes the versions the editor has now.
    const disk = new Map<string, DiskFile>();
    for (;;) {
      const unread = entry.files.filter((p) => !this.host.openAt(p) && !disk.has(p));
      if (!unread.length) break;
      for (const p of unread) disk.set(p, await this.readDisk(p));
    }
    const files: SetRun<D>['files'] = [];
    const texts: string[] = [];
    const errors: SetRun<D>['errors'] = [];
    const warnings: SetRun<D>['warnings'] = [];
    const keyParts: string[] = [JSON.stringify(options), entry.stamp];
    for (const path of entry.files) {
      const open = this.host.openAt(path);
      if (open) {
        if (open.text.length > this.host.maxOpenLength) {
          errors.push({ path, message: 'too large to check as you type' });
          keyParts.push(`e ${path} ${open.uri} ${open.version}`);
          continue;
        }
        files.push({ path, uri: open.uri, document: open.document });
        texts.push(open.text);
        keyParts.push(`o ${open.uri} ${open.version}`);
        continue;
      }
      const file = disk.get(path)!;
      if (!file.read.ok) {
        errors.push({ path, message: file.read.message });
        keyParts.push(`e ${path} ${file.stamp}`);
        continue;
      }
      files.push({ path, uri: this.host.uriFor(path) });
      texts.push(file.read.text);
      if (file.read.warning) warnings.push({ path, message: file.read.warning });
      keyParts.push(`d ${path} ${file.stamp}`);
    }
    const primaryIndex = entry.primary === undefined ? -1 : files.findIndex((f) => nfc(f.path) === nfc(entry.primary!));
    keyParts.push(String(primaryIndex));
    const key = keyParts.join('\n');
    if (entry.memo?.key === key) return entry.memo.run as SetRun<D>;

    const byUri = new Map(files.map((f) => [f.uri, f]));
    const analyze = (file: { path: string; text: string }, o: CheckOptions): PolicyAnalysis => {
      const f = byUri.get(file.path);
      if (f?.document) return this.host.analyzeOpen(f.document, o);
      return this.diskAnalysis(f?.path ?? file.path, file.text, o);
    };
    const analysis = files.length
      ? analyzePolicySet(
          files.map((f, i) => ({ path: f.uri, text: texts[i] })),
          { ...options, ...(primaryIndex >= 0 ? { primary: files[primaryIndex].uri } : {}), analyze },
        )
      : undefined;
    const run: SetRun<D> = { analysis, files, errors, warnings };
    entry.memo = { key, run };
    entry.generation++;
    return run;
  }

  /** A closed file's text, read again when its stamp changed. */
  private async readDisk(path: string): Promise<DiskFile> {
    const id = nfc(path);
    const stamp = (await this.fs.stat(path))?.stamp ?? 'missing';
    const cached = this.disk.get(id);
    if (cached && cached.stamp === stamp) return cached;
    const file: DiskFile = { stamp, read: await readPolicyText(this.fs, path), analyses: new Map() };
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
}

export { isConfigName };
