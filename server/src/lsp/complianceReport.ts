import { relative, sep } from 'node:path';
import { analyzePolicySet, buildComplianceReport, pathHref, pick, renderHtml } from '../core';
import type { ComplianceReportParams, ComplianceReportResult } from '../protocol';
import type { AnalysisSource } from './analysisCache';
import type { PolicySets } from './policySets';
import { displayName, uriPath } from './uris';

declare const KIJUN_VERSION: string;
const VERSION = typeof KIJUN_VERSION === 'string' ? KIJUN_VERSION : '0.0.0-dev';

const MAX_HEAD = 64 * 1024;

/**
 * `kijun/complianceReport` (client → server; its name and types: server/src/protocol): the phase-1 compliance
 * report of a policy — of its set when the document belongs to one — rendered as HTML for a webview. The client
 * passes the page's Content-Security-Policy (with its nonce) and its own trusted <head> markup (its script); every
 * string from the policy is escaped by the renderer. Links to clauses carry `data-kijun-path` (the file's URI), `data-kijun-line` and
 * `data-kijun-character` (0-based) for the webview to intercept.
 */
export async function complianceReport(
  params: ComplianceReportParams,
  sets: PolicySets,
  source: AnalysisSource,
): Promise<ComplianceReportResult | null> {
  const uri = params && typeof params === 'object' && typeof params.uri === 'string' ? params.uri : undefined;
  if (!uri) return null;
  const csp = params.csp === null || typeof params.csp === 'string' ? params.csp : undefined;
  const head = typeof params.head === 'string' && params.head.length <= MAX_HEAD ? params.head : undefined;
  const generatedAt = new Date().toISOString();

  const set = await sets.setFor(uri);
  if (set?.analysis) {
    const rootOf = (fileUri: string) => {
      const p = uriPath(fileUri);
      return p === undefined
        ? displayName(fileUri)
        : relative(set.root, p).split(sep).join('/') || displayName(fileUri);
    };
    const config = rootOf(set.configUri);
    const report = buildComplianceReport(set.analysis, {
      lang: set.lang,
      version: VERSION,
      generatedAt,
      config,
      ...(set.config.name ? { title: set.config.name } : {}),
      display: rootOf,
      href: (p) => pathHref(rootOf(p)),
      errors: set.errors.map((e) => ({ path: relative(set.root, e.path).split(sep).join('/'), message: e.message })),
      problems: set.problems
        .filter((p) => p.file === undefined)
        .map((p) => ({ severity: p.severity, key: p.key, message: pick(p.message, set.lang) })),
    });
    return {
      key: set.configUri,
      uri,
      title: report.title,
      lang: set.lang,
      html: renderHtml(report, { ...(csp !== undefined ? { csp } : {}), ...(head !== undefined ? { head } : {}) }),
      files: set.files.map((f) => ({ uri: f.uri, display: rootOf(f.uri) })),
      config: set.configUri,
      summary: report.summary,
    };
  }

  // One file: a set of one, from the document's own analysis.
  const state = await source.policyOf(uri);
  if (!state) return null;
  const analysis = analyzePolicySet([{ path: uri, text: state.document.getText() }], {
    language: state.lang,
    analyze: () => state.analysis,
  });
  const name = displayName(uri);
  const report = buildComplianceReport(analysis, {
    lang: state.lang,
    version: VERSION,
    generatedAt,
    display: () => name,
    href: () => pathHref(name),
  });
  return {
    key: uri,
    uri,
    title: report.title,
    lang: state.lang,
    html: renderHtml(report, { ...(csp !== undefined ? { csp } : {}), ...(head !== undefined ? { head } : {}) }),
    files: [{ uri, display: name }],
    summary: report.summary,
  };
}
