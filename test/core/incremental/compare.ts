import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  analyzeText,
  checkDocument,
  type CheckOptions,
  type NormalizedText,
  type PolicyAnalysis,
} from '../../../server/src/core';
import { parsePolicy } from '../../../server/src/core/model/parse';

const plainNorm = (n: NormalizedText) => ({ text: n.text, starts: Array.from(n.starts), ends: Array.from(n.ends) });

/** Everything an analysis says, as plain data: statuses, ranges, findings, the clause and section structure. */
export function snapshot(a: PolicyAnalysis): unknown {
  const d = a.document;
  return {
    isPolicy: a.isPolicy,
    policyReason: a.policyReason,
    edition: a.edition,
    settings: a.settings,
    requirements: a.requirements,
    findings: a.findings,
    clauseRequirements: [...a.clauseRequirements],
    homes: [...a.homes],
    lineCount: a.lines.lineCount,
    document: {
      text: d.text,
      // Normalized texts may be objects whose maps are computed when read: compare what they say.
      sections: d.sections.map((s) => ({ ...s, heading: plainNorm(s.heading) })),
      clauses: d.clauses.map((c) => ({ ...c, norm: plainNorm(c.norm) })),
      lists: d.lists,
      frontMatter: d.frontMatter,
      titleSection: d.titleSection,
      eol: d.eol,
      ignored: d.ignored,
    },
  };
}

/** The reference: the whole text parsed by one remark call, then checked. */
export function wholeDocument(text: string, options: CheckOptions = {}): PolicyAnalysis {
  return checkDocument(parsePolicy(text, { sections: false }), options);
}

export { analyzeText };

/** The first place two values differ, as a path and the two values (short), or undefined when equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  const show = (v: unknown) => {
    const s = JSON.stringify(v, (_k, x) => (x instanceof Int32Array ? Array.from(x) : x instanceof Set ? [...x] : x));
    return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
  };
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${path}: ${show(a)} ≠ ${show(b)}`;
  if (
    a instanceof Int32Array ||
    b instanceof Int32Array ||
    a instanceof Set ||
    b instanceof Set ||
    a instanceof Map ||
    b instanceof Map
  ) {
    return isDeepStrictEqual(a, b) ? undefined : `${path}: ${show(a)} ≠ ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: ${show(a)} ≠ ${show(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return `${path}: length ${a.length} ≠ ${b.length}`;
  }
  for (const k of keys) {
    const d = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`,
    );
    if (d) return d;
  }
  return undefined;
}

/** Every Markdown file under test/fixtures (others keep adding to it: read at test time). */
export function fixtureFiles(dir = fileURLToPath(new URL('../../fixtures', import.meta.url))): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...fixtureFiles(p));
    else if (/\.(md|markdown)$/i.test(name)) out.push(p);
  }
  return out;
}

export const readText = (file: string): string => readFileSync(file, 'utf8');

/** A deterministic edit: delete `del` characters at `at` (a fraction of the length) and insert `ins`. */
export interface Edit {
  at: number;
  del: number;
  ins: string;
}

export function applyEdit(text: string, e: Edit): { text: string; start: number; end: number } {
  const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const end = Math.min(text.length, start + e.del);
  return { text: text.slice(0, start) + e.ins + text.slice(end), start, end };
}
