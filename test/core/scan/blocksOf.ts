// The headings and fenced code blocks of a document as remark (the project's parser) and as the line scanner
// read them, in line numbers, for the differential tests.
import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from '../../../server/src/core/model/markdown';
import { lines, scanDocument } from '../../../server/src/core/scan';

const { nextLineStart } = lines;

export interface Blocks {
  /** `line:depth`, and `line:depth:root` for headings in no container. */
  headings: string[];
  /** `start-end` lines of fenced code. */
  fences: string[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  if (starts[starts.length - 1] === text.length && text.length > 0) starts.push(text.length + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function remarkBlocks(text: string): Blocks {
  const root: Root = parseMarkdown(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const out: Blocks = { headings: [], fences: [] };
  const visit = (nodes: RootContent[], top: boolean) => {
    for (const n of nodes) {
      const pos = n.position!;
      if (n.type === 'heading') out.headings.push(`${pos.start.line}:${n.depth}${top ? ':root' : ''}`);
      else if (n.type === 'code') {
        const c = text[pos.start.offset! + bom];
        if (c === '`' || c === '~') out.fences.push(`${pos.start.line}-${pos.end.line}`);
      }
      if ('children' in n) visit(n.children as RootContent[], false);
    }
  };
  visit(root.children, true);
  return out;
}

export function scannedBlocks(text: string): Blocks {
  const starts = lineStarts(text);
  const headings: Array<[number, string]> = [];
  const fences: Array<[number, string]> = [];
  scanDocument(text, {
    heading: (at, _end, depth, root) => headings.push([at, `${lineOf(starts, at)}:${depth}${root ? ':root' : ''}`]),
    // A fence that no closing fence ends: remark ends it on its last line or where the next line starts
    // (after the last line's break), depending on what closes it; either is accepted (compareBlocks).
    fence: (start, last, closed) =>
      fences.push([
        start,
        `${lineOf(starts, start)}-${lineOf(starts, last)}${closed ? '' : `|${lineOf(starts, nextLineStart(text, last))}`}`,
      ]),
  });
  headings.sort((a, b) => a[0] - b[0]);
  fences.sort((a, b) => a[0] - b[0]);
  return { headings: headings.map((h) => h[1]), fences: fences.map((f) => f[1]) };
}

/** Differences between remark's blocks and the scanner's, or undefined. */
export function compareBlocks(remark: Blocks, scanned: Blocks): string | undefined {
  const fencesAgree =
    remark.fences.length === scanned.fences.length &&
    remark.fences.every((f, i) => {
      const [start, ends] = scanned.fences[i].split('-');
      const [s, e] = f.split('-');
      return s === start && ends.split('|').includes(e);
    });
  const headingsAgree = remark.headings.join() === scanned.headings.join();
  return fencesAgree && headingsAgree
    ? undefined
    : `remark ${JSON.stringify(remark)}\nscan   ${JSON.stringify(scanned)}`;
}
