/** A position as LSP defines it: zero-based line and UTF-16 code-unit character. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Converts UTF-16 offsets (what JavaScript strings and mdast use) to LSP positions and back.
 * Lines end at \n, \r\n or a lone \r, as LSP counts them.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    this.lineStarts = starts ?? [0];
    if (!starts) lineStartsIn(text, 0, text.length, this.lineStarts);
  }

  /**
   * The index of `text`, which is `previous.text` with [start, oldEnd) replaced by what is now [start, newEnd):
   * the line starts before the edit are kept, those after it shifted, only the edited lines searched again.
   */
  static afterEdit(
    previous: LineIndex,
    text: string,
    change: { start: number; oldEnd: number; newEnd: number },
    reuse = false,
  ) {
    const { start, oldEnd, newEnd } = change;
    const old = previous.lineStarts;
    // A line start s follows a break ending at s - 1, and whether a \r ends a line depends on the unit after it:
    // starts below `start` read only unchanged units before the edit, starts above oldEnd only units after it.
    let lo = 1;
    for (let hi = old.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (old[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    const keep = lo;
    let from = keep;
    while (from < old.length && old[from] < oldEnd + 1) from++;
    const delta = newEnd - oldEnd;
    const added: number[] = [];
    lineStartsBetween(text, Math.max(0, start - 1), newEnd, added, start);
    if (reuse) {
      // `previous` is not used again (the incremental analyzer's): its array is moved in place, not copied.
      if (delta) for (let i = from; i < old.length; i++) old[i] += delta;
      old.splice(keep, from - keep, ...added);
      return new LineIndex(text, old);
    }
    const starts = old.slice(0, keep);
    for (const s of added) starts.push(s);
    for (let i = from; i < old.length; i++) starts.push(old[i] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset just past the line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/**
 * Appends to `starts` the start of every line after a break that ends at or after `from` and before `to` (and whose
 * next line starts at `min` or later). Found with indexOf, not a loop over every character: the line breaks of a
 * large document are looked up after every edit, and a native search is several times faster.
 */
/**
 * lineStartsIn for a short stretch of a long text: reads only [from, to] (indexOf would look for a \r up to the
 * end of a text that has none).
 */
function lineStartsBetween(text: string, from: number, to: number, starts: number[], min: number): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    // The last unit of the line break: \n, a lone \r, or the \n of \r\n.
    const end = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 1 : i;
    if (end >= to) return;
    if (end + 1 >= min) starts.push(end + 1);
    i = end;
  }
}

function lineStartsIn(text: string, from: number, to: number, starts: number[], min = 0): void {
  let n = text.indexOf('\n', from);
  let r = text.indexOf('\r', from);
  while (n >= 0 || r >= 0) {
    // The last unit of the next line break: \n, a lone \r, or the \n of \r\n.
    let end = n;
    if (r >= 0 && (n < 0 || r < n)) {
      end = n === r + 1 ? n : r;
      r = text.indexOf('\r', r + 1);
    }
    if (end >= to) return;
    if (n >= 0 && n <= end) n = text.indexOf('\n', end + 1);
    if (end + 1 >= min) starts.push(end + 1);
  }
}
