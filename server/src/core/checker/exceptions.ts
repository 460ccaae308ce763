// 例外措置: an approved exception to a requirement — not "not applicable" (the requirement applies, the agency has
// approved not meeting it for a time). Recorded with its reason, approver and expiry, in front matter
// (`kijun.exceptions.<id>: { reason, approver, expires }`) or kijun.json (`exceptions`). While it runs, the
// requirement's missing / outdated findings are not reported (its `status` stays what the text says, with an
// `exception` beside it); once it has expired, they are reported again, with a finding saying it expired.

export interface ApprovedException {
  reason: string;
  approver: string;
  /** The last day the exception holds, YYYY-MM-DD. */
  expires: string;
}

export interface RequirementException extends ApprovedException {
  /** The expiry date has passed (in JST). */
  expired: boolean;
}

import { eachLanguage, localized, t } from '../i18n';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in Japan (YYYY-MM-DD): an exception expiring today still holds today. */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * Reads one exception entry; a problem (ja, en) when it is not a mapping with a non-empty reason, approver and a
 * valid expiry date.
 */
export function readException(
  id: string,
  value: unknown,
): { exception: ApprovedException } | { problem: { ja: string; en: string } } {
  const shape = localized('check.exception.shape', id);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: shape };
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x.trim() : '');
  const expires =
    v.expires instanceof Date && !Number.isNaN(v.expires.getTime())
      ? v.expires.toISOString().slice(0, 10)
      : text(v.expires);
  const missing = (['reason', 'approver'] as const).filter((k) => !text(v[k]));
  if (missing.length)
    return { problem: eachLanguage((lang) => t('check.exception.missingKeys', lang, id, missing, shape[lang])) };
  if (!validDate(expires)) return { problem: localized('check.exception.badExpiry', id, String(v.expires ?? '')) };
  const unknown = Object.keys(v).filter((k) => !['reason', 'approver', 'expires'].includes(k));
  if (unknown.length) return { problem: localized('check.exception.unknownKeys', id, unknown.join(', ')) };
  return { exception: { reason: text(v.reason), approver: text(v.approver), expires } };
}

export function withExpiry(e: ApprovedException, today: string): RequirementException {
  return { ...e, expired: e.expires < today };
}

export function exceptionText(e: RequirementException, lang: 'ja' | 'en'): string {
  return t('check.exception.text', lang, e.reason, e.approver, e.expires, e.expired);
}
