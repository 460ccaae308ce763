// Line arithmetic over the raw text: the planner works in offsets and keeps the document's own line breaks.

export function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Offset of the line break ending the line that contains `at` (or the text length). */
export function lineEndOf(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  if (nl < 0) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Offset just after the line break ending the line that contains `at`. */
export function nextLineStart(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

export const isBlank = (line: string) => /^[ \t\u3000]*\r?$/.test(line);

/** The line after the one containing `at`, or undefined at the end of the text. */
export function followingLine(text: string, at: number): string | undefined {
  const start = nextLineStart(text, at);
  if (start >= text.length) return undefined;
  return text.slice(start, lineEndOf(text, start));
}

/** Whitespace between the start of the line and `at`, when that is all there is (list indentation). */
export function indentBefore(text: string, at: number): string {
  const lead = text.slice(lineStartOf(text, at), at);
  return /^[ \t]*$/.test(lead) ? lead : '';
}

/** Moves back over white space: the end of the content before `at`. */
export function trimBack(text: string, at: number, floor = 0): number {
  let e = at;
  while (e > floor && /\s/.test(text[e - 1])) e--;
  return e;
}

/**
 * Wraps a block inserted at a line start (or the end of the text) so a blank line separates it from the
 * content on both sides, adding only the line breaks that are not already there.
 */
export function asSeparateBlock(text: string, offset: number, block: string, eol: string): string {
  const before = text.slice(0, offset);
  let lead = '';
  if (before.length && !/(?:\r?\n)[ \t]*\r?\n$/.test(before)) lead = before.endsWith('\n') ? eol : eol + eol;
  if (offset >= text.length) return lead + block + (text.endsWith('\n') ? eol : '');
  const after = text.slice(offset);
  return lead + block + eol + (/^[ \t]*\r?\n/.test(after) ? '' : eol);
}
