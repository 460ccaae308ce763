import { diff, type ChangedSpan } from '../incremental/pieces';
import { lastPointBefore, Meeting } from '../scan/incremental';
import { frontMatterBody, frontMatterClose } from '../scan/frontMatter';
import {
  frontMatterBreach,
  frontMatterSize,
  LIMITS,
  scanSegment,
  sizeBreach,
  type LimitBreach,
  type Limits,
} from './limits';

/**
 * checkLimits for a document that is edited again and again: the same answer (the same breach, on the same line,
 * with the same message), without scanning the whole text after every edit.
 *
 * checkLimits' scan restarts at every root-level ATX heading outside a fence (segment.ts, scanSegment). The
 * segments between them are kept with their first breach; after an edit the scan starts again at the segment
 * the edit is in (the one before, when the edit touches a segment's heading line) and stops as soon as it
 * reaches the start of an old segment that lies after the edit: from there on the text, and so every segment,
 * is the same as before, only shifted. This is the line scan's incremental scheme (scan/incremental.ts) with
 * segment starts as its checkpoints, where the state is always fresh. The front matter is followed the same way: an edit after its closing
 * fence cannot change it.
 */
export class IncrementalLimits {
  private text = '';
  /** Whether `starts`/`breaches` describe `text` (not after a document over the size limit). */
  private scanned = false;
  /** Start of every segment, ascending (the first is 0). */
  private starts: number[] = [];
  /** The first breach of each segment (offsets in `text`). */
  private breaches: Array<LimitBreach | undefined> = [];
  private breachCount = 0;
  /** Front matter: where its lines start (-1: the text opens none), where it ends (0: not closed), its size. */
  private fm: { body: number; end: number; size?: { bytes: number; entries: number } } = { body: -1, end: 0 };

  /** What the last check scanned: characters of segments scanned again (the rest was taken over). */
  readonly stats = { scanned: 0 };

  constructor(private readonly limits: Readonly<Limits> = LIMITS) {}

  /**
   * The breach checkLimits(text, limits) returns. `changed`: where `text` differs from the last text checked
   * (`lastText`); found by comparing them when not given.
   */
  check(text: string, changed?: ChangedSpan): LimitBreach | undefined {
    this.stats.scanned = 0;
    const size = sizeBreach(text, this.limits);
    if (size) {
      // Nothing else is read (as checkLimits); the next text is scanned from scratch.
      this.scanned = false;
      this.text = text;
      return size;
    }
    const span = this.scanned ? (changed ?? diff(this.text, text)) : undefined;
    if (span && span.start === span.oldEnd && span.start === span.newEnd && text.length === this.text.length) {
      this.text = text;
    } else {
      this.frontMatter(text, span);
      this.segments(text, span);
      this.text = text;
      this.scanned = true;
    }
    const fm = frontMatterBreach(text, this.fm.end, this.limits, this.fm.size);
    if (fm) return fm;
    if (this.breachCount) for (const b of this.breaches) if (b) return b;
    return undefined;
  }

  private frontMatter(text: string, span: ChangedSpan | undefined): void {
    const fm = this.fm;
    // The opening fence line (and its line break, \r\n included) lies before the edit: it still opens, or not.
    const openingKept =
      span !== undefined && (fm.body < 0 ? firstLineEnd(text, 0, span.start) + 1 < span.start : fm.body < span.start);
    if (openingKept && fm.body < 0) return;
    if (openingKept && fm.end > 0) {
      // Closed before the edit: the same front matter. (At the closing line's end the edit could lengthen it.)
      if (span.start > fm.end) return;
    } else if (openingKept) {
      // Not closed: no line of the old text closes it, so only a line the edit touched can.
      let from = span.start;
      while (from > fm.body && text.charCodeAt(from - 1) !== 10 && text.charCodeAt(from - 1) !== 13) from--;
      const end = frontMatterClose(text, from, span.newEnd);
      fm.end = end;
      fm.size = end > 0 ? frontMatterSize(text, end, this.limits.maxFrontMatterBytes) : undefined;
      return;
    }
    fm.body = frontMatterBody(text);
    fm.end = fm.body < 0 ? 0 : frontMatterClose(text, fm.body, Infinity);
    fm.size = fm.end > 0 ? frontMatterSize(text, fm.end, this.limits.maxFrontMatterBytes) : undefined;
  }

  private segments(text: string, span: ChangedSpan | undefined): void {
    const { starts, breaches } = this;
    if (!span || !starts.length) {
      this.rescan(text, 0, [], [], undefined);
      return;
    }
    // The last segment that starts before the edit, unless the edit reaches into its heading line (the line
    // may no longer be a heading): then the one before it.
    let j = Math.max(0, lastPointBefore(starts, span.start));
    while (j > 0 && firstLineEnd(text, starts[j]) >= span.start) j--;
    this.rescan(text, j, starts.slice(0, j), breaches.slice(0, j), span);
  }

  /**
   * Scans from the start of segment `j` (the segments before it are `starts`/`breaches`, kept) until a segment
   * starts where an old segment after the edit starts; those are then taken over, shifted.
   */
  private rescan(
    text: string,
    j: number,
    starts: number[],
    breaches: Array<LimitBreach | undefined>,
    span: ChangedSpan | undefined,
  ): void {
    const old = this.starts;
    const oldBreaches = this.breaches;
    const delta = span ? span.newEnd - span.oldEnd : 0;
    // Segments start with a fresh state: where a new segment starts at an old one's start after the edit, the
    // scans have met.
    const meeting = span ? new Meeting(old, span, j) : undefined;
    let pos = span ? old[j] : 0;
    for (;;) {
      const segment = scanSegment(text, pos, this.limits, true);
      this.stats.scanned += segment.end - pos;
      starts.push(pos);
      breaches.push(segment.breach);
      if (segment.end >= text.length) break;
      pos = segment.end;
      const m = meeting ? meeting.at(pos) : -1;
      if (m >= 0) {
        for (let k = m; k < old.length; k++) {
          starts.push(old[k] + delta);
          const b = oldBreaches[k];
          breaches.push(b && delta ? { ...b, start: b.start + delta, end: b.end + delta } : b);
        }
        break;
      }
    }
    this.starts = starts;
    this.breaches = breaches;
    let count = 0;
    for (const b of breaches) if (b) count++;
    this.breachCount = count;
  }

  /** The last text checked. */
  get lastText(): string {
    return this.text;
  }

  /** How many segments the last text has (for tests). */
  get segmentCount(): number {
    return this.starts.length;
  }
}

/** The end of the line that starts at `from` (before its line break), looking no further than `limit`. */
function firstLineEnd(text: string, from: number, limit = Infinity): number {
  const end = Math.min(text.length, limit);
  let e = from;
  while (e < end) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) break;
    e++;
  }
  return e;
}
