import type { Catalog } from '../catalog';
import { localized } from '../i18n';
import {
  isGlob,
  POLICY_SET_FILE_NAMES,
  parsePolicySetConfig,
  type ConfigProblem,
  type PolicySetConfig,
} from './config';
import { isWithin, type FileSystem } from './fileSystem';
import { choosePrimary, matchSetFiles } from './resolve';
import { findMarkdownFiles, isFileInside, walkFolders } from './walk';

/**
 * Loading a policy set — the one implementation the CLI, the Node language server and the web worker share: where
 * a folder's configuration is, reading it (never through a link that leads outside its folder, never over 1 MB),
 * and resolving its files (names and patterns matched against the Markdown files under the folder, literal names
 * only when they stay inside it, at most MAX_SET_FILES). Through a FileSystem (fileSystem.ts): the servers give
 * the text of an open kijun.json themselves (resolvePolicySet) and read the rest as the CLI does.
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

export const isConfigName = (name: string): boolean => (POLICY_SET_FILE_NAMES as readonly string[]).includes(name);

/** The set configuration in a folder, if any: kijun.json first, then .kijunrc.json. */
export async function policySetConfigIn(fs: FileSystem, dir: string): Promise<string | undefined> {
  for (const name of POLICY_SET_FILE_NAMES) {
    const p = fs.path.join(dir, name);
    if ((await fs.stat(p))?.isFile) return p;
  }
  return undefined;
}

/** Every set configuration in a folder and its sub-folders (not inside node_modules or hidden folders). */
export async function findPolicySetConfigs(fs: FileSystem, folder: string): Promise<string[]> {
  const out: string[] = [];
  const root = await fs.realpath(folder);
  if (root === undefined) return out;
  await walkFolders(fs, root, folder, {
    async folder(dir, shown) {
      const config = await policySetConfigIn(fs, dir);
      if (config) out.push(fs.path.join(shown, fs.path.basename(config)));
    },
  });
  return out;
}

const problem = (message: ConfigProblem['message']): ConfigProblem => ({ severity: 'error', key: '', message });

/**
 * A configuration that is a link to a file outside its own folder: not read (its first characters or keys would be
 * echoed in messages and diagnostics). Undefined when the configuration may be read.
 */
export async function configLinkProblem(fs: FileSystem, configPath: string): Promise<ConfigProblem | undefined> {
  const { basename, dirname, resolve } = fs.path;
  const real = await fs.realpath(configPath);
  if (real === undefined) return undefined;
  const root = (await fs.realpath(dirname(configPath))) ?? resolve(dirname(configPath));
  if (isWithin(fs.path, root, real) && real !== root) return undefined;
  return problem(localized('set.configLinkOutside', basename(configPath)));
}

/** The text of a configuration on disk, or the problems that kept it from being read. Never throws. */
export async function readPolicySetConfig(
  fs: FileSystem,
  configPath: string,
): Promise<{ text?: string; problems: ConfigProblem[] }> {
  const link = await configLinkProblem(fs, configPath);
  if (link) return { problems: [link] };
  const read = await fs.readBytes(configPath, MAX_CONFIG_BYTES);
  if (read.ok) return { text: new TextDecoder('utf-8').decode(read.bytes), problems: [] };
  if (read.reason === 'too-large') return { problems: [problem(localized('set.configTooLarge'))] };
  if (read.reason === 'missing') return { problems: [problem(localized('set.configMissing'))] };
  const code = read.reason === 'unreadable' ? read.code : 'EISDIR';
  return { problems: [problem(localized('set.configUnreadable', code))] };
}

/** Parses a configuration's text and resolves its files under its folder. Problems are collected, never thrown. */
export async function resolvePolicySet(
  fs: FileSystem,
  configPath: string,
  text: string,
  catalog: Catalog,
): Promise<LoadedPolicySet> {
  const { basename, dirname, join, relative, resolve, sep } = fs.path;
  const root = dirname(configPath);
  const set: LoadedPolicySet = { configPath, root, files: [], relative: [], problems: [] };
  const [first, second] = POLICY_SET_FILE_NAMES;
  if (basename(configPath) === first && (await fs.stat(join(root, second)))?.isFile) {
    set.problems.push({ severity: 'warning', key: '', message: localized('set.secondConfigIgnored', second, first) });
  }
  let parsed: ReturnType<typeof parsePolicySetConfig>;
  try {
    parsed = parsePolicySetConfig(text, catalog);
  } catch (e) {
    // A bug or a configuration beyond what was foreseen: this set's problem, not the caller's exception.
    const { name, message } = e as Error;
    set.problems.push(
      problem({
        ja: localized('set.configUnreadable', name).ja,
        en: localized('set.configUnreadable', `${name}: ${message}`).en,
      }),
    );
    return set;
  }
  set.problems.push(...parsed.problems);
  if (!parsed.config) return set;
  set.config = parsed.config;

  const realRoot = (await fs.realpath(root)) ?? resolve(root);
  const candidates = (await findMarkdownFiles(fs, root)).map((p) => relative(root, p).split(sep).join('/'));
  // A literal name that is not a Markdown file under the folder (another extension, a hidden folder): it must
  // be a file, and stay inside the folder once links are resolved. Asked before matching (matching is synchronous).
  const literal = new Set<string>();
  for (const name of parsed.config.files)
    if (!isGlob(name) && (await isFileInside(fs, realRoot, join(root, name)))) literal.add(name);
  const matched = matchSetFiles(parsed.config, candidates, (rel) => literal.has(rel));
  set.problems.push(...matched.problems);
  let files = matched.files;
  if (files.length > MAX_SET_FILES) {
    set.problems.push({
      severity: 'error',
      key: 'files',
      message: localized('set.tooManyFiles', files.length, MAX_SET_FILES),
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
export async function loadPolicySet(fs: FileSystem, configPath: string, catalog: Catalog): Promise<LoadedPolicySet> {
  const read = await readPolicySetConfig(fs, configPath);
  if (read.text === undefined)
    return { configPath, root: fs.path.dirname(configPath), files: [], relative: [], problems: read.problems };
  return resolvePolicySet(fs, configPath, read.text, catalog);
}

/**
 * Whether the configuration itself is wrong (a bad value, an unknown id, no files): the CLI then refuses the set
 * rather than check it differently from what its authors wrote. A listed file that does not exist is not such an
 * error (it has `file`): it is reported like any unreadable file and the rest of the set is checked.
 */
export const hasConfigErrors = (set: Pick<LoadedPolicySet, 'problems'>): boolean =>
  set.problems.some((p) => p.severity === 'error' && p.file === undefined);
