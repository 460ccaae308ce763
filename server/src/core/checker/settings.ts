import type { FrontMatter } from '../model/types';
import { readException, todayInJapan, type ApprovedException } from './exceptions';
import type { CheckOptions, Severity } from './types';

export interface DocumentSettings {
  edition?: string;
  organization?: 'ministry' | 'agency' | 'higher-education';
  notApplicable: Record<string, string>;
  exceptions: Record<string, ApprovedException>;
  /** The date exceptions are judged against (YYYY-MM-DD, JST). */
  today: string;
  severity: Record<string, Severity | 'off'>;
  /** Problems with the front matter, reported as findings on the key. */
  problems: Array<{ key: string; message: { ja: string; en: string } }>;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const ORGANIZATIONS = new Set(['ministry', 'agency', 'higher-education']);

/**
 * Reads `kijun:` settings from front matter, in either shape:
 *   kijun: { edition: h30, not-applicable: { drm: reason } }
 *   kijun.not-applicable.drm: reason         (the form the quick fix writes)
 */
export function readSettings(fm: FrontMatter | undefined, options: CheckOptions, knownIds: Set<string>, editions?: readonly string[]): DocumentSettings {
  // `editions` given: an edition that is not one of them is reported (on the front-matter key, or for the
  // editor setting on the front matter / first line) and the default is used.
  const unknownEdition = (e: string) => editions !== undefined && !editions.includes(e);
  const editionProblem = (key: string, value: string, where: { ja: string; en: string }) => ({
    key,
    message: {
      ja: `${where.ja}不明な版です: ${value}（使える値: ${editions!.join(', ')}）。既定の版で検査します。`,
      en: `${where.en}unknown edition "${value}" (known: ${editions!.join(', ')}); the default edition is used.`,
    },
  });
  const settings: DocumentSettings = {
    edition: options.edition,
    notApplicable: { ...(options.notApplicable ?? {}) },
    exceptions: { ...(options.exceptions ?? {}) },
    today: options.today ?? todayInJapan(),
    severity: { ...(options.severity ?? {}) },
    problems: [],
  };
  if (options.edition !== undefined && unknownEdition(options.edition)) {
    settings.problems.push(editionProblem('', options.edition, { ja: '設定 kijun.edition: ', en: 'setting kijun.edition: ' }));
    settings.edition = undefined;
  }
  const data = fm?.data;
  if (!data) {
    if (fm?.error) settings.problems.push({ key: '', message: { ja: `フロントマターを読めません: ${fm.error}`, en: `Front matter cannot be read: ${fm.error}` } });
    return settings;
  }
  const nested = data.kijun;
  const flat: Record<string, unknown> = {};
  if (nested !== undefined && nested !== null) {
    if (typeof nested === 'object' && !Array.isArray(nested)) flatten(nested as Record<string, unknown>, 'kijun', flat);
    else settings.problems.push({ key: 'kijun', message: { ja: '`kijun` は対応表（キーと値）で書いてください。', en: '`kijun` must be a mapping.' } });
  }
  for (const [k, v] of Object.entries(data)) if (k.startsWith('kijun.')) flat[k] = v;

  for (const [key, value] of Object.entries(flat)) {
    const [, name, id] = key.split(/\.(.*)/s)[1]?.match(/^([^.]+)(?:\.(.+))?$/) ?? [];
    if (name === 'edition') {
      if (typeof value === 'string' && unknownEdition(value)) settings.problems.push(editionProblem(key, value, { ja: '', en: '' }));
      else if (typeof value === 'string') settings.edition = value;
      else settings.problems.push({ key, message: { ja: '`edition` は文字列（例: h30）で指定してください。', en: '`edition` must be a string such as h30.' } });
    } else if (name === 'organization') {
      if (typeof value === 'string' && ORGANIZATIONS.has(value)) settings.organization = value as DocumentSettings['organization'];
      else settings.problems.push({ key, message: { ja: '`organization` は ministry / agency / higher-education のいずれかです。', en: '`organization` must be ministry, agency or higher-education.' } });
    } else if (name === 'not-applicable' && id) {
      if (!knownIds.has(id)) settings.problems.push({ key, message: { ja: `不明な要求事項 ID です: ${id}`, en: `Unknown requirement id: ${id}` } });
      else if (typeof value === 'string' && value.trim()) settings.notApplicable[id] = value.trim();
      else settings.problems.push({ key, message: { ja: `${id} を対象外とする理由を書いてください。`, en: `Give the reason why ${id} does not apply.` } });
    } else if (name === 'exceptions' && id) {
      const read = readException(id, value);
      if (!knownIds.has(id)) settings.problems.push({ key, message: { ja: `不明な要求事項 ID です: ${id}`, en: `Unknown requirement id: ${id}` } });
      else if ('problem' in read) settings.problems.push({ key, message: read.problem });
      else settings.exceptions[id] = read.exception;
    } else if (name === 'severity' && id) {
      if (typeof value === 'string' && SEVERITIES.has(value)) settings.severity[id] = value as Severity | 'off';
      else settings.problems.push({ key, message: { ja: '重大度は error / warning / information / hint / off のいずれかです。', en: 'Severity must be error, warning, information, hint or off.' } });
    } else {
      settings.problems.push({ key, message: { ja: `不明な設定です: ${key}`, en: `Unknown setting: ${key}` } });
    }
  }
  return settings;
}

function flatten(obj: Record<string, unknown>, prefix: string, out: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}.${k}`;
    if ((k === 'not-applicable' || k === 'severity' || k === 'exceptions') && v && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, key, out);
    else out[key] = v;
  }
}
