/**
 * Where the keys of a JSON file are, so that a problem with `severity.drm` or `files[2]` in a kijun.json is
 * shown on that key. A small, forgiving scanner (no dependency): it records, for every member and element it
 * reaches, the offsets of the member's key (with its quotes) and of its value; on a syntax error it stops and
 * keeps what it found so far.
 *
 * Paths are written as the core's ConfigProblem keys are: `edition`, `severity.drm`, `files[2]`.
 */
export interface JsonSpan {
  /** The key with its quotes (object members), or the value (array elements). */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

export function jsonLocations(text: string): Map<string, JsonSpan> {
  return scanJson(text).locations;
}

/**
 * The scan: the locations, and where the text stops being JSON (undefined when it is JSON; Node's JSON.parse
 * does not always say where).
 */
export function scanJson(text: string): { locations: Map<string, JsonSpan>; errorAt?: number } {
  const out = new Map<string, JsonSpan>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (): never => {
    throw new StopScan();
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const string = (): string => {
    if (text[i] !== '"') fail();
    i++;
    let s = '';
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const c = text[i + 1];
        if (c === 'u') {
          s += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0);
          i += 6;
        } else {
          s += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c ?? '';
          i += 2;
        }
      } else s += text[i++];
    }
    if (i >= text.length) fail();
    i++;
    return s;
  };
  /** A scalar (string, number, literal) at `i`. */
  const scalar = (): void => {
    if (text[i] === '"') {
      string();
      return;
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) fail();
    i += m![0].length;
  };
  /**
   * The containers open around `i`, innermost last: an explicit stack, not recursion — a kijun.json of 6 000
   * nested `[` overflowed the call stack and stopped the server's refresh of every set.
   */
  type Frame = { kind: 'object' | 'array'; path: string | undefined; n: number; span?: JsonSpan; depth: number };
  /** Keys deeper than this are not recorded (no problem is that deep; their paths would grow with the depth). */
  const MAX_DEPTH = 64;
  const stack: Frame[] = [];
  /** Starts the value at `i` (after white space): opens a container or reads a scalar. */
  const begin = (path: string | undefined): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      stack.push({ kind: c === '{' ? 'object' : 'array', path, n: 0, depth: stack.length + 1 });
    } else scalar();
  };
  /** The next member or element of the innermost container, or its end. */
  const step = (): void => {
    const top = stack[stack.length - 1];
    if (top.n > 0) {
      // Right after a member's value: it ends here; then `,` or the closing bracket.
      if (top.span) {
        if (top.kind === 'object') top.span.valueEnd = i;
        else top.span.keyEnd = top.span.valueEnd = i;
      }
      ws();
      const close = top.kind === 'object' ? '}' : ']';
      if (text[i] === close) {
        i++;
        stack.pop();
        return;
      }
      if (text[i] !== ',') fail();
      i++;
      ws();
    } else if ((ws(), text[i] === (top.kind === 'object' ? '}' : ']'))) {
      i++;
      stack.pop();
      return;
    }
    if (top.kind === 'object') {
      const keyStart = i;
      const key = string();
      const keyEnd = i;
      ws();
      if (text[i] !== ':') fail();
      i++;
      ws();
      const child = top.depth > MAX_DEPTH ? '' : top.path === undefined ? key : `${top.path}.${key}`;
      top.span = { keyStart, keyEnd, valueStart: i, valueEnd: i };
      if (top.depth <= MAX_DEPTH) out.set(child, top.span);
      top.n++;
      begin(child);
    } else {
      const start = i;
      const child = top.depth <= MAX_DEPTH ? `${top.path ?? ''}[${top.n}]` : '';
      top.span = { keyStart: start, keyEnd: start, valueStart: start, valueEnd: start };
      if (top.depth <= MAX_DEPTH) out.set(child, top.span);
      top.n++;
      begin(child);
    }
  };
  try {
    begin(undefined);
    while (stack.length) step();
    ws();
    if (i < text.length) fail();
  } catch (e) {
    if (!(e instanceof StopScan)) throw e;
    return { locations: out, errorAt: Math.min(i, text.length) };
  }
  return { locations: out };
}

class StopScan extends Error {}

/**
 * The offsets to underline for a problem with `key`: the member's key (an unknown key, a wrong value for
 * `edition`), or the array element (`files[2]`). Falls back to the nearest enclosing key that exists
 * (`severity` for `severity.x` when the scanner stopped early); undefined when nothing matches.
 */
export function keyRange(locations: Map<string, JsonSpan>, key: string): { start: number; end: number } | undefined {
  for (let k = key; k; k = parentKey(k)) {
    const span = locations.get(k);
    if (span)
      return span.keyEnd > span.keyStart
        ? { start: span.keyStart, end: span.keyEnd }
        : { start: span.valueStart, end: span.valueEnd };
  }
  return undefined;
}

function parentKey(key: string): string {
  if (key.endsWith(']')) return key.slice(0, key.lastIndexOf('['));
  const dot = key.lastIndexOf('.');
  return dot < 0 ? '' : key.slice(0, dot);
}
