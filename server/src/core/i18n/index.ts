// One string table per language. Every user-visible word of core, server, CLI and report is looked up here, so a
// wording is changed (or a language added) in one place. Keys are grouped by where they are shown: `hover.*`,
// `report.*`, `cli.*`, `set.*` …; a key's parameters are its function's parameters, checked by the compiler.
import type { Language, LocalizedText } from '../catalog/types';
import type { Status } from '../checker/types';
import type { EvidenceKind } from '../trace/evidence';
import { en } from './en';
import { ja } from './ja';

export type Messages = typeof ja;
export type MessageKey = keyof Messages;
type Params<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];

const TABLES: Record<Language, Messages> = { ja, en };

/** A language Kijun speaks (a setting's or a front matter's value, read before it is trusted). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(TABLES, value);
}

/** The text of `key` in `lang`, with its parameters filled in. */
export function t<K extends MessageKey>(key: K, lang: Language, ...params: Params<K>): string {
  const entry = TABLES[lang][key] as string | ((...args: unknown[]) => string);
  return typeof entry === 'function' ? entry(...params) : entry;
}

/** A `LocalizedText` whose parameters differ by language (a requirement's title, a catalog text in each). */
export function eachLanguage(text: (lang: Language) => string): LocalizedText {
  return { ja: text('ja'), en: text('en') };
}

/** Both languages of `key`, for results that carry a `LocalizedText` (JSON, SARIF, diagnostics' messages). */
export function localized<K extends MessageKey>(key: K, ...params: Params<K>): LocalizedText {
  return { ja: t(key, 'ja', ...params), en: t(key, 'en', ...params) };
}

// Keys chosen by a value are spelled out, so every key stays a literal that the unused-key test can find.
export const STATUS_KEY = {
  covered: 'status.covered',
  outdated: 'status.outdated',
  missing: 'status.missing',
  'not-applicable': 'status.not-applicable',
} as const satisfies Record<Status, MessageKey>;

export const HOW_KEY = {
  text: 'report.how.text',
  marker: 'report.how.marker',
  citation: 'report.how.citation',
} as const satisfies Record<EvidenceKind, MessageKey>;
export const HOW_HELP_KEY = {
  text: 'report.howHelp.text',
  marker: 'report.howHelp.marker',
  citation: 'report.howHelp.citation',
} as const satisfies Record<EvidenceKind, MessageKey>;

/** Every status's label in `lang` (the charts' legends). */
export function statusLabels(lang: Language): Record<Status, string> {
  return {
    covered: t(STATUS_KEY.covered, lang),
    outdated: t(STATUS_KEY.outdated, lang),
    missing: t(STATUS_KEY.missing, lang),
    'not-applicable': t(STATUS_KEY['not-applicable'], lang),
  };
}
