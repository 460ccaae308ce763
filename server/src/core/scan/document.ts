// Scanning a whole text: the byte-order mark and front matter first, then line by line.
import { frontMatterEnd } from './frontMatter';
import { afterLineBreak, lineContentEnd } from './lines';
import { scanLine, type ScanSink } from './scanner';
import { initialState, Leaf, type LineState } from './state';

/** Where the Markdown blocks of a document begin: after a byte-order mark and after closed front matter. */
export function blocksStart(text: string): number {
  const fm = frontMatterEnd(text);
  if (fm > 0) return afterLineBreak(text, fm);
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/**
 * Scans lines from `from` (a line start) with `state`, until the end of the text or until `stop` (asked before
 * each line, with the state before it) returns true. Returns where it stopped. At the end of the text, a fence
 * still open is reported (unclosed).
 */
export function scanLines(
  text: string,
  from: number,
  state: LineState,
  sink: ScanSink,
  stop?: (at: number, state: LineState) => boolean,
): number {
  let pos = from;
  let previous = from;
  while (pos < text.length) {
    if (stop && pos > from && stop(pos, state)) return pos;
    const e = lineContentEnd(text, pos);
    scanLine(text, pos, e, previous, state, sink);
    previous = pos;
    pos = afterLineBreak(text, e);
  }
  if (state.leaf === Leaf.Fence) sink.fence(state.leafStart, previous, false);
  return text.length;
}

/** Scans a whole document. */
export function scanDocument(text: string, sink: ScanSink): void {
  scanLines(text, blocksStart(text), initialState(), sink);
}
