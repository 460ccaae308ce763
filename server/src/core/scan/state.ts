// The state of the block scanner between two lines: open containers and the open leaf block. Small and
// comparable, so an incremental scan can tell when it has re-synchronised with the previous one.
import type { FenceMark, HtmlKind } from './blocks';

export interface Container {
  quote: boolean;
  /** List items: the columns their content is indented by (relative to the container around them). */
  indent: number;
  ordered: boolean;
  /** The bullet, or the ordered item's delimiter. */
  marker: number;
  /**
   * The item began with a blank line and has had no content since: 1; and a blank line followed: 2 (micromark
   * then ends it at the next line that is not blank, however indented).
   */
  emptyStart: number;
}

export const enum Leaf {
  None,
  Paragraph,
  Table,
  Fence,
  IndentedCode,
  Html,
}

export interface LineState {
  containers: Container[];
  leaf: Leaf;
  /** Paragraph: offset of its first line; fence: of its opening line. */
  leafStart: number;
  /** Paragraph: how many lines it has (table: body rows); the cells of its last line (a table header candidate). */
  paraLines: number;
  headerCells: number;
  fence: FenceMark | null;
  /** Columns the opening fence was indented by: its content lines lose as much indentation. */
  fenceIndent: number;
  html: HtmlKind | null;
  /** Indented code opened on a line that closed containers lazily (see scanLine). */
  detached: boolean;
}

export function initialState(): LineState {
  return {
    containers: [],
    leaf: Leaf.None,
    leafStart: -1,
    paraLines: 0,
    headerCells: 0,
    fence: null,
    fenceIndent: 0,
    html: null,
    detached: false,
  };
}

export function copyState(s: LineState): LineState {
  return { ...s, containers: s.containers.map((c) => ({ ...c })) };
}

/**
 * Whether two states scan the rest of a text alike. `mapStart` maps an offset recorded in `old` to where it
 * lies in the new text (or NaN when the edit removed it).
 */
export function sameState(a: LineState, old: LineState, mapStart: (offset: number) => number): boolean {
  if (a.leaf !== old.leaf || a.detached !== old.detached || a.containers.length !== old.containers.length) return false;
  for (let i = 0; i < a.containers.length; i++) {
    const x = a.containers[i];
    const y = old.containers[i];
    if (
      x.quote !== y.quote ||
      x.indent !== y.indent ||
      x.ordered !== y.ordered ||
      x.marker !== y.marker ||
      x.emptyStart !== y.emptyStart
    )
      return false;
  }
  switch (a.leaf) {
    case Leaf.Paragraph:
      return (
        a.leafStart === mapStart(old.leafStart) && a.paraLines === old.paraLines && a.headerCells === old.headerCells
      );
    case Leaf.Fence:
      return (
        a.leafStart === mapStart(old.leafStart) &&
        a.fence!.ch === old.fence!.ch &&
        a.fence!.len === old.fence!.len &&
        a.fenceIndent === old.fenceIndent
      );
    case Leaf.Html:
      return a.html!.kind === old.html!.kind && String(a.html!.end) === String(old.html!.end);
    default:
      return true;
  }
}

/** Nothing open: the next line starts a top-level block whatever came before. */
export function isClean(s: LineState): boolean {
  return s.containers.length === 0 && s.leaf === Leaf.None;
}
