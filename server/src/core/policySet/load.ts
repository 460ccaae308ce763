import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Catalog } from '../catalog';
import { nodeFileSystem } from '../io/nodeFileSystem';
import { isWithin } from '../io/paths';
import { walkFolders } from '../io/readFile';
import { POLICY_SET_FILE_NAMES, parsePolicySetConfig, type ConfigProblem, type PolicySetConfig } from './config';
import type { SetFileSystem } from './fileSystem';
import { choosePrimary, matchSetFiles } from './resolve';

/**
 * Loading a policy set — the one implementation the CLI and the language server share: where a folder's
 * configuration is, reading it (never through a link that leads outside its folder, never over 1 MB), and
 * resolving its files (names and patterns matched against the Markdown files under the folder, literal names
 * only when they stay inside it, at most MAX_SET_FILES). Through a SetFileSystem: the server gives the text of an
 * open kijun.json itself and reads the rest as the CLI does.
 */

/** A policy set read from disk: its configuration, and the files it names, as paths the caller can open. */
export interface LoadedPolicySet {
  /** The configuration file, as the caller named it (or joined to the folder it gave). */
  configPath: string;
  /** The folder the patterns are relative to. */
  root: string;
  config?: PolicySetConfig;
  /** The set's files: `join(root, relative)`, in set order. */
  files: string[];
  /** The same files relative to `root`, `/`-separated. */
  relative: string[];
  /** The file that holds missing findings (one of `files`). */
  primary?: string;
  problems: ConfigProblem[];
  /** Over MAX_SET_FILES: every file the patterns matched (`files` holds the first ones); they belong to no other check. */
  matched?: string[];
}

export const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * The most files one set checks: each edit re-checks the set, and `**\/*.md` over a large repository (20 000
 * files) kept the server busy for half a minute and 700 MB. A policy has tens of files.
 */
export const MAX_SET_FILES = 500;

/** Whether `path` is a regular file inside the folder `realRoot` (a real path) once links are resolved. */
export function isFileInside(realRoot: string, path: string, fs: SetFileSystem = nodeFileSystem): boolean {
  const real = fs.realpath(path);
  return real !== undefined && real !== realRoot && isWithin(realRoot, real) && !!fs.stat(real)?.isFile;
}

/** The set configuration in a folder, if any: kijun.json first, then .kijunrc.json. */
export function policySetConfigIn(dir: string, fs: SetFileSystem = nodeFileSystem): string | undefined {
  for (const name of POLICY_SET_FILE_NAMES) {
    const p = join(dir, name);
    if (fs.stat(p)?.isFile) return p;
  }
  return undefined;
}

/** Every set configuration in a folder and its sub-folders (not inside node_modules or hidden folders). */
export function findPolicySetConfigs(folder: string, fs: SetFileSystem = nodeFileSystem): string[] {
  const out: string[] = [];
  const root = fs.realpath(folder);
  if (root === undefined) return out;
  walkFolders(root, folder, {
    folder(dir, shown) {
      const config = policySetConfigIn(dir, fs);
      if (config) out.push(join(shown, basename(config)));
    },
  });
  return out;
}

const problem = (ja: string, en: string): ConfigProblem => ({ severity: 'error', key: '', message: { ja, en } });

/**
 * A configuration that is a link to a file outside its own folder: not read (its first characters or keys would be
 * echoed in messages and diagnostics). Undefined when the configuration may be read.
 */
export function configLinkProblem(configPath: string, fs: SetFileSystem = nodeFileSystem): ConfigProblem | undefined {
  const real = fs.realpath(configPath);
  if (real === undefined) return undefined;
  const root = fs.realpath(dirname(configPath)) ?? resolve(dirname(configPath));
  if (isWithin(root, real) && real !== root) return undefined;
  return problem(
    `${basename(configPath)} はフォルダの外のファイルへのリンクです。読み込みません。`,
    `${basename(configPath)} is a link to a file outside its folder: not read`,
  );
}

