// Adversarial inputs for a regular expression, built from its own structure: a tiny parser of the JavaScript
// regex syntax the catalog uses (alternation, (?:…) groups, lookarounds, classes, escapes, quantifiers) that
// writes one example of each part. The attacks repeat an alternative's example, a near miss of it, the text a
// negative lookaround forbids followed by many matches (every match then fails late), and each unbounded
// quantifier's atom pumped. A pattern free of catastrophic backtracking scans them in time linear in their length.

type Node =
  | { t: 'lit'; s: string }
  | { t: 'class'; sample: string }
  | { t: 'group'; kind: 'group' | 'ahead' | 'not-ahead' | 'behind' | 'not-behind'; alts: Node[][] }
  | { t: 'quant'; node: Node; min: number; max: number }
  | { t: 'assert' };

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alternatives(): Node[][] {
    const alts: Node[][] = [[]];
    while (this.i < this.src.length) {
      const c = this.src[this.i];
      if (c === ')') break;
      if (c === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      const atom = this.atom();
      alts[alts.length - 1].push(this.quantifier(atom));
    }
    return alts;
  }

  private quantifier(node: Node): Node {
    const c = this.src[this.i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(this.src.slice(this.i));
      if (m) {
        const min = Number(m[1] || 0);
        q = { min, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : min };
        this.i += m[0].length - 1;
      }
    }
    if (!q) return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return { t: 'quant', node, ...q };
  }

  private atom(): Node {
    const c = this.src[this.i];
    if (c === '(') {
      this.i++;
      let kind: Extract<Node, { t: 'group' }>['kind'] = 'group';
      const head = this.src.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head.startsWith('?=')) (kind = 'ahead'), (this.i += 2);
      else if (head.startsWith('?!')) (kind = 'not-ahead'), (this.i += 2);
      else if (head === '?<=') (kind = 'behind'), (this.i += 3);
      else if (head === '?<!') (kind = 'not-behind'), (this.i += 3);
      else if (head.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1; // named group
      const alts = this.alternatives();
      this.i++; // ')'
      return { t: 'group', kind, alts };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = this.src[this.i + 1];
      this.i += 2;
      if (e === 'b' || e === 'B') return { t: 'assert' };
      if (e === 'd') return { t: 'class', sample: '1' };
      if (e === 'D') return { t: 'class', sample: 'a' };
      if (e === 'w') return { t: 'class', sample: 'a' };
      if (e === 'W' || e === 's') return { t: 'class', sample: ' ' };
      if (e === 'S') return { t: 'class', sample: 'a' };
      if (e === 'n') return { t: 'lit', s: '\n' };
      if (e === 't') return { t: 'lit', s: '\t' };
      if (e === 'u') {
        const hex = this.src.slice(this.i, this.i + 4);
        this.i += 4;
        return { t: 'lit', s: String.fromCharCode(parseInt(hex, 16)) };
      }
      return { t: 'lit', s: e };
    }
    this.i++;
    if (c === '^' || c === '$') return { t: 'assert' };
    if (c === '.') return { t: 'class', sample: 'x' };
    return { t: 'lit', s: c };
  }

  private charClass(): Node {
    let j = this.i + 1;
    const negated = this.src[j] === '^';
    if (negated) j++;
    const members: string[] = [];
    while (j < this.src.length && (this.src[j] !== ']' || j === this.i + 1 + (negated ? 1 : 0))) {
      if (this.src[j] === '\\') {
        const e = this.src[j + 1];
        members.push(e === 'd' ? '1' : e === 's' ? ' ' : e === 'w' ? 'a' : e);
        j += 2;
      } else {
        members.push(this.src[j]);
        j++;
      }
    }
    this.i = j + 1;
    if (!negated) return { t: 'class', sample: members.find((m) => m !== '-') ?? 'a' };
    const sample = ['あ', 'x', '1', ' ', '。', '-'].find((ch) => !members.includes(ch)) ?? 'z';
    return { t: 'class', sample };
  }
}

export function parseRegex(source: string): Node[][] {
  return new Parser(source).alternatives();
}

/** One example of a sequence (lookarounds write nothing; optional parts are included once). */
export function example(seq: Node[]): string {
  return seq.map(exampleOf).join('');
}

function exampleOf(n: Node): string {
  switch (n.t) {
    case 'lit':
      return n.s;
    case 'class':
      return n.sample;
    case 'assert':
      return '';
    case 'group':
      return n.kind === 'group' ? example(n.alts[0]) : '';
    case 'quant':
      return exampleOf(n.node).repeat(Math.max(1, Math.min(n.min, 3)));
  }
}

/** A sequence with its plain groups of one alternative (and optional groups of one) spelled out in place. */
function inline(seq: Node[]): Node[] {
  const out: Node[] = [];
  for (const n of seq) {
    if (n.t === 'group' && n.kind === 'group' && n.alts.length === 1) out.push(...inline(n.alts[0]));
    else if (
      n.t === 'quant' &&
      n.max === 1 &&
      n.node.t === 'group' &&
      n.node.kind === 'group' &&
      n.node.alts.length === 1
    )
      out.push(...inline(n.node.alts[0]));
    else out.push(n);
  }
  return out;
}

