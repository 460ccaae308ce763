import { levelText, pick, statusText, type PolicyAnalysis, type Requirement } from '../core';
import { snippetToPlain } from '../core/edits';
import type { Lang } from './i18n';

/** The reference to the standard, saying 参考 / "to be verified" where the section number is not checked. */
export function referenceText(r: Requirement, lang: Lang): string {
  const ref = `${pick(r.reference.document, lang)} ${r.reference.section}`;
  if (r.reference.verified) return ref;
  return lang === 'ja' ? `${ref}（参考・項番は要確認）` : `${ref} (for reference; section number to be verified)`;
}

/**
 * A requirement as Markdown: title, level, reference, status in this document and what it asks (`brief`: the
 * one-sentence summary instead of the full explanation, when several requirements share one hover).
 */
export function requirementMarkdown(r: Requirement, analysis: PolicyAnalysis, lang: Lang, withTemplate: boolean, brief = false): string {
  const result = analysis.requirements.find((x) => x.id === r.id);
  const status = result ? pick(statusText[result.status], lang) : '';
  const lines = [
    `**${escapeMd(pick(r.title, lang))}** — ${pick(levelText(r), lang)} · \`${r.id}\``,
    '',
    lang === 'ja' ? `参照: ${escapeMd(referenceText(r, lang))}` : `Reference: ${escapeMd(referenceText(r, lang))}`,
    '',
    (lang === 'ja' ? 'この文書での状況: ' : 'Status in this document: ') + status + (result?.notApplicableReason ? `（${escapeMd(result.notApplicableReason)}）` : ''),
    '',
    pick(brief ? r.summary : r.explanation, lang).trim(),
  ];
  if (withTemplate) {
    lines.push('', lang === 'ja' ? '**追加する条項の例**（クイックフィックスで挿入できます）:' : '**A clause to start from** (the quick fix inserts it):', '', `> ${escapeMd(snippetToPlain(pick(r.template, lang)))}`);
  }
  return lines.join('\n');
}

/** Text from the document or the catalog shown as Markdown: no accidental emphasis, links or HTML. */
export function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}
