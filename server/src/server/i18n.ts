// The server speaks the user's language: the client's locale (initialize `locale`), unless the
// `kijun.language` setting says otherwise. Japanese first: without a locale the UI is Japanese.
export type Lang = 'ja' | 'en';

export function resolveLanguage(setting: string | undefined, locale: string | undefined): Lang {
  if (setting === 'ja' || setting === 'en') return setting;
  if (!locale) return 'ja';
  return /^ja\b/i.test(locale) ? 'ja' : 'en';
}