/** The text of a configuration on disk, or the problems that kept it from being read. Never throws. */
export function readPolicySetConfig(configPath: string, fs: SetFileSystem = nodeFileSystem): { text?: string; problems: ConfigProblem[] } {
  const link = configLinkProblem(configPath, fs);
  if (link) return { problems: [link] };
  const read = fs.readBytes(configPath, MAX_CONFIG_BYTES);
  if (read.ok) return { text: new TextDecoder('utf-8').decode(read.bytes), problems: [] };
  if (read.reason === 'too-large') return { problems: [problem('設定ファイルが大きすぎます（1 MB まで）。', 'the configuration file is too large (1 MB at most)')] };
  if (read.reason === 'missing') return { problems: [problem('設定ファイルがありません。', 'no such file')] };
  const code = read.reason === 'unreadable' ? read.code : 'EISDIR';
  return { problems: [problem(`設定ファイルを読めません（${code}）。`, `cannot read (${code})`)] };
}

/** Parses a configuration's text and resolves its files under its folder. Problems are collected, never thrown. */
export function resolvePolicySet(configPath: string, text: string, catalog: Catalog, fs: SetFileSystem = nodeFileSystem): LoadedPolicySet {
  const root = dirname(configPath);
  const set: LoadedPolicySet = { configPath, root, files: [], relative: [], problems: [] };
  const [first, second] = POLICY_SET_FILE_NAMES;
  if (basename(configPath) === first && fs.stat(join(root, second))?.isFile) {
    set.problems.push({ severity: 'warning', key: '', message: { ja: `同じフォルダの ${second} は使われません（${first} を優先します）。`, en: `${second} in the same folder is ignored (${first} takes precedence)` } });
  }
  let parsed: ReturnType<typeof parsePolicySetConfig>;
  try {
    parsed = parsePolicySetConfig(text, catalog);
  } catch (e) {
    // A bug or a configuration beyond what was foreseen: this set's problem, not the caller's exception.
    set.problems.push(problem(`設定ファイルを読めません（${(e as Error).name}）。`, `cannot read (${(e as Error).name}: ${(e as Error).message})`));
    return set;
  }
  set.problems.push(...parsed.problems);
  if (!parsed.config) return set;
  set.config = parsed.config;

  const realRoot = fs.realpath(root) ?? resolve(root);
  const candidates = fs.markdownFiles(root).map((p) => relative(root, p).split(sep).join('/'));
  // A literal name that is not a Markdown file under the folder (another extension, a hidden folder): it must
  // be a file, and stay inside the folder once links are resolved.
  const matched = matchSetFiles(parsed.config, candidates, (rel) => isFileInside(realRoot, join(root, rel), fs));
  set.problems.push(...matched.problems);
  let files = matched.files;
  if (files.length > MAX_SET_FILES) {
    set.problems.push({
      severity: 'error', key: 'files',
      message: {
        ja: `ファイルが多すぎます: ${files.length.toLocaleString('en')} 件（一つのセットは ${MAX_SET_FILES} 件まで）。最初の ${MAX_SET_FILES} 件だけを検査します。パターンを絞るか、セットを分けてください。`,
        en: `too many files: ${files.length.toLocaleString('en')} (a set holds at most ${MAX_SET_FILES}); only the first ${MAX_SET_FILES} are checked: narrow the patterns or split the set`,
      },
    });
    set.matched = files.map((f) => join(root, f));
    files = files.slice(0, MAX_SET_FILES);
  }
  set.relative = files;
  set.files = files.map((f) => join(root, f));
  const chosen = choosePrimary(files, parsed.config);
  set.problems.push(...chosen.problems);
  if (chosen.primary !== undefined) set.primary = join(root, chosen.primary);
  return set;
}

/** Reads, validates and resolves a set configuration. Problems are collected, never thrown. */
export function loadPolicySet(configPath: string, catalog: Catalog, fs: SetFileSystem = nodeFileSystem): LoadedPolicySet {
  const read = readPolicySetConfig(configPath, fs);
  if (read.text === undefined) return { configPath, root: dirname(configPath), files: [], relative: [], problems: read.problems };
  return resolvePolicySet(configPath, read.text, catalog, fs);
}

/**
 * Whether the configuration itself is wrong (a bad value, an unknown id, no files): the CLI then refuses the set
 * rather than check it differently from what its authors wrote. A listed file that does not exist is not such an
 * error (it has `file`): it is reported like any unreadable file and the rest of the set is checked.
 */
export const hasConfigErrors = (set: Pick<LoadedPolicySet, 'problems'>): boolean => set.problems.some((p) => p.severity === 'error' && p.file === undefined);
