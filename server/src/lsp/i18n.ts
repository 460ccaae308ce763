// The server speaks the user's language: the client's locale (initialize `locale`), unless the
// `kijun.language` setting says otherwise. Japanese first: without a locale the UI is Japanese.
import { isLanguage } from '../core/i18n';

export type Lang = 'ja' | 'en';

export function resolveLanguage(setting: string | undefined, locale: string | undefined): Lang {
  if (isLanguage(setting)) return setting;
  if (!locale) return 'ja';
  return /^ja\b/i.test(locale) ? 'ja' : 'en';
}
