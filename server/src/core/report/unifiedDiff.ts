import { applyInsertions, type InsertEdit } from '../edits/types';

// A unified diff of planned edits. The changes are known exactly (offsets), so no diff algorithm guesses them:
// each edit becomes the lines it touches, and nearby changes share a hunk with three lines of context.

interface LineChange {
  /** Old lines [from, to) are replaced by `lines`. */
  from: number;
  to: number;
  lines: string[];
}

/** Splits text into lines with their terminators (the last one may have none). */
function splitLines(text: string): string[] {
  const out = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  return out;
}

const strip = (line: string) => line.replace(/\n$/, ''); // a CR stays: the diff of a CRLF file says so

/**
 * An insertion right before a line break that starts with that line break is the same text inserted after it,
 * ending with one: written so, it touches no old line and the diff shows only added lines.
 */
const lineAligned =
  (text: string) =>
  (e: InsertEdit): InsertEdit => {
    if (e.end !== undefined) return e;
    const eol = text.startsWith('\r\n', e.offset) ? '\r\n' : text[e.offset] === '\n' ? '\n' : '';
    if (!eol || !e.text.startsWith(eol)) return e;
    return { ...e, offset: e.offset + eol.length, text: e.text.slice(eol.length) + eol };
  };

export function unifiedDiff(
  oldText: string,
  edits: InsertEdit[],
  oldName: string,
  newName: string,
  context = 3,
): string {
  if (!edits.length) return '';
  const oldLines = splitLines(oldText);
  const starts: number[] = [];
  let at = 0;
  for (const l of oldLines) {
    starts.push(at);
    at += l.length;
  }
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Group edits whose line spans touch, then render each group's lines once.
  const sorted = edits
    .map(lineAligned(oldText))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.offset - b.e.offset || a.i - b.i)
    .map((x) => x.e);
  const changes: LineChange[] = [];
  let group: InsertEdit[] = [];
  let gFrom = 0;
  let gTo = 0;
  const flush = () => {
    if (!group.length) return;
    const base = starts[gFrom] ?? oldText.length;
    const end = gTo < oldLines.length ? starts[gTo] : oldText.length;
    const slice = oldText.slice(base, end);
    const rel = group.map((e) => ({
      ...e,
      offset: e.offset - base,
      ...(e.end !== undefined ? { end: e.end - base } : {}),
    }));
    changes.push({ from: gFrom, to: gTo, lines: splitLines(applyInsertions(slice, rel)) });
    group = [];
  };
  for (const e of sorted) {
    // The lines an edit touches: from the line of its start to the line after its end (an insertion at a line
    // start touches no old line).
    const endOffset = e.end ?? e.offset;
    const atLineStart = oldLines.length === 0 || e.offset >= oldText.length || starts[lineAt(e.offset)] === e.offset;
    let from = oldLines.length === 0 ? 0 : e.offset >= oldText.length ? oldLines.length : lineAt(e.offset);
    let to =
      e.end === undefined && atLineStart && e.text.endsWith('\n')
        ? from
        : Math.min(
            oldLines.length,
            lineAt(Math.max(e.offset, endOffset - (e.end !== undefined && e.end > e.offset ? 1 : 0))) + 1,
          );
    // Inserting at the end of a text without a final line break changes that last line.
    if (e.offset >= oldText.length && oldLines.length && !oldText.endsWith('\n')) {
      from = oldLines.length - 1;
      to = oldLines.length;
    }
    if (group.length && from <= gTo) {
      gTo = Math.max(gTo, to);
    } else {
      flush();
      gFrom = from;
      gTo = to;
    }
    group.push(e);
  }
  flush();

  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let delta = 0;
  for (let k = 0; k < changes.length; ) {
    // A hunk: changes whose contexts overlap.
    let j = k;
    while (j + 1 < changes.length && changes[j + 1].from - changes[j].to <= 2 * context) j++;
    const hFrom = Math.max(0, changes[k].from - context);
    const hTo = Math.min(oldLines.length, changes[j].to + context);
    const body: string[] = [];
    let newCount = 0;
    let cursor = hFrom;
    const noEol = (line: string, isLastOld: boolean) =>
      isLastOld && !line.endsWith('\n') ? ['\\ No newline at end of file'] : [];
    for (let c = k; c <= j; c++) {
      const ch = changes[c];
      for (; cursor < ch.from; cursor++) {
        body.push(' ' + strip(oldLines[cursor]), ...noEol(oldLines[cursor], cursor === oldLines.length - 1));
        newCount++;
      }
      for (let m = ch.from; m < ch.to; m++)
        body.push('-' + strip(oldLines[m]), ...noEol(oldLines[m], m === oldLines.length - 1));
      for (let m = 0; m < ch.lines.length; m++)
        body.push(
          '+' + strip(ch.lines[m]),
          ...(m === ch.lines.length - 1 && !ch.lines[m].endsWith('\n') ? ['\\ No newline at end of file'] : []),
        );
      newCount += ch.lines.length;
      cursor = ch.to;
    }
    for (; cursor < hTo; cursor++) {
      body.push(' ' + strip(oldLines[cursor]), ...noEol(oldLines[cursor], cursor === oldLines.length - 1));
      newCount++;
    }
    const oldCount = hTo - hFrom;
    const newStart = hFrom + delta;
    out.push(
      `@@ -${oldCount ? hFrom + 1 : hFrom},${oldCount} +${newCount ? newStart + 1 : newStart},${newCount} @@`,
      ...body,
    );
    for (let c = k; c <= j; c++) delta += changes[c].lines.length - (changes[c].to - changes[c].from);
    k = j + 1;
  }
  return out.join('\n') + '\n';
}
