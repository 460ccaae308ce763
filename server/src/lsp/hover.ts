import { MarkupKind, type Hover, type HoverParams, type Range } from 'vscode-languageserver/node';
import type { PolicyAnalysis } from '../core';
import type { AnalysisSource } from './analysisCache';
import { t } from '../core/i18n';
import type { Lang } from './i18n';
import { reasonMarkdown, relatedMarkdown } from './reasonText';
import { requirementMarkdown } from './requirementText';
import { standardMarkdown, standardReferenceAt } from './standardHover';

/** The innermost clause around an offset. */
export function clauseAt(analysis: PolicyAnalysis, offset: number): number | undefined {
  let best: number | undefined;
  for (const c of analysis.document.clauses) {
    if (
      c.start <= offset &&
      offset <= c.end &&
      (best === undefined ||
        c.end - c.start < analysis.document.clauses[best].end - analysis.document.clauses[best].start)
    )
      best = c.index;
  }
  return best;
}

/**
 * Hover: on a finding, what the requirement asks and what to add; on a clause that covers a requirement (or
 * is its outdated form), the requirement and its status; on a reference to the standard, which edition is
 * current.
 */
export async function hover(params: HoverParams, source: AnalysisSource): Promise<Hover | null> {
  const state = await source.policyOf(params.textDocument.uri);
  if (!state) return null;
  const { analysis, lang } = state;
  const offset = analysis.lines.offsetAt(params.position);
  const parts: string[] = [];
  const shown = new Set<string>();
  let range: Range | undefined;

  const here = analysis.findings.filter(
    (f) => f.start <= offset && offset <= f.end && analysis.catalog.byId.has(f.code),
  );
  // Several missing requirements often share one heading (the title): keep each short then.
  const brief = new Set(here.map((f) => f.code)).size > 2;
  for (const f of here) {
    const r = analysis.catalog.byId.get(f.code)!;
    if (shown.has(r.id)) continue;
    shown.add(r.id);
    range ??= f.range;
    // The editor already shows the diagnostic's message above the hover: add what the requirement asks, not the
    // message again.
    const why = reasonMarkdown(analysis, r.id, lang, brief);
    parts.push(requirementMarkdown(r, analysis, lang, true, brief) + (why ? `\n\n${why}` : ''));
  }

  const clause = clauseAt(analysis, offset);
  if (clause !== undefined) {
    for (const { id, role } of analysis.clauseRequirements.get(clause) ?? []) {
      const r = analysis.catalog.byId.get(id);
      if (!r || shown.has(id)) continue;
      shown.add(id);
      const c = analysis.document.clauses[clause];
      range ??= analysis.lines.rangeOf(c.start, c.end);
      const why = reasonMarkdown(analysis, id, lang);
      parts.push(
        roleLine(role, lang) +
          '\n\n' +
          requirementMarkdown(r, analysis, lang, role === 'outdated') +
          (why ? `\n\n${why}` : ''),
      );
    }
    // A clause that names a requirement but does not meet it (negated, limited, a separate duty…): say why.
    parts.push(...relatedMarkdown(analysis, clause, lang, shown));
  }

  const line = analysis.lines.lineStart(params.position.line);
  const lineText = analysis.document.text.slice(line, analysis.lines.lineEnd(params.position.line));
  const ref = standardReferenceAt(lineText, params.position.character);
  if (ref) {
    range ??= {
      start: { line: params.position.line, character: ref.start },
      end: { line: params.position.line, character: ref.end },
    };
    parts.push(standardMarkdown(analysis, ref.edition, lang));
  }

  // In front matter, on an exception's entry (kijun.exceptions.<id>): the requirement with its exception.
  const fm = analysis.document.frontMatter;
  if (fm && offset >= fm.start && offset <= fm.end) {
    for (const x of analysis.requirements) {
      if (
        !x.exception ||
        shown.has(x.id) ||
        !new RegExp(`(^|[^\\w-])${x.id.replace(/[-]/g, '\\-')}($|[^\\w-])`).test(lineText)
      )
        continue;
      const r = analysis.catalog.byId.get(x.id);
      if (!r) continue;
      shown.add(x.id);
      parts.push(requirementMarkdown(r, analysis, lang, false, true));
    }
  }

  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}

function roleLine(role: 'cover' | 'outdated', lang: Lang): string {
  return t(role === 'cover' ? 'hover.role.cover' : 'hover.role.outdated', lang);
}
