// Placeholders left in a policy — 〇〇 (the organisation's name, a date, a role to fill in) — reported at information
// level until they are filled in. `kijun init` writes a skeleton with such placeholders; a policy adopted from a
// model text often keeps some. Only policy text counts (not code, comments or front matter).
import type { PolicyAnalysis } from './check';
import type { Finding, Severity } from './types';
import { originalSpan, type NormalizedText } from '../text/normalize';
import { CIRCLED } from '../model/parse';

export const PLACEHOLDER_ID = 'placeholder';

/** Two or more circles (〇〇, ○○, ◯◯) or crosses (××): the drafting convention for "to be filled in". */
const PLACEHOLDER = /[〇○◯]{2,}|[×✕]{2,}/g;

const CIRCLE_OR_CROSS = CIRCLED;
/**
 * What a document must contain for a normalized text of it to hold a circle or a cross: one of them, the one
 * character NFKC makes into one (U+FFEE, halfwidth ○), or a character reference (`&#9675;`, `&cir;`), the only
 * way Markdown makes a character its source does not have. One search of the text spares a test per clause.
 */
const MAYBE = /[〇○◯×✕\uFFEE&]/;

const MESSAGES = {
  ja: (t: string) => `未記入の箇所があります（「${t}」）。機関の名称・日付等を記入してください。`,
  en: (t: string) => `A placeholder is left to fill in ("${t}"): write the organisation's name, date or role.`,
};

export function addPlaceholderFindings(
  analysis: PolicyAnalysis,
  push: (f: Omit<Finding, 'message' | 'range' | 'severity'> & { severity: Severity | 'off' }) => void,
): void {
  const doc = analysis.document;
  const circled = doc.circled;
  if (circled ? !circled.headings.length && !circled.clauses.length : !MAYBE.test(doc.text)) return;
  const severity = analysis.settings.severity[PLACEHOLDER_ID] ?? 'information';
  // (The texts assembly found holding a circle or a cross, else every text.)
  const texts: NormalizedText[] = circled
    ? [...circled.headings, ...circled.clauses]
    : [...doc.sections.map((s) => s.heading), ...doc.clauses.map((c) => c.norm)];
  const seen = new Set<number>();
  for (const norm of texts) {
    if (!CIRCLE_OR_CROSS.test(norm.text)) continue;
    for (const m of norm.text.matchAll(PLACEHOLDER)) {
      const { start, end } = originalSpan(norm, m.index, m.index + m[0].length);
      if (seen.has(start)) continue;
      seen.add(start);
      push({
        code: PLACEHOLDER_ID,
        kind: 'placeholder',
        severity,
        messages: { ja: MESSAGES.ja(m[0]), en: MESSAGES.en(m[0]) },
        start,
        end,
        related: [],
        data: { id: PLACEHOLDER_ID, kind: 'placeholder' },
      });
    }
  }
}
