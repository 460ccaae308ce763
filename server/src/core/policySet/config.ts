import { parseEditionSpelling } from '../checker/edition';
import { readException, type ApprovedException } from '../checker/exceptions';
import type { Catalog, LocalizedText } from '../catalog';
import type { Severity } from '../checker/types';

/**
 * A policy set: the files of one policy (基本方針, 対策基準, 別表 …) that are checked together, described by a
 * `kijun.json` or `.kijunrc.json` at the policy's root:
 *
 *   { "files": ["基本方針.md", "対策基準.md", "別表/*.md"], "primary": "対策基準.md", "edition": "h30",
 *     "organization": "agency", "notApplicable": { "drm": "reason" }, "severity": { "it-asset-management": "off" } }
 *
 * The file is data only: it is parsed as JSON, validated key by key, and nothing in it is executed or used to
 * read outside the policy's folder (patterns are relative, without `..`).
 */
export const POLICY_SET_FILE_NAMES = ['kijun.json', '.kijunrc.json'] as const;

export type Organization = 'ministry' | 'agency' | 'higher-education';

export interface PolicySetConfig {
  /** File names or glob patterns, relative to the folder of the configuration file, `/`-separated. */
  files: string[];
  /** The file that should hold a missing clause (default: the file named like 対策基準, else the first). */
  primary?: string;
  /** A name for the whole policy, shown as the report's title. */
  name?: string;
  edition?: string;
  organization?: Organization;
  notApplicable: Record<string, string>;
  severity: Record<string, Severity | 'off'>;
  /** Approved exceptions (例外措置): requirement id → { reason, approver, expires }. */
  exceptions?: Record<string, ApprovedException>;
}

export interface ConfigProblem {
  /** `error`: the set cannot be checked as written; `warning`: checked, but something is ignored. */
  severity: 'error' | 'warning';
  /** Where: a key path such as `files[2]` or `severity.drm`; '' for the whole file. */
  key: string;
  message: LocalizedText;
  /** For a listed file that cannot be found: the name as listed (relative to the set's folder). */
  file?: string;
  /** 1-based position, for JSON syntax errors. */
  line?: number;
  column?: number;
}

export interface ParsedConfig {
  /** Absent when the file cannot be used at all (not JSON, not an object, no usable `files`). */
  config?: PolicySetConfig;
  problems: ConfigProblem[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const ORGANIZATIONS: Organization[] = ['ministry', 'agency', 'higher-education'];
const KNOWN_KEYS = [
  '$schema',
  'files',
  'primary',
  'name',
  'edition',
  'organization',
  'notApplicable',
  'not-applicable',
  'severity',
  'exceptions',
];

const show = (v: unknown): string => {
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch {
    // Nested deeper than the stack (a hostile kijun.json): say what it is.
    return Array.isArray(v) ? '[…]' : '{…}';
  }
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '...' : s;
};

/** Whether a pattern has glob syntax (picomatch's), as opposed to naming one file. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}()!]/.test(pattern);
}

/** A problem with a pattern's form, or undefined when it is a usable relative pattern. */
function patternProblem(p: string): LocalizedText | undefined {
  if (!p.trim()) return { ja: '空のパターンです。', en: 'empty pattern' };
  if (p.includes('\\'))
    return { ja: 'パスの区切りは / で書いてください（\\ は使えません）。', en: 'use / as the path separator (not \\)' };
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p))
    return {
      ja: '設定ファイルのあるフォルダからの相対パスで書いてください。',
      en: 'must be relative to the folder of the configuration file',
    };
  if (p.split('/').some((seg) => seg === '..'))
    return {
      ja: '「..」でポリシーのフォルダの外を指すことはできません。',
      en: 'must not leave the policy folder with ".."',
    };
  if (p.startsWith('!'))
    return { ja: '除外パターン（!）には対応していません。', en: 'negated patterns (!) are not supported' };
  if (p.includes('\0')) return { ja: '不正な文字を含みます。', en: 'contains a NUL character' };
  return undefined;
}

/** A key the user probably meant: same letters ignoring case, hyphens and underscores. */
function suggest(key: string): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const k = fold(key);
  return KNOWN_KEYS.find(
    (known) => fold(known) === k || (k.length > 3 && (fold(known).startsWith(k) || k.startsWith(fold(known)))),
  );
}

