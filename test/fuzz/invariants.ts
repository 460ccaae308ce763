// The invariants every analysis must keep, whatever the text: checked by the property tests (npm test) and by the
// long fuzz run (npm run fuzz). Each check throws an Error naming what broke.
import {
  analyzeText,
  checkDocument,
  createIncrementalAnalyzer,
  type CheckOptions,
  type PolicyAnalysis,
  type Range,
  type TextEdit,
} from '../../server/src/core';
import { parsePolicy } from '../../server/src/core/model/parse';

/** Everything an analysis says that a user could see, as plain comparable data. */
export function snapshot(a: PolicyAnalysis): string {
  const d = a.document;
  return JSON.stringify({
    isPolicy: a.isPolicy,
    edition: a.edition,
    refused: a.refused?.limit,
    requirements: a.requirements.map((r) => ({
      id: r.id,
      status: r.status,
      ranges: r.ranges,
      covering: r.covering,
      outdated: r.outdated.map((o) => o.clause),
      na: r.notApplicableReason,
    })),
    findings: a.findings.map((f) => ({
      code: f.code,
      kind: f.kind,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      range: f.range,
      related: f.related,
      data: f.data,
    })),
    sections: d.sections.map((s) => [s.depth, s.title, s.headingStart, s.headingEnd, s.start, s.end, s.parent]),
    clauses: d.clauses.map((c) => [
      c.kind,
      c.start,
      c.end,
      c.norm.text,
      c.section,
      c.parentClause ?? -1,
      c.number?.raw ?? '',
    ]),
    frontMatter: d.frontMatter ? [d.frontMatter.start, d.frontMatter.end, d.frontMatter.error ?? ''] : null,
  });
}

const fail = (what: string): never => {
  throw new Error(what);
};

function checkRange(a: PolicyAnalysis, r: Range, what: string): void {
  const lines = a.lines;
  const { start, end } = r;
  if (start.line < 0 || end.line < 0 || start.character < 0 || end.character < 0)
    fail(`${what}: negative position ${JSON.stringify(r)}`);
  if (start.line >= lines.lineCount || end.line >= lines.lineCount)
    fail(`${what}: line past the end (${lines.lineCount} lines) ${JSON.stringify(r)}`);
  const s = lines.offsetAt(start);
  const e = lines.offsetAt(end);
  // offsetAt clamps to the line: a position past the end of its line would not round-trip.
  if (lines.positionAt(s).character !== start.character || lines.positionAt(e).character !== end.character)
    fail(`${what}: position past the end of its line ${JSON.stringify(r)}`);
  if (s > e) fail(`${what}: start after end ${JSON.stringify(r)}`);
}

function checkOffsets(text: string, start: number, end: number, what: string): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length))
    fail(`${what}: offsets [${start}, ${end}) outside the document (length ${text.length})`);
  // A range never splits a surrogate pair: editors would show half a character.
  const splits = (o: number) =>
    o > 0 &&
    o < text.length &&
    (text.charCodeAt(o - 1) & 0xfc00) === 0xd800 &&
    (text.charCodeAt(o) & 0xfc00) === 0xdc00;
  if (splits(start) || splits(end)) fail(`${what}: offsets [${start}, ${end}) split a surrogate pair`);
}

/** Ranges inside the document, consistent with their offsets; every requirement reported exactly once. */
export function checkAnalysis(text: string, a: PolicyAnalysis): void {
  if (a.document.text !== text) fail('the analysis does not hold the text it was given');
  if (a.lines.lineCount !== text.split(/\r\n|\r|\n/).length)
    fail(`line count ${a.lines.lineCount} ≠ ${text.split(/\r\n|\r|\n/).length}`);
  for (const f of a.findings) {
    checkOffsets(text, f.start, f.end, `finding ${f.code}`);
    checkRange(a, f.range, `finding ${f.code}`);
    if (a.lines.offsetAt(f.range.start) !== f.start || a.lines.offsetAt(f.range.end) !== f.end)
      fail(`finding ${f.code}: range ${JSON.stringify(f.range)} does not match offsets [${f.start}, ${f.end})`);
    for (const r of f.related) checkRange(a, r.range, `related information of ${f.code}`);
    if (!f.message) fail(`finding ${f.code} without a message`);
  }
  for (const r of a.requirements) for (const range of r.ranges) checkRange(a, range, `evidence of ${r.id}`);
  const d = a.document;
  for (const c of d.clauses) {
    checkOffsets(text, c.start, c.end, `clause ${c.index}`);
    for (let k = 0; k < c.norm.text.length; k++) {
      const s = c.norm.starts[k];
      const e = c.norm.ends[k];
      if (!(s >= 0 && s <= e && e <= text.length))
        fail(`clause ${c.index}: normalized unit ${k} maps to [${s}, ${e}) outside the document`);
    }
  }
  for (const s of d.sections) {
    checkOffsets(text, s.headingStart, s.headingEnd, `section ${s.index} heading`);
    checkOffsets(text, s.start, s.end, `section ${s.index}`);
  }
  if (text.charCodeAt(0) === 0xfeff) {
    // A leading byte-order mark is not part of any clause, heading or finding on a clause.
    for (const c of d.clauses) if (c.start === 0) fail(`clause ${c.index} starts on the byte-order mark`);
    for (const s of d.sections) if (s.headingStart === 0) fail(`section ${s.index} starts on the byte-order mark`);
  }
  if (a.isPolicy && !a.refused) {
    const expected = a.catalog.requirements.map((r) => r.id).sort();
    const got = a.requirements.map((r) => r.id).sort();
    if (JSON.stringify(expected) !== JSON.stringify(got))
      fail(`requirements reported ${JSON.stringify(got)}, expected each of ${JSON.stringify(expected)} exactly once`);
  }
  if (a.refused && a.isPolicy && !a.findings.some((f) => f.kind === 'limit'))
    fail('a refused policy without the finding that says why');
}

