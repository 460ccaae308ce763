// Placeholders left in a policy — 〇〇 (the organisation's name, a date, a role to fill in) — reported at information
// level until they are filled in. `kijun init` writes a skeleton with such placeholders; a policy adopted from a
// model text often keeps some. Only policy text counts (not code, comments or front matter).
import type { PolicyAnalysis } from './check';
import type { Finding, Severity } from './types';
import { originalSpan, type NormalizedText } from '../text/normalize';
import { PerItem } from '../model/memo';
import type { Clause, Section } from '../model/types';

export const PLACEHOLDER_ID = 'placeholder';

/** Two or more circles (〇〇, ○○, ◯◯) or crosses (××): the drafting convention for "to be filled in". */
const PLACEHOLDER = /[〇○◯]{2,}|[×✕]{2,}/g;

const CIRCLE_OR_CROSS = /[〇○◯×✕]/;
/**
 * Whether each heading and clause holds a circle or a cross: kept for the next document of an edit history (see
 * PerItem), so a keystroke neither searches the whole text nor every clause again.
 */
const sectionHolds = new PerItem<Section, boolean>((a, b) => a === b || a.heading.text === b.heading.text);
const clauseHolds = new PerItem<Clause, boolean>((a, b) => a === b || a.norm.text === b.norm.text);
const holds = (norm: NormalizedText) => CIRCLE_OR_CROSS.test(norm.text);

const MESSAGES = {
  ja: (t: string) => `未記入の箇所があります（「${t}」）。機関の名称・日付等を記入してください。`,
  en: (t: string) => `A placeholder is left to fill in ("${t}"): write the organisation's name, date or role.`,
};

export function addPlaceholderFindings(
  analysis: PolicyAnalysis,
  push: (f: Omit<Finding, 'message' | 'range' | 'severity'> & { severity: Severity | 'off' }) => void,
): void {
  const doc = analysis.document;
  const severity = analysis.settings.severity[PLACEHOLDER_ID] ?? 'information';
  const seen = new Set<number>();
  const inHeadings = sectionHolds.map(doc.sections, (s) => holds(s.heading));
  const inClauses = clauseHolds.map(doc.clauses, (c) => holds(c.norm));
  const headings = doc.sections.length;
  const count = headings + doc.clauses.length;
  for (let i = 0; i < count; i++) {
    if (!(i < headings ? inHeadings[i] : inClauses[i - headings])) continue;
    const norm = i < headings ? doc.sections[i].heading : doc.clauses[i - headings].norm;
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
