/**
 * Glob patterns from the repository (kijun.json `files`, the `kijun.include` setting), matched in time bounded by
 * the product of the pattern's and the name's lengths — never by backtracking. A glob library compiles `*a*a*a*…b`
 * to a regular expression that backtracks exponentially on a name of many `a`s (picomatch: 100 `a`s never finish);
 * here each path segment is matched by the classic wildcard algorithm (on a mismatch, resume after the last `*`
 * only), and segments by the same algorithm with `**` as the star, so no state is ever tried twice from the same
 * star. Patterns and names are bounded too (MAX_PATTERN_LENGTH, MAX_NAME_LENGTH, MAX_ALTERNATIVES).
 *
 * Syntax (what picomatch users write for file lists): `*` any run within a segment, `?` one character, `[abc]`,
 * `[a-z]`, `[!x]` / `[^x]` classes, `**` as a whole segment for any number of segments, `{a,b}` alternatives
 * (nested), `\` escaping the next character. With `dot: false`, `*`, `?` and `**` do not match a name starting
 * with `.` (the pattern must spell the dot, or a class hold it). Other characters, parentheses included, are literal.
 */

export const MAX_PATTERN_LENGTH = 1024;
/** A path longer than this matches nothing (PATH_MAX is 4096 on Linux). */
export const MAX_NAME_LENGTH = 4096;
/** `{a,b}{c,d}…` expands to at most this many patterns. */
export const MAX_ALTERNATIVES = 256;

type Token =
  | { t: 'char'; c: string }
  | { t: 'any' }
  | { t: 'star' }
  | { t: 'class'; negated: boolean; ranges: Array<[number, number]> };
type Segment = { t: 'globstar' } | { t: 'seg'; tokens: Token[]; wildStart: boolean };

export type GlobMatcher = (path: string) => boolean;
export type GlobResult = { ok: true; match: GlobMatcher } | { ok: false; reason: string };

/** Compiles patterns into one matcher (a path matches when any pattern does), or says why it cannot. */
export function compileGlobs(patterns: readonly string[], options: { dot?: boolean } = {}): GlobResult {
  const compiled: Segment[][] = [];
  for (const pattern of patterns) {
    if (pattern.length > MAX_PATTERN_LENGTH)
      return { ok: false, reason: `pattern longer than ${MAX_PATTERN_LENGTH} characters` };
    const expanded = expandBraces(pattern);
    if (!expanded) return { ok: false, reason: `more than ${MAX_ALTERNATIVES} alternatives in { }` };
    if (compiled.length + expanded.length > MAX_ALTERNATIVES * 4) return { ok: false, reason: 'too many patterns' };
    for (const p of expanded) compiled.push(p.split('/').map(segment));
  }
  const dot = !!options.dot;
  return {
    ok: true,
    match: (path) => {
      if (path.length > MAX_NAME_LENGTH) return false;
      const names = path.split('/');
      return compiled.some((segments) => matchSegments(segments, names, dot));
    },
  };
}

/** Any of the patterns; a pattern that cannot be used (too long, too many alternatives) matches nothing. */
export function globMatcher(pattern: string | readonly string[], options: { dot?: boolean } = {}): GlobMatcher {
  const usable: GlobMatcher[] = [];
  for (const p of typeof pattern === 'string' ? [pattern] : pattern) {
    const r = compileGlobs([p], options);
    if (r.ok) usable.push(r.match);
  }
  return (path) => usable.some((m) => m(path));
}

// -- braces ----------------------------------------------------------------------------------------------------

/** `a{b,c{d,e}}f` → [abf, acdf, acef]; undefined past MAX_ALTERNATIVES. Unbalanced braces stay literal. */
export function expandBraces(pattern: string): string[] | undefined {
  let out: string[] = [''];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      out = out.map((o) => o + pattern.slice(i, i + 2));
      i += 2;
      continue;
    }
    if (c === '{') {
      const close = matchingBrace(pattern, i);
      if (close > 0) {
        const parts = splitTopLevel(pattern.slice(i + 1, close));
        if (parts.length > 1) {
          const options: string[] = [];
          for (const part of parts) {
            const sub = expandBraces(part);
            if (!sub) return undefined;
            options.push(...sub);
            if (options.length > MAX_ALTERNATIVES) return undefined;
          }
          if (out.length * options.length > MAX_ALTERNATIVES) return undefined;
          out = out.flatMap((o) => options.map((x) => o + x));
          i = close + 1;
          continue;
        }
      }
    }
    out = out.map((o) => o + c);
    i++;
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