function walk(seq: Node[], visit: (n: Node) => void): void {
  for (const n of seq) {
    visit(n);
    if (n.t === 'group') for (const a of n.alts) walk(a, visit);
    if (n.t === 'quant') walk([n.node], visit);
  }
}

/** Attack texts of about `size` characters for a pattern. */
export function attacks(source: string, size: number): Array<{ what: string; text: string }> {
  const out: Array<{ what: string; text: string }> = [];
  const fill = (unit: string, prefix = '') =>
    unit.length ? prefix + unit.repeat(Math.max(1, Math.ceil((size - prefix.length) / unit.length))) : '';
  for (const seq of parseRegex(source)) {
    const e = example(seq);
    if (!e) continue;
    out.push({ what: `"${e}" repeated`, text: fill(e) });
    out.push({ what: `"${e.slice(0, -1)}" (near miss) repeated`, text: fill(e.slice(0, -1) + ' ') });
    walk(seq, (n) => {
      if (n.t === 'group' && (n.kind === 'not-behind' || n.kind === 'not-ahead')) {
        for (const alt of n.alts) {
          const forbidden = example(alt);
          if (forbidden) {
            out.push({ what: `"${forbidden}" then "${e}" repeated`, text: fill(e, forbidden) });
            out.push({ what: `("${e}${forbidden}") repeated`, text: fill(e + forbidden) });
          }
        }
      }
      if (n.t === 'quant' && n.max === Infinity) {
        const atom = exampleOf(n.node);
        if (atom) out.push({ what: `"${atom}" pumped after "${e}"`, text: fill(atom, e) });
      }
    });
  }
  // Unclosed: the start of a match, then a run that the next parts could each take, and never the end
  // (`<!-- kijun: a` and 300 KB of spaces or ` --`: `[\w\s]+?\s*-->$` tries every split). Each unbounded
  // quantifier of an alternative (and of a group inlined into it) is pumped after the example of what precedes it,
  // alone and together with the next parts' examples.
  for (const seq of parseRegex(source)) {
    const flat = inline(seq);
    flat.forEach((n, k) => {
      if (n.t !== 'quant' || n.max !== Infinity) return;
      const prefix = example(flat.slice(0, k)) + exampleOf(n.node);
      for (let j = k; j < Math.min(flat.length, k + 4); j++) {
        const unit = example(flat.slice(k, j + 1)) || exampleOf(n.node);
        if (unit) out.push({ what: `"${prefix}" then "${unit}" pumped, unclosed`, text: fill(unit, prefix) });
      }
      // The parts after it pumped alone (`\s*` after a lazy class that also takes spaces).
      for (let j = k + 1; j < Math.min(flat.length, k + 4); j++) {
        const unit = example(flat.slice(j, j + 1));
        if (unit) out.push({ what: `"${prefix}" then "${unit}" pumped, unclosed`, text: fill(unit, prefix) });
      }
    });
  }
  for (const unit of ['あ', 'a', ' ', 'a ', ' --', '((', '。', '\u3000'])
    out.push({ what: `"${unit}" repeated`, text: fill(unit) });
  // Distinct texts only.
  const seen = new Set<string>();
  return out.filter((a) => a.text && !seen.has(a.text) && seen.add(a.text));
}

/** CPU ms to scan a text the way the checker does: test(), then every match (exec until null). */
export function scanTime(pattern: RegExp, text: string): number {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const before = process.cpuUsage();
  re.lastIndex = 0;
  re.test(text);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) && guard++ < 100_000) if (m[0].length === 0) re.lastIndex++;
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Exponential backtracking needs an ambiguous repetition: a group repeated without bound that contains another
 * unbounded repetition ((a+)+), or whose alternatives overlap ((a|ab)+). Found
 * statically: measuring such a pattern would hang the test.
 */
export function ambiguousRepetition(source: string): string | undefined {
  let found: string | undefined;
  const visit = (seq: Node[]) =>
    walk(seq, (n) => {
      if (found || n.t !== 'quant' || n.max <= 1 || n.node.t !== 'group') return;
      const inner = n.node.alts;
      let nested = false;
      walk(inner.flat(), (m) => {
        if (m.t === 'quant' && m.max === Infinity) nested = true;
      });
      if (nested && n.max === Infinity) found = 'a repeated group contains an unbounded repetition';
      // (a|ab)+: one alternative's text is a prefix of another's, so a repetition can split a text two ways.
      const texts = inner.map((alt) => example(alt));
      const overlap = texts.some((x, i) => texts.some((y, j) => i !== j && x.length > 0 && y.startsWith(x)));
      if (overlap && n.max === Infinity) found = 'a repeated group has alternatives that overlap';
    });
  visit(parseRegex(source).flat());
  return found;
}
