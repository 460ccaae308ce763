// Lines as CommonMark sees them: ended by \n, \r\n or a lone \r; columns with tab stops of 4.

/** The end of the line that starts at `from`, before its line break. */
export function lineContentEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** The start of the next line, given the end of a line's content (`\r\n` counts as one break). */
export function afterLineBreak(text: string, contentEnd: number): number {
  if (contentEnd >= text.length) return text.length;
  return text.charCodeAt(contentEnd) === 13 && text.charCodeAt(contentEnd + 1) === 10 ? contentEnd + 2 : contentEnd + 1;
}

/** The start of the line after the one that holds `from`. */
export function nextLineStart(text: string, from: number): number {
  return afterLineBreak(text, lineContentEnd(text, from));
}

export const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/** Whether [from, end) holds only spaces and tabs. */
export function isBlankBetween(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A position in a line: an offset and the column it stands at. A tab that a container prefix consumed only in
 * part leaves the column inside it (offset still on the tab): what is left of it is indentation.
 */
export interface Cursor {
  p: number;
  col: number;
}

/** Columns of white space from the cursor, and the offset of the first other character (or the line end). */
export function measureIndent(text: string, at: Cursor, end: number): { cols: number; first: number } {
  let cols = 0;
  let p = at.p;
  for (; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 32) cols++;
    else if (c === 9) cols += 4 - ((at.col + cols) % 4);
    else break;
  }
  return { cols, first: p };
}

/** Moves the cursor over `n` columns of white space (or less, when the white space ends first). */
export function consumeColumns(text: string, at: Cursor, n: number, end: number): void {
  while (n > 0 && at.p < end) {
    const c = text.charCodeAt(at.p);
    if (c === 32) {
      at.p++;
      at.col++;
      n--;
    } else if (c === 9) {
      const width = 4 - (at.col % 4);
      if (width <= n) {
        at.p++;
        at.col += width;
        n -= width;
      } else {
        // Part of the tab: the rest of it stays as indentation.
        at.col += n;
        n = 0;
      }
    } else return;
  }
}
