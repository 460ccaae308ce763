import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver/node';
import { pick, type Clause, type PolicyAnalysis } from '../core';
import type { AnalysisSource } from './analysisCache';
import { t } from '../core/i18n';
import type { Lang } from './i18n';

/**
 * The policy's outline: sections with their numbers, and the numbered clauses in them ((1), 第3条, 7.1.1),
 * nested as written, so Outline and breadcrumbs follow the policy's own structure. A clause that covers a
 * requirement (or is its outdated form) says which in its detail.
 */
export async function documentSymbols(params: DocumentSymbolParams, source: AnalysisSource): Promise<DocumentSymbol[]> {
  const state = await source.policyOf(params.textDocument.uri);
  if (!state) return [];
  return outline(state.analysis, state.lang);
}

export function outline(analysis: PolicyAnalysis, lang: Lang): DocumentSymbol[] {
  const { document: doc, lines } = analysis;
  const range = (start: number, end: number) => lines.rangeOf(start, Math.max(start, trimBack(doc.text, end, start)));
  const sections: DocumentSymbol[] = doc.sections.map((s) => ({
    name: s.title || '#'.repeat(s.depth),
    detail: s.number?.raw,
    kind: s.depth === 1 ? SymbolKind.Module : SymbolKind.Namespace,
    range: range(s.headingStart, s.end),
    selectionRange: range(s.headingStart, s.headingEnd),
    children: [],
  }));
  const roots: DocumentSymbol[] = [];
  const clauseSymbols = new Map<number, DocumentSymbol>();
  const sectionChildren = doc.sections.map(() => [] as Array<{ start: number; symbol: DocumentSymbol }>);
  for (const c of doc.clauses) {
    if (!c.number) continue;
    const symbol: DocumentSymbol = {
      name: clauseName(doc.text, c),
      detail: requirementDetail(analysis, c, lang),
      kind: SymbolKind.Field,
      range: range(c.start, c.end),
      selectionRange: range(c.start, Math.min(c.end, lineEnd(doc.text, c.start))),
      children: [],
    };
    clauseSymbols.set(c.index, symbol);
    const parent = c.parentClause !== undefined ? clauseSymbols.get(c.parentClause) : undefined;
    if (parent) parent.children!.push(symbol);
    else if (c.section >= 0) sectionChildren[c.section].push({ start: c.start, symbol });
    else roots.push(symbol);
  }
  // Within a section, its clauses and its sub-sections in document order.
  doc.sections.forEach((s, i) => {
    const subs = s.children.map((k) => ({ start: doc.sections[k].headingStart, symbol: sections[k] }));
    sections[i].children = [...sectionChildren[i], ...subs].sort((a, b) => a.start - b.start).map((x) => x.symbol);
  });
  for (const s of doc.sections) if (s.parent < 0) roots.push(sections[s.index]);
  roots.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  roots.forEach(enclose);
  return roots;
}

/** A list item's own range ends before its nested items; clients expect a symbol to contain its children. */
function enclose(symbol: DocumentSymbol): void {
  for (const child of symbol.children ?? []) {
    enclose(child);
    const a = symbol.range.end;
    const b = child.range.end;
    if (b.line > a.line || (b.line === a.line && b.character > a.character))
      symbol.range = { start: symbol.range.start, end: b };
  }
}

function clauseName(text: string, c: Clause): string {
  const first = text
    .slice(c.start, lineEnd(text, c.start))
    .replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*/, '')
    .replace(/^(\*\*|__)/, '');
  const rest = first.startsWith(c.number!.raw)
    ? first.slice(c.number!.raw.length).replace(/^(\*\*|__)?[ \t\u3000]*/, '')
    : first;
  const short = rest.length > 40 ? `${rest.slice(0, 40)}…` : rest;
  return `${c.number!.raw} ${short}`.trim();
}

function requirementDetail(analysis: PolicyAnalysis, c: Clause, lang: Lang): string | undefined {
  const roles = analysis.clauseRequirements.get(c.index);
  if (!roles?.length) return undefined;
  return roles
    .map(({ id, role }) => {
      const r = analysis.catalog.byId.get(id);
      const title = r ? pick(r.title, lang) : id;
      return role === 'cover' ? `✓ ${title}` : `${t('status.outdated', lang)}: ${title}`;
    })
    .join(' · ');
}

const lineEnd = (text: string, at: number) => {
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl;
  return end > at && text[end - 1] === '\r' ? end - 1 : end;
};

function trimBack(text: string, end: number, floor: number): number {
  let e = end;
  while (e > floor && /\s/.test(text[e - 1])) e--;
  return e;
}
