import type { CatalogData } from '../catalog/types';
import type { FrontMatter } from '../model/types';
import { parseEditionSpelling } from './edition';
import { readException, todayInJapan, type ApprovedException } from './exceptions';
import type { CheckOptions, Severity } from './types';
import { localized } from '../i18n';

export interface DocumentSettings {
  /** The edition chosen explicitly (an edition id); undefined: `auto`, the basis the policy declares. */
  edition?: string;
  /** Who chose `edition`: the front matter, or an option (the CLI's --edition, the editor setting, kijun.json). */
  editionSource?: 'front-matter' | 'option';
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
export function readSettings(
  fm: FrontMatter | undefined,
  options: CheckOptions,
  knownIds: Set<string>,
  editions?: readonly string[],
  catalogData?: CatalogData,
): DocumentSettings {
  // `editions` given: an edition that is not one of them is reported (on the front-matter key, or for the
  // editor setting on the front matter / first line) and `auto` is used. With `data`, editions may be spelt as
  // people write them (R5, 令和５年度版, FY2023, H30, 平成30年度版, auto).
  const editionProblem = (key: string, value: string, where: { ja: string; en: string }, older?: string) => ({
    key,
    message: older
      ? {
          ja: `${where.ja}${older}は Kijun が検査する版（${editions!.join(', ')}）より古い版です。ポリシーが根拠とする版（なければ既定の版）で検査します。`,
          en: `${where.en}${older} is older than the editions Kijun checks (${editions!.join(', ')}); the edition the policy declares (else the default) is used.`,
        }
      : {
          ja: `${where.ja}不明な版です: ${value}（使える値: ${editions!.join(', ')}, auto）。ポリシーが根拠とする版（なければ既定の版）で検査します。`,
          en: `${where.en}unknown edition "${value}" (known: ${editions!.join(', ')}, auto); the edition the policy declares (else the default) is used.`,
        },
  });
  /** The edition id a value names, 'auto', or a problem. */
  const readEdition = (value: string, key: string, where: { ja: string; en: string }): string | undefined => {
    if (editions === undefined) return value;
    if (catalogData) {
      const s = parseEditionSpelling(value, catalogData);
      if (s.kind === 'edition') return s.id;
      if (s.kind === 'auto') return 'auto';
      settings.problems.push(editionProblem(key, value, where, s.kind === 'older' ? s.label : undefined));
      return undefined;
    }
    if (value === 'auto' || editions.includes(value)) return value;
    settings.problems.push(editionProblem(key, value, where));
    return undefined;
  };
  const settings: DocumentSettings = {
    notApplicable: { ...(options.notApplicable ?? {}) },
    exceptions: { ...(options.exceptions ?? {}) },
    today: options.today ?? todayInJapan(),
    severity: { ...(options.severity ?? {}) },
    problems: [],
  };
  if (options.edition !== undefined) {
    const e = readEdition(options.edition, '', localized('settings.editionSettingPrefix'));
    if (e !== undefined && e !== 'auto') {
      settings.edition = e;
      settings.editionSource = 'option';
    }
  }
  const data = fm?.data;
  if (!data) {
    if (fm?.error) settings.problems.push({ key: '', message: localized('settings.frontMatterUnreadable', fm.error) });
    return settings;
  }
  const nested = data.kijun;
  const flat: Record<string, unknown> = {};
  if (nested !== undefined && nested !== null) {
    if (typeof nested === 'object' && !Array.isArray(nested)) flatten(nested as Record<string, unknown>, 'kijun', flat);
    else settings.problems.push({ key: 'kijun', message: localized('settings.notMapping') });
  }
  for (const [k, v] of Object.entries(data)) if (k.startsWith('kijun.')) flat[k] = v;

  for (const [key, value] of Object.entries(flat)) {
    const [, name, id] = key.split(/\.(.*)/s)[1]?.match(/^([^.]+)(?:\.(.+))?$/) ?? [];
    if (name === 'edition') {
      // `auto` in front matter leaves the choice to the option, else to the basis the policy declares.
      const e = typeof value === 'string' ? readEdition(value, key, { ja: '', en: '' }) : undefined;
      if (e !== undefined && e !== 'auto') {
        settings.edition = e;
        settings.editionSource = 'front-matter';
      } else if (typeof value !== 'string') settings.problems.push({ key, message: localized('settings.edition') });
    } else if (name === 'organization') {
      if (typeof value === 'string' && ORGANIZATIONS.has(value))
        settings.organization = value as DocumentSettings['organization'];
      else settings.problems.push({ key, message: localized('settings.organization') });
    } else if (name === 'not-applicable' && id) {
      if (!knownIds.has(id)) settings.problems.push({ key, message: localized('settings.unknownId', id) });
      else if (typeof value === 'string' && value.trim()) settings.notApplicable[id] = value.trim();
      else settings.problems.push({ key, message: localized('settings.notApplicableReason', id) });
    } else if (name === 'exceptions' && id) {
      const read = readException(id, value);
      if (!knownIds.has(id)) settings.problems.push({ key, message: localized('settings.unknownId', id) });
      else if ('problem' in read) settings.problems.push({ key, message: read.problem });
      else settings.exceptions[id] = read.exception;
    } else if (name === 'severity' && id) {
      if (typeof value === 'string' && SEVERITIES.has(value)) settings.severity[id] = value as Severity | 'off';
      else settings.problems.push({ key, message: localized('settings.severity') });
    } else {
      settings.problems.push({ key, message: localized('settings.unknownSetting', key) });
    }
  }
  return settings;
}

function flatten(obj: Record<string, unknown>, prefix: string, out: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}.${k}`;
    if (
      (k === 'not-applicable' || k === 'severity' || k === 'exceptions') &&
      v &&
      typeof v === 'object' &&
      !Array.isArray(v)
    )
      flatten(v as Record<string, unknown>, key, out);
    else out[key] = v;
  }
}
