import { levelText, pick, revisionText, statusText, type PolicyAnalysis, type Requirement } from '../core';
import { templateFor } from '../core/checker/organization';
import { snippetToPlain } from '../core/edits';
import { exceptionText } from '../core/checker/exceptions';
import { t } from '../core/i18n';
import type { Lang } from './i18n';

/** The reference to the standard, saying 参考 / "to be verified" where the section number is not checked. */
export function referenceText(r: Requirement, lang: Lang): string {
  const ref = `${pick(r.reference.document, lang)} ${r.reference.section}`;
  if (r.reference.verified) return ref;
  return t('hover.referenceUnverified', lang, ref);
}

/**
 * The edition in which the requirement appeared (`導入: 平成30年度版` / `since: FY2018 edition`), and the one that
 * changed it when the checked edition uses a changed form.
 */
export function editionText(r: Requirement, analysis: PolicyAnalysis, lang: Lang): string {
  const title = (id: string) =>
    pick(analysis.catalog.data.editions.find((e) => e.id === id)?.title ?? { ja: id, en: id }, lang);
  // What that edition did, said exactly (「義務化を新設」「…可能とする規定を新設」「規定を見直し」…), not 「義務とされた」.
  const did = pick(revisionText(r), lang);
  const since = t('hover.since', lang, title(r.edition), did);
  if (!r.variant) return since;
  const note = r.changes?.[r.variant]?.note;
  return `${since} · ${t('hover.changed', lang)}: ${title(r.variant)}${note ? ` — ${pick(note, lang)}` : ''}`;
}

/** The edition this document is checked against, and why (「検査した版: 令和5年度版 — ポリシーが根拠として…」). */
export function checkedEditionText(analysis: PolicyAnalysis, lang: Lang): string {
  const title = pick(
    analysis.catalog.data.editions.find((e) => e.id === analysis.edition)?.title ?? {
      ja: analysis.edition,
      en: analysis.edition,
    },
    lang,
  );
  const reason = analysis.editionChoice.reason[lang];
  return t('hover.checkedAgainst', lang, title, reason);
}

/**
 * A requirement as Markdown: title, level, reference, status in this document and what it asks (`brief`: the
 * one-sentence summary instead of the full explanation, when several requirements share one hover).
 */
export function requirementMarkdown(
  r: Requirement,
  analysis: PolicyAnalysis,
  lang: Lang,
  withTemplate: boolean,
  brief = false,
): string {
  const result = analysis.requirements.find((x) => x.id === r.id);
  const status = result ? pick(statusText[result.status], lang) : '';
  const lines = [
    `**${escapeMd(pick(r.title, lang))}** — ${pick(levelText(r), lang)} · \`${r.id}\``,
    '',
    t('hover.reference', lang, escapeMd(referenceText(r, lang))),
    '',
    escapeMd(editionText(r, analysis, lang)),
    '',
    escapeMd(checkedEditionText(analysis, lang)),
    '',
    t('hover.statusInDocument', lang) +
      status +
      (result?.notApplicableReason ? `（${escapeMd(result.notApplicableReason)}）` : ''),
    '',
    ...(result?.exception
      ? [
          `${t(result.exception.expired ? 'report.exceptionExpired' : 'report.exception', lang)}: ` +
            escapeMd(exceptionText(result.exception, lang)),
          '',
        ]
      : []),
    pick(brief ? r.summary : r.explanation, lang).trim(),
  ];
  if (withTemplate) {
    lines.push(
      '',
      t('hover.startingClause', lang),
      '',
      `> ${escapeMd(snippetToPlain(templateFor(r, lang, analysis.organization?.organization)))}`,
    );
  }
  return lines.join('\n');
}

/** Text from the document or the catalog shown as Markdown: no accidental emphasis, links or HTML. */
export function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}
