import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Catalog } from '../catalog';
import { findMarkdownFiles, isFileInside, readBytes, walkFolders } from '../io/readFile';
import { POLICY_SET_FILE_NAMES, parsePolicySetConfig, type ConfigProblem, type PolicySetConfig } from './config';
import { choosePrimary, matchSetFiles } from './resolve';

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
}

const MAX_CONFIG_BYTES = 1024 * 1024;

/** The set configuration in a folder, if any: kijun.json first, then .kijunrc.json. */
export function policySetConfigIn(dir: string): string | undefined {
  for (const name of POLICY_SET_FILE_NAMES) {
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not there */
    }
  }
  return undefined;
}

/** Every set configuration in a folder and its sub-folders (not inside node_modules or hidden folders). */
export function findPolicySetConfigs(folder: string): string[] {
  const out: string[] = [];
  let root: string;
  try {
    root = realpathSync(folder);
  } catch {
    return out;
  }
  walkFolders(root, folder, {
    folder(dir, shown) {
      const config = policySetConfigIn(dir);
      if (config) out.push(join(shown, basename(config)));
    },
  });
  return out;
}

/** Reads, validates and resolves a set configuration. Problems are collected, never thrown. */
export function loadPolicySet(configPath: string, catalog: Catalog): LoadedPolicySet {
  const root = dirname(configPath);
  const set: LoadedPolicySet = { configPath, root, files: [], relative: [], problems: [] };
  const read = readBytes(configPath, MAX_CONFIG_BYTES);
  if (!read.ok) {
    if (read.reason === 'too-large') {
      set.problems.push({ severity: 'error', key: '', message: { ja: '設定ファイルが大きすぎます（1 MB まで）。', en: 'the configuration file is too large (1 MB at most)' } });
      return set;
    }
    const code = read.reason === 'unreadable' ? read.code : 'EISDIR';
    set.problems.push({
      severity: 'error', key: '',
      message: read.reason === 'missing' ? { ja: '設定ファイルがありません。', en: 'no such file' } : { ja: `設定ファイルを読めません（${code}）。`, en: `cannot read (${code})` },
    });
    return set;
  }
  const text = read.bytes.toString('utf8');
  const other = POLICY_SET_FILE_NAMES.find((n) => n !== basename(configPath) && existsSync(join(root, n)));
  if (other && basename(configPath) === POLICY_SET_FILE_NAMES[0]) {
    set.problems.push({ severity: 'warning', key: '', message: { ja: `同じフォルダの ${other} は使われません（${basename(configPath)} を優先します）。`, en: `${other} in the same folder is ignored (${basename(configPath)} takes precedence)` } });
  }
  const parsed = parsePolicySetConfig(text, catalog);
  set.problems.push(...parsed.problems);
  if (!parsed.config) return set;
  set.config = parsed.config;

  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  const candidates = findMarkdownFiles(root).map((p) => relative(root, p).split(sep).join('/'));
  // A literal name that is not a Markdown file under the folder (another extension, a hidden folder): it must
  // be a file, and stay inside the folder once links are resolved.
  const exists = (rel: string) => isFileInside(realRoot, join(root, rel));
  const matched = matchSetFiles(parsed.config, candidates, exists);
  set.problems.push(...matched.problems);
  set.relative = matched.files;
  set.files = matched.files.map((f) => join(root, f));
  const chosen = choosePrimary(matched.files, parsed.config);
  set.problems.push(...chosen.problems);
  if (chosen.primary !== undefined) set.primary = join(root, chosen.primary);
  return set;
}

/**
 * Whether the configuration itself is wrong (a bad value, an unknown id, no files): the CLI then refuses the set
 * rather than check it differently from what its authors wrote. A listed file that does not exist is not such an
 * error (it has `file`): it is reported like any unreadable file and the rest of the set is checked.
 */
export const hasConfigErrors = (set: Pick<LoadedPolicySet, 'problems'>): boolean => set.problems.some((p) => p.severity === 'error' && p.file === undefined);
