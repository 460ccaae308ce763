// Edits are safe: over every fixture (and CRLF and BOM copies of some), applying every quick fix the server
// offers keeps all the original text in order — insertions only — and the result parses to the same sections
// and clauses plus what was inserted. The fixes are planned exactly as server/src/lsp/codeActions.ts plans them.
import { describe, expect, it } from 'vitest';
import { createIncrementalAnalyzer, pick, type PolicyAnalysis } from '../../server/src/core';
import {
  planDisableComment,
  planMissingClause,
  planMissingClauses,
  planNotApplicable,
  planRevisedClause,
  type InsertEdit,
} from '../../server/src/core/edits';
import { fixtures } from '../fuzz/arbitraries';

interface Fix {
  title: string;
  edits: InsertEdit[];
}

/** Every fix for every finding (as codeActions.ts offers them), plain text (no snippet session). */
function allFixes(a: PolicyAnalysis): Fix[] {
  const doc = a.document;
  const options = { snippet: false };
  const out: Fix[] = [];
  const add = (title: string, e: InsertEdit | undefined) => e && out.push({ title, edits: [e] });
  for (const f of a.findings) {
    const r = a.catalog.byId.get(f.code);
    if (r && f.kind === 'missing')
      add(
        `insert ${r.id}`,
        planMissingClause(
          doc,
          a.homes.get(r.id) ?? -1,
          { title: pick(r.title, 'ja'), template: pick(r.template, 'ja') },
          options,
        ),
      );
    if (r && f.kind === 'outdated' && f.data.clause !== undefined)
      add(
        `revise ${r.id}`,
        planRevisedClause(
          doc,
          f.data.clause,
          { title: pick(r.title, 'ja'), template: pick(r.template, 'ja') },
          options,
        ),
      );
    if (r && (f.kind === 'missing' || f.kind === 'outdated'))
      add(`not applicable ${r.id}`, planNotApplicable(doc, r.id, '${1:理由を記入}', options));
    if ((f.kind === 'outdated' || f.kind === 'outdated-edition') && f.data.clause !== undefined)
      add(
        `disable ${f.code} on clause ${f.data.clause}`,
        planDisableComment(doc, f.data.clause, f.code, '${1:理由を記入}', options),
      );
  }
  const missing = a.requirements.filter(
    (x) => x.status === 'missing' && a.findings.some((f) => f.code === x.id && f.kind === 'missing'),
  );
  if (missing.length) {
    const wanted = missing
      .map((x) => a.catalog.byId.get(x.id)!)
      .map((r) => ({
        home: a.homes.get(r.id) ?? -1,
        item: { title: pick(r.title, 'ja'), template: pick(r.template, 'ja') },
      }));
    out.push({ title: 'insert all missing clauses', edits: planMissingClauses(doc, wanted) });
  }
  return out;
}

/** Applies insertions (document offsets of the original) and checks that nothing else changed. */
function applyInsertOnly(text: string, edits: InsertEdit[], what: string): string {
  for (const e of edits) {
    expect(Number.isInteger(e.offset) && e.offset >= 0 && e.offset <= text.length, `${what}: offset ${e.offset}`).toBe(
      true,
    );
    expect(e.text.length, `${what}: inserts something`).toBeGreaterThan(0);
    // Never between the halves of a surrogate pair or of a CRLF.
    expect(text[e.offset - 1] === '\r' && text[e.offset] === '\n', `${what}: inside a CRLF`).toBe(false);
    expect(
      (text.charCodeAt(e.offset - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(e.offset) & 0xfc00) === 0xdc00,
      `${what}: inside a surrogate pair`,
    ).toBe(false);
  }
  const order = edits.map((e, i) => ({ e, i })).sort((x, y) => x.e.offset - y.e.offset || x.i - y.i);
  let out = '';
  let at = 0;
  for (const { e } of order) {
    out += text.slice(at, e.offset) + e.text;
    at = e.offset;
  }
  out += text.slice(at);
  // The original text is a subsequence of the result, in place: removing the inserted pieces gives it back.
  let check = '';
  let from = 0;
  let shift = 0;
  for (const { e } of order) {
    check += out.slice(from, e.offset + shift);
    from = e.offset + shift + e.text.length;
    shift += e.text.length;
  }
  check += out.slice(from);
  expect(check === text, `${what}: the original text is kept in order`).toBe(true);
  return out;
}

/** `small` is a subsequence of `big` (each element found after the previous one). */
function subsequence<T>(small: T[], big: T[], key: (x: T) => string): boolean {
  let j = 0;
  for (const x of small) {
    const k = key(x);
    while (j < big.length && key(big[j]) !== k) j++;
    if (j === big.length) return false;
    j++;
  }
  return true;
}

const all = fixtures();
const variants = (f: { name: string; text: string }, i: number) => [
  { name: f.name, text: f.text },
  ...(i % 4 === 0 ? [{ name: `${f.name} (CRLF)`, text: f.text.replace(/\r?\n/g, '\r\n') }] : []),
  ...(i % 4 === 1 ? [{ name: `${f.name} (BOM)`, text: `\ufeff${f.text}` }] : []),
];

describe('quick fixes only insert, and the policy keeps its structure', () => {
  const chunks = [0, 1, 2, 3];
  for (const chunk of chunks) {
    it(`fixtures ${chunk + 1}/${chunks.length}`, () => {
      let fixes = 0;
      all.forEach((f, i) => {
        if (i % chunks.length !== chunk) return;
        for (const v of variants(f, i)) {
          // One incremental analyzer per document: each fixed text re-parses only the sections it touched.
          const analyzer = createIncrementalAnalyzer({ force: true, language: 'ja' });
          const before = analyzer.update(v.text);
          if (before.refused) continue;
          const doc = before.document;
          for (const fix of allFixes(before)) {
            const what = `${v.name}: ${fix.title}`;
            const fixed = applyInsertOnly(v.text, fix.edits, what);
            const after = analyzer.update(fixed).document;
            const inserted = fix.edits.map((e) => e.text).join('\n');
            // Same sections, in order, plus any the fix inserted (a new heading for the clause).
            expect(
              subsequence(doc.sections, after.sections, (s) => `${s.depth} ${s.title}`),
              `${what}: sections kept`,
            ).toBe(true);
            const newHeadings = after.sections.length - doc.sections.length;
            expect(newHeadings, `${what}: headings added`).toBe((inserted.match(/^#{1,6} /gm) ?? []).length);
            // Every clause keeps its text, in order; new clauses come from the inserted text.
            expect(
              subsequence(doc.clauses, after.clauses, (c) => c.norm.text),
              `${what}: clauses kept`,
            ).toBe(true);
            if (/^(insert|revise)/.test(fix.title))
              expect(after.clauses.length, `${what}: a clause was added`).toBeGreaterThan(doc.clauses.length);
            else expect(after.clauses.length, `${what}: no clause added`).toBe(doc.clauses.length);
            // The line breaks stay the document's own.
            if (v.text.includes('\r\n'))
              expect(fixed.replace(/\r\n/g, '').includes('\n'), `${what}: LF inserted into a CRLF file`).toBe(false);
            if (v.text.startsWith('\ufeff'))
              expect(fixed.startsWith('\ufeff'), `${what}: the BOM stays first`).toBe(true);
            fixes++;
          }
          analyzer.update(v.text);
        }
      });
      expect(fixes).toBeGreaterThan(10);
    }, 120_000);
  }
});
