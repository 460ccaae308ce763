// Sections cut below the heading level (root-level list items, table rows, block starts; see
// incremental/pieces.ts PartCuts and model/markdown.ts PartOptions): the analysis must say exactly what an
// analysis of the whole document says, for one-table and one-list policies and after random edits that break
// tables and lists, join them, add headings in the middle.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../../bench/generate.mjs';
import { checkDocument, createIncrementalAnalyzer, type CheckOptions } from '../../../server/src/core';
import { PieceSplitter, setDefaultPartLength } from '../../../server/src/core/incremental/pieces';
import { assemble, buildPiece } from '../../../server/src/core/model/parse';
import { firstDifference, snapshot, wholeDocument } from './compare';
import { oneListPolicy, oneTablePolicy } from './shapes.mjs';

/** Small pieces, so that small documents are cut inside sections as much as large ones. */
const PART = 300;
let saved = 0;
beforeAll(() => {
  saved = setDefaultPartLength(PART);
});
afterAll(() => {
  setDefaultPartLength(saved);
});

function expectSame(text: string, actual: ReturnType<typeof wholeDocument>, label: string, options: CheckOptions = {}) {
  const diff = firstDifference(snapshot(actual), snapshot(wholeDocument(text, options)));
  expect(diff, `${label}\n${JSON.stringify(text.length > 600 ? `${text.slice(0, 600)}…` : text)}`).toBeUndefined();
}

/** A one-shot parse of `text` in pieces of about `partLength`, checked. */
function inParts(text: string, partLength = PART, options: CheckOptions = {}) {
  const splitter = new PieceSplitter(buildPiece, { cache: false, partLength });
  const document = assemble(text, splitter.update(text));
  return { analysis: checkDocument(document, options), pieces: splitter.stats.pieces };
}

describe('a section cut at list items and table rows reads as the whole document', () => {
  it('one table of Japanese rows with inline code and escaped pipes', () => {
    const text = oneTablePolicy(40_000, 3);
    const { analysis, pieces } = inParts(text);
    expect(pieces).toBeGreaterThan(20);
    expectSame(text, analysis, 'one table');
  });

  it('one numbered list with nested (1) and ア items, loose and tight', () => {
    const text = oneListPolicy(40_000, 3);
    const { analysis, pieces } = inParts(text);
    expect(pieces).toBeGreaterThan(20);
    expectSame(text, analysis, 'one list');
  });
});