/** "at position 42" in a JSON.parse message → line and column. */
function jsonErrorPosition(text: string, message: string): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  const pos = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, pos);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = pos - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, column };
}

/**
 * Parses and validates a policy-set configuration. Every problem is reported (not only the first) with a
 * message in Japanese and English. `config` holds the valid parts (wrong values are left out) so that an
 * editor can keep checking while the user types; the CLI refuses a set with errors. Unknown keys are warnings,
 * with a suggestion when one looks like a misspelling.
 */
export function parsePolicySetConfig(text: string, catalog: Catalog): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const err = (key: string, ja: string, en: string) => problems.push({ severity: 'error', key, message: { ja, en } });
  const warn = (key: string, ja: string, en: string) =>
    problems.push({ severity: 'warning', key, message: { ja, en } });

  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const message = (e as Error).message;
    const at = jsonErrorPosition(text, message);
    problems.push({
      severity: 'error',
      key: '',
      ...(at ?? {}),
      message: { ja: `JSON として読めません: ${message}`, en: `not valid JSON: ${message}` },
    });
    return { problems };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    err('', '設定は JSON のオブジェクト（{ … }）で書いてください。', 'the configuration must be a JSON object ({ … })');
    return { problems };
  }
  const obj = data as Record<string, unknown>;
  const config: PolicySetConfig = { files: [], notApplicable: {}, severity: {} };
  // Ids of every edition (a set may check a later edition than the default).
  const ids = new Set(catalog.data.requirements.map((r) => r.id));
  const severityIds = new Set([...ids, catalog.data.editionCheck.id, 'configuration']);

  for (const key of Object.keys(obj)) {
    if (KNOWN_KEYS.includes(key)) continue;
    const s = suggest(key);
    warn(
      key,
      `不明なキーです（無視します）: ${key}${s ? `。「${s}」のことですか` : ''}`,
      `unknown key "${key}" (ignored)${s ? `; did you mean "${s}"?` : ''}`,
    );
  }

  // files: required, a non-empty list of relative names or patterns.
  const files = obj.files;
  if (files === undefined)
    err(
      'files',
      '`files` がありません。ポリシーのファイル名（またはパターン）の配列を書いてください。',
      '"files" is missing: give the list of the policy\'s files (names or glob patterns)',
    );
  else if (!Array.isArray(files))
    err(
      'files',
      '`files` はファイル名（またはパターン）の配列で書いてください。',
      `"files" must be an array of file names or patterns (got ${show(files)})`,
    );
  else if (files.length === 0) err('files', '`files` が空です。', '"files" is empty');
  else {
    for (const [i, f] of files.entries()) {
      const key = `files[${i}]`;
      const p = typeof f === 'string' ? patternProblem(f) : undefined;
      const clean = typeof f === 'string' ? f.replace(/^\.\//, '') : '';
      if (typeof f !== 'string')
        err(key, `ファイル名は文字列で書いてください（${show(f)}）。`, `must be a string (got ${show(f)})`);
      else if (p) err(key, `${f}: ${p.ja}`, `${f}: ${p.en}`);
      else if (config.files.includes(clean)) warn(key, `${f} が重複しています。`, `${f} is listed twice`);
      else config.files.push(clean);
    }
  }

  if (obj.primary !== undefined) {
    if (typeof obj.primary !== 'string' || !obj.primary.trim())
      err(
        'primary',
        '`primary` はファイル名の文字列で書いてください。',
        `"primary" must be a file name (got ${show(obj.primary)})`,
      );
    else {
      const p = patternProblem(obj.primary);
      if (p) err('primary', `${obj.primary}: ${p.ja}`, `${obj.primary}: ${p.en}`);
      else if (isGlob(obj.primary))
        err(
          'primary',
          '`primary` にはパターンではなく一つのファイル名を書いてください。',
          '"primary" must name one file, not a pattern',
        );
      else config.primary = obj.primary.replace(/^\.\//, '');
    }
  }

  if (obj.name !== undefined) {
    if (typeof obj.name === 'string' && obj.name.trim()) config.name = obj.name.trim();
    else err('name', '`name` は文字列で書いてください。', `"name" must be a string (got ${show(obj.name)})`);
  }

  if (obj.edition !== undefined) {
    const known = catalog.data.editions.map((e) => e.id);
    // Any spelling of an edition (R5, 令和5年度版, FY2023); `auto` leaves it to the basis the policy declares.
    const spelt = typeof obj.edition === 'string' ? parseEditionSpelling(obj.edition, catalog.data) : undefined;
    if (spelt?.kind === 'edition') config.edition = spelt.id;
    else if (spelt?.kind === 'auto') {
      /* the declared basis, else the default */
    } else
      err(
        'edition',
        `不明な版です: ${show(obj.edition)}（使える値: ${known.join(', ')}）`,
        `unknown edition ${show(obj.edition)} (known: ${known.join(', ')})`,
      );
  }

  if (obj.organization !== undefined) {
    if (typeof obj.organization === 'string' && (ORGANIZATIONS as string[]).includes(obj.organization))
      config.organization = obj.organization as Organization;
    else
      err(
        'organization',
        `\`organization\` は ${ORGANIZATIONS.join(' / ')} のいずれかです（${show(obj.organization)}）。`,
        `"organization" must be ${ORGANIZATIONS.join(', ')} (got ${show(obj.organization)})`,
      );
  }

  // notApplicable (or not-applicable, as in front matter): requirement id → the reason it does not apply.
  const naKeys = ['notApplicable', 'not-applicable'].filter((k) => obj[k] !== undefined);
  if (naKeys.length > 1)
    warn(
      'not-applicable',
      '`notApplicable` と `not-applicable` の両方があります。両方を読みます。',
      'both "notApplicable" and "not-applicable" are given; both are read',
    );
  for (const naKey of naKeys) {
    const na = obj[naKey];
    if (!na || typeof na !== 'object' || Array.isArray(na)) {
      err(
        naKey,
        `\`${naKey}\` は「要求事項 ID: 理由」のオブジェクトで書いてください。`,
        `"${naKey}" must be an object of requirement id → reason (got ${show(na)})`,
      );
      continue;
    }
    for (const [id, reason] of Object.entries(na as Record<string, unknown>)) {
      const key = `${naKey}.${id}`;
      if (!ids.has(id))
        err(key, `不明な要求事項 ID です: ${id}`, `unknown requirement id "${id}" (known: ${[...ids].join(', ')})`);
      else if (typeof reason !== 'string' || !reason.trim())
        err(
          key,
          `${id} を対象外とする理由を文字列で書いてください。`,
          `give the reason why ${id} does not apply, as a string`,
        );
      else config.notApplicable[id] = reason.trim();
    }
  }

  if (obj.severity !== undefined) {
    const sev = obj.severity;
    if (!sev || typeof sev !== 'object' || Array.isArray(sev))
      err(
        'severity',
        '`severity` は「要求事項 ID: 重大度」のオブジェクトで書いてください。',
        `"severity" must be an object of requirement id → severity (got ${show(sev)})`,
      );
    else {
      for (const [id, value] of Object.entries(sev as Record<string, unknown>)) {
        const key = `severity.${id}`;
        if (!severityIds.has(id)) err(key, `不明な要求事項 ID です: ${id}`, `unknown requirement id "${id}"`);
        else if (typeof value !== 'string' || !SEVERITIES.includes(value))
          err(
            key,
            `重大度は ${SEVERITIES.join(' / ')} のいずれかです（${show(value)}）。`,
            `severity must be ${SEVERITIES.join(', ')} (got ${show(value)})`,
          );
        else config.severity[id] = value as Severity | 'off';
      }
    }
  }

  if (obj.exceptions !== undefined) {
    const ex = obj.exceptions;
    if (!ex || typeof ex !== 'object' || Array.isArray(ex))
      err(
        'exceptions',
        '`exceptions` は「要求事項 ID: { reason, approver, expires }」のオブジェクトで書いてください。',
        `"exceptions" must be an object of requirement id → { reason, approver, expires } (got ${show(ex)})`,
      );
    else {
      for (const [id, value] of Object.entries(ex as Record<string, unknown>)) {
        const key = `exceptions.${id}`;
        const read = readException(id, value);
        if (!ids.has(id)) err(key, `不明な要求事項 ID です: ${id}`, `unknown requirement id "${id}"`);
        else if ('problem' in read) err(key, read.problem.ja, read.problem.en);
        else (config.exceptions ??= {})[id] = read.exception;
      }
    }
  }

  // Without a usable list of files there is no set to check.
  if (!config.files.length) return { problems };
  return { config, problems };
}
