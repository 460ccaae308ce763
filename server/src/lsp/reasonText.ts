import type { PolicyAnalysis } from '../core';
import { t } from '../core/i18n';
import type { Lang } from './i18n';

/**
 * The reason of a requirement's verdict for a hover (issue 11): why the status, which clause it rests on, and
 * condition by condition what that clause says or lacks.
 */
export function reasonMarkdown(analysis: PolicyAnalysis, id: string, lang: Lang, brief = false): string {
  const result = analysis.requirements.find((r) => r.id === id);
  if (!result?.reason) return '';
  const lines = [`**${t('hover.why', lang)}:** ${escapeMarkdown(result.reason[lang])}`];
  if (brief) return lines[0];
  const conditions = result.conditions ?? [];
  if (conditions.length && result.status !== 'not-applicable') {
    for (const c of conditions)
      lines.push(`- ${c.met ? '✓' : '✗'} ${escapeMarkdown(c.label[lang])} — ${escapeMarkdown(c.detail[lang])}`);
  }
  if (result.status === 'missing' && result.related?.length) {
    const head = t('hover.relatedHead', lang);
    lines.push('', `_${head}:_`);
    for (const n of result.related.slice(0, 3))
      lines.push(`- ${t('common.line', lang, n.range.start.line + 1)}: ${escapeMarkdown(n.reason[lang])}`);
  }
  return lines.join('\n');
}

/** For a clause cited as related to requirements it does not meet: which, and why (the hover on the clause). */
export function relatedMarkdown(analysis: PolicyAnalysis, clause: number, lang: Lang, shown: Set<string>): string[] {
  const out: string[] = [];
  for (const result of analysis.requirements) {
    if (shown.has(result.id) || result.status === 'covered' || result.status === 'not-applicable') continue;
    const note = result.related?.find((n) => n.clause === clause);
    if (!note) continue;
    const r = analysis.catalog.byId.get(result.id);
    if (!r) continue;
    shown.add(result.id);
    const head = t('hover.clauseDoesNotMeet', lang, r.title[lang]);
    out.push(`${head}\n\n${escapeMarkdown(note.reason[lang])}`);
  }
  return out;
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}
