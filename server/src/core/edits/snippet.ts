// Clause templates are written in VS Code snippet syntax (${1:role}). A client that declares snippet-edit
// support gets tab stops; every other client gets the text the snippet expands to when nobody edits it.

/** Escapes literal text for a snippet: `$`, `}` and `\` would otherwise be read as snippet syntax. */
export function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

/** The text a snippet expands to with every placeholder left at its default. */
export function snippetToPlain(snippet: string): string {
  return new PlainReader(snippet).read(false);
}

class PlainReader {
  private i = 0;
  constructor(private readonly s: string) {}

  /** Reads until the end, or until the `}` closing a placeholder when `nested`. */
  read(nested: boolean): string {
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '\\' && this.i + 1 < this.s.length && '$}\\,|'.includes(this.s[this.i + 1])) {
        out += this.s[this.i + 1];
        this.i += 2;
      } else if (nested && c === '}') {
        this.i++;
        return out;
      } else if (c === '$') {
        out += this.dollar();
      } else {
        out += c;
        this.i++;
      }
    }
    return out;
  }

  /** `$1`, `${1}`, `${1:default}`, `${1|a,b|}`, `$NAME`, `${NAME:default}`; a lone `$` is literal. */
  private dollar(): string {
    const rest = this.s.slice(this.i);
    const bare = /^\$(\d+|[A-Z_][A-Z0-9_]*)/.exec(rest);
    if (bare) {
      this.i += bare[0].length;
      return '';
    }
    const open = /^\$\{(\d+|[A-Z_][A-Z0-9_]*)/.exec(rest);
    if (!open) {
      this.i++;
      return '$';
    }
    this.i += open[0].length;
    const next = this.s[this.i];
    if (next === '}') {
      this.i++;
      return '';
    }
    if (next === ':') {
      this.i++;
      return this.read(true);
    }
    if (next === '|') {
      const close = this.s.indexOf('|}', this.i);
      const choices = this.s.slice(this.i + 1, close < 0 ? this.s.length : close);
      this.i = close < 0 ? this.s.length : close + 2;
      return choices.split(/(?<!\\),/)[0].replace(/\\(.)/g, '$1');
    }
    // Transforms and anything unexpected: skip to the closing brace.
    const close = this.s.indexOf('}', this.i);
    this.i = close < 0 ? this.s.length : close + 1;
    return '';
  }
}