// -- segments --------------------------------------------------------------------------------------------------

function segment(text: string): Segment {
  if (text === '**') return { t: 'globstar' };
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) tokens.push({ t: 'char', c: text[++i] });
    else if (c === '?') tokens.push({ t: 'any' });
    else if (c === '*') {
      // `**` inside a segment (`a**b`) is a star, and runs of stars are one.
      if (tokens[tokens.length - 1]?.t !== 'star') tokens.push({ t: 'star' });
    } else if (c === '[') {
      const cls = charClass(text, i);
      if (cls) {
        tokens.push(cls.token);
        i = cls.end;
      } else tokens.push({ t: 'char', c });
    } else tokens.push({ t: 'char', c });
  }
  return { t: 'seg', tokens, wildStart: tokens[0]?.t === 'star' || tokens[0]?.t === 'any' };
}

function charClass(text: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  const negated = text[i] === '!' || text[i] === '^';
  if (negated) i++;
  const ranges: Array<[number, number]> = [];
  let first = true;
  for (; i < text.length; i++) {
    let c = text[i];
    if (c === ']' && !first) return { token: { t: 'class', negated, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < text.length) c = text[++i];
    const lo = c.codePointAt(0)!;
    if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
      let hi = text[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < text.length) hi = text[++i];
      ranges.push([lo, hi.codePointAt(0)!]);
    } else ranges.push([lo, lo]);
  }
  return undefined;
}

const tokenMatches = (token: Token, c: string): boolean => {
  switch (token.t) {
    case 'char':
      return token.c === c;
    case 'any':
      return true;
    case 'class': {
      const code = c.charCodeAt(0);
      const inside = token.ranges.some(([lo, hi]) => code >= lo && code <= hi);
      return inside !== token.negated;
    }
    case 'star':
      return false;
  }
};

/** One segment's tokens against one name: O(tokens × name) at worst. */
function matchName(seg: Extract<Segment, { t: 'seg' }>, name: string, dot: boolean): boolean {
  // A leading dot is matched by a literal `.` or a class, not by `*` or `?` (as picomatch and the shells do).
  if (!dot && name.startsWith('.') && seg.wildStart) return false;
  const tokens = seg.tokens;
  let t = 0;
  let n = 0;
  let starT = -1;
  let starN = 0;
  while (n < name.length) {
    if (t < tokens.length && tokens[t].t === 'star') {
      starT = t++;
      starN = n;
    } else if (t < tokens.length && tokenMatches(tokens[t], name[n])) {
      t++;
      n++;
    } else if (starT >= 0) {
      t = starT + 1;
      n = ++starN;
    } else return false;
  }
  while (t < tokens.length && tokens[t].t === 'star') t++;
  return t === tokens.length;
}

/** The segments against the path's names, `**` taking any number of names (none starting with `.` unless `dot`). */
function matchSegments(segments: Segment[], names: string[], dot: boolean): boolean {
  let s = 0;
  let n = 0;
  let starS = -1;
  let starN = 0;
  while (n < names.length) {
    const seg = segments[s];
    if (seg?.t === 'globstar') {
      starS = s++;
      starN = n;
    } else if (seg && matchName(seg, names[n], dot)) {
      s++;
      n++;
    } else if (starS >= 0 && (dot || !names[starN].startsWith('.'))) {
      // The globstar takes one more name (a dot name only with `dot`).
      s = starS + 1;
      n = ++starN;
    } else return false;
  }
  while (s < segments.length && segments[s].t === 'globstar') s++;
  return s === segments.length;
}
