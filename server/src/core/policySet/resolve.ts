import { compileGlobs } from '../glob/glob';
import { localized } from '../i18n';
import { normalizeForMatch } from '../text/normalize';
import { isGlob, type ConfigProblem, type PolicySetConfig } from './config';

/**
 * Which files a set's patterns name, without touching the file system: the caller lists the Markdown files
 * under the set's folder (`candidates`, relative, `/`-separated) and says whether a literal name exists, so the
 * language server can answer from its workspace index and the CLI from disk.
 */
export interface SetFiles {
  /** Relative paths in the order of `files` (a pattern's matches sorted), each once. */
  files: string[];
  problems: ConfigProblem[];
}

const nfc = (s: string) => s.normalize('NFC');

export function matchSetFiles(
  config: PolicySetConfig,
  candidates: string[],
  exists: (relative: string) => boolean,
): SetFiles {
  const files: string[] = [];
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = nfc(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  const sorted = [...candidates].map((c) => c.replace(/\\/g, '/')).sort();
  config.files.forEach((pattern, i) => {
    if (isGlob(pattern)) {
      // File names saved on macOS may be NFD (decomposed kana): compare both sides in NFC.
      // Matched without backtracking (a pattern from the repository must not hang the check).
      const compiled = compileGlobs([nfc(pattern)], { dot: false });
      if (!compiled.ok) {
        problems.push({
          severity: 'error',
          key: `files[${i}]`,
          message: localized('set.unusablePattern', pattern.slice(0, 80), compiled.reason),
        });
        return;
      }
      const hits = sorted.filter((c) => compiled.match(nfc(c)));
      if (!hits.length) {
        problems.push({
          severity: 'warning',
          key: `files[${i}]`,
          message: localized('set.patternMatchesNothing', pattern),
        });
      }
      hits.forEach(add);
    } else {
      const hit = sorted.find((c) => nfc(c) === nfc(pattern));
      if (hit) add(hit);
      else if (exists(pattern)) add(pattern);
      else
        problems.push({
          severity: 'error',
          key: `files[${i}]`,
          file: pattern,
          message: localized('set.noSuchFile', pattern),
        });
    }
  });
  return { files, problems };
}

/**
 * The file that should hold a clause the whole set is missing: `primary` when given, else the file named like
 * a measures standard (対策基準, "standard"), else the first file.
 */
export function choosePrimary(
  files: string[],
  config: Pick<PolicySetConfig, 'primary'>,
): { primary: string | undefined; problems: ConfigProblem[] } {
  if (!files.length) return { primary: undefined, problems: [] };
  if (config.primary) {
    const hit = files.find((f) => nfc(f) === nfc(config.primary!));
    if (hit) return { primary: hit, problems: [] };
    return {
      primary: byName(files),
      problems: [
        {
          severity: 'error',
          key: 'primary',
          message: localized('set.primaryNotListed', config.primary),
        },
      ],
    };
  }
  return { primary: byName(files), problems: [] };
}

function byName(files: string[]): string {
  const base = (f: string) => normalizeForMatch(f.split('/').pop() ?? f).replace(/\.(md|markdown)$/, '');
  return (
    files.find((f) => /対策基準/.test(base(f))) ??
    files.find((f) => /\bstandards?\b/.test(base(f).replace(/[-_]/g, ' '))) ??
    files[0]
  );
}