export interface CaseResult {
  analysis: PolicyAnalysis;
  /** Which comparisons ran. */
  compared: { deterministic: boolean; incremental: boolean; whole: boolean };
}

export interface CaseOptions {
  options?: CheckOptions;
  /** Analyze twice and compare. */
  deterministic?: boolean;
  /** Reach the text through an incremental analyzer from `incrementalFrom` with `edits` and compare. */
  incremental?: { from: string; edits: TextEdit[] };
  /** Compare with one remark parse of the whole text (the reference of the per-section parse). */
  whole?: boolean;
}

/** Analyses `text` and checks every invariant asked for; throws on the first one broken. */
export function checkCase(text: string, c: CaseOptions = {}): CaseResult {
  const options = c.options ?? {};
  const analysis = analyzeText(text, options);
  checkAnalysis(text, analysis);
  const compared = { deterministic: false, incremental: false, whole: false };
  const snap = c.deterministic || c.incremental || c.whole ? snapshot(analysis) : '';
  if (c.deterministic) {
    const again = snapshot(analyzeText(text, options));
    if (again !== snap) fail(`not deterministic: ${firstDiff(snap, again)}`);
    compared.deterministic = true;
  }
  if (c.incremental && !analysis.refused) {
    const inc = createIncrementalAnalyzer(options);
    inc.update(c.incremental.from);
    {
      const result = inc.applyEdits(c.incremental.edits);
      if (inc.text !== text) fail('the incremental analyzer applied the edits to a different text');
      const s = snapshot(result);
      if (s !== snap) fail(`incremental ≠ full: ${firstDiff(snap, s)}`);
      compared.incremental = true;
    }
  }
  if (c.whole && !analysis.refused) {
    const s = snapshot(checkDocument(parsePolicy(text, { sections: false }), options));
    if (s !== snap) fail(`per-section parse ≠ whole-document parse: ${firstDiff(s, snap)}`);
    compared.whole = true;
  }
  return { analysis, compared };
}

/** Where two snapshots first differ, with some context. */
export function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

/**
 * The same text behind a byte-order mark says the same things one UTF-16 unit later: micromark skips the mark,
 * the LSP positions and offsets count it (editors send it as part of the text).
 */
export function checkBomShift(text: string, options: CheckOptions = {}): void {
  if (text.charCodeAt(0) === 0xfeff) return;
  const a = analyzeText(text, options);
  const b = analyzeText(`\ufeff${text}`, options);
  if (Boolean(a.refused) !== Boolean(b.refused)) fail('a byte-order mark changes whether the document is refused');
  const view = (x: PolicyAnalysis, shift: number) =>
    JSON.stringify({
      isPolicy: x.isPolicy,
      requirements: x.requirements.map((r) => [r.id, r.status, r.covering]),
      findings: x.findings.map((f) => [f.code, f.kind, f.message, f.start + shift, f.end + shift]),
      clauses: x.document.clauses.map((c) => [c.start + shift, c.end + shift, c.norm.text]),
      sections: x.document.sections.map((s) => [s.headingStart + shift, s.headingEnd + shift, s.title]),
    });
  const expected = view(a, 1);
  const got = view(b, 0);
  if (expected !== got) fail(`a leading byte-order mark shifts the analysis wrongly: ${firstDiff(expected, got)}`);
}
