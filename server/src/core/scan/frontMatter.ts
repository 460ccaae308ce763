// YAML front matter, located exactly as micromark-extension-frontmatter does (remark-frontmatter 5, ['yaml']).
import { nextLineStart } from './lines';

/** Where YAML front matter ends (after its closing fence line, before its break), or 0. */
export function frontMatterEnd(text: string): number {
  const body = frontMatterBody(text);
  return body < 0 ? 0 : frontMatterClose(text, body, Infinity);
}

/**
 * Where the lines of front matter start (after the opening fence line, which must be the first line after an
 * optional byte-order mark), or -1 when the text does not open front matter.
 */
export function frontMatterBody(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', i)) return -1;
  i += 3;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '\n' && text[i] !== '\r') return -1;
  return i + (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
}

/**
 * The end of the first closing fence line (see frontMatterEnd) among the lines starting at `from` (a line start)
 * up to those starting at `until`, or 0 when there is none.
 */
export function frontMatterClose(text: string, from: number, until: number): number {
  for (let i = from; i <= until; ) {
    // A closing fence: '---', spaces or tabs, then the end of the line or of the text.
    if (text.startsWith('---', i)) {
      let j = i + 3;
      while (text[j] === ' ' || text[j] === '\t') j++;
      if (j >= text.length || text[j] === '\n' || text[j] === '\r') return j;
    }
    const nl = nextLineStart(text, i);
    if (nl >= text.length) return 0;
    i = nl;
  }
  return 0;
}
