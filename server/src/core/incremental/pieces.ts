import type { Root } from 'mdast';
import {
  collectDefinitions,
  definitionCandidates,
  headingCandidates,
  parsePiece,
  referenceCandidates,
  type Definition,
} from '../model/markdown';
import { blocksStart } from '../scan/document';
import { IncrementalScan } from '../scan/incremental';
import { isBlankBetween, lineContentEnd, measureIndent } from '../scan/lines';

/**
 * Splits a document into pieces that parse on their own (see model/markdown.ts), keeps the result of each piece
 * by content, and after an edit re-parses only the pieces the edit touched.
 *
 * A piece starts at the start of the document or at a root-level heading and ends where the next one starts.
 * What a piece's result depends on: its text, whether it starts the document, the line(s) of the next piece's
 * heading (only their kind and indentation for ATX headings: they are what the split was verified with), and the
 * definitions made elsewhere that its references use (stubs). That is the cache key.
 */
interface Piece<T> {
  /** What, besides its text, the piece was parsed with: start of the document, next heading, stubs. */
  readonly meta: string;
  readonly text: string;
  readonly first: boolean;
  /** The verification key the piece was parsed with ('' for the last piece). */
  readonly next: string;
  readonly stubs: string;
  /** false: the line after the piece is not a root-level heading in the document — not a piece. */
  readonly clean: boolean;
  readonly defs: readonly Definition[];
  readonly defKeys?: ReadonlySet<string>;
  readonly refs?: ReadonlySet<string>;
  readonly model: T;
  /** The header rows of the table the piece continues ('' for none): parsed in front of it. */
  readonly context: string;
  /** How the next piece goes on with this one (a split inside a section), and the table context it gets. */
  readonly join?: 'list' | 'table';
  readonly nextContext?: string;
  /** The piece does not parse as the rows of the table `context` says it continues. */
  readonly badStart?: boolean;
  /** What the piece starts with, and what the verification saw the next piece start with (see PieceParse). */
  readonly firstType?: string;
  readonly nextType?: string;
  /**
   * The generation of the document's definitions (PieceSplitter.defsGeneration) the piece's stubs were last found
   * right for: while the definitions stay the same, the piece needs no new look at its references.
   */
  resolved?: number;
}

interface Placed<T> {
  piece: Piece<T>;
  /** The piece's model (as PlacedModel: the placed list is what update() returns, no copy per piece). */
  model: T;
  start: number;
  /** Length of this piece's heading line(s): what the previous piece's verification read. */
  head: number;
  /** Verification key of this piece's heading, for the previous piece. */
  headKey: string;
  /** The piece continues a table (its header rows) of the piece before, '' when not. */
  context: string;
  /** The piece's first list goes on with the last list of the piece before. */
  join: boolean;
  /** What the piece before's verification saw this piece start with (undefined: not checked, see split). */
  expected?: string;
}

export interface PiecesOptions {
  /** Keep pieces by content across updates (default true). A one-shot parse does not need it. */
  cache?: boolean;
  /**
   * Shortest piece (UTF-16 units) when a document is split from scratch: shorter sections are parsed together,
   * because every remark call has a fixed cost. Pieces re-split after an edit are split at every heading, so
   * the next edit there re-parses as little as possible. Default 0.
   */
  minLength?: number;
  /**
   * Length (UTF-16 units) of the pieces a long stretch without headings is cut into (see split): a piece is
   * re-parsed whole after an edit in it. Default PART_LENGTH.
   */
  partLength?: number;
}

export interface PlacedModel<T> {
  model: T;
  start: number;
  /** The piece's first root-level list goes on with the last one of the piece before (see model/parse.ts). */
  join?: boolean;
}

/** Where an edit changed the text: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface ChangedSpan {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export interface PieceStats {
  pieces: number;
  /** Pieces parsed with remark by the last update (including rejected splits and re-parses for stubs). */
  parsed: number;
  /** Characters given to remark by the last update. */
  parsedChars: number;
  /** Splits that remark rejected in the last update. */
  rejected: number;
  reused: number;
}

const MAX_EXTRA_CACHE = 256;

/**
 * Pieces cut inside a section are about this long (UTF-16 units). An edit re-parses about one piece: on the
 * 500 KB one-table and one-list policies (test/core/incremental/measureShapes.mjs) the splitter's CPU time per
 * one-character edit was p50 3.8 / 6.0 / 11.8 / 35 ms with 2 / 4 / 8 / 16 K; below 4 K the gain is small and
 * every piece costs a remark call (~0.1–0.2 ms) when the document is read whole.
 */
let PART_LENGTH = 4 * 1024;

/** Sets the default partLength (tests: small documents cut inside sections as large ones are); returns the old. */
export function setDefaultPartLength(length: number): number {
  const old = PART_LENGTH;
  PART_LENGTH = length;
  return old;
}

/** Marks the verification key of a cut inside a section (parsePiece `part`), unlike any heading's. */
const PART_KEY = '\u0002';

/** How a piece starts: its first line as the piece before verified it, and what it continues. */
interface PieceStart {
  head: number;
  headKey: string;
  context: string;
  join: boolean;
}

const START: PieceStart = { head: 0, headKey: '', context: '', join: false };

/**
 * Where a piece may end inside a section: starts of root-level list items and table body rows, and line starts
 * where no block is open (core/scan), in order. Only lines that are not blank and do not start with a
 * byte-order mark (remark skips one only at the start of a text) or `---`, and are not indented as code.
 */
class PartCuts {
  /** Cuts at or before this offset are not offered: the split's start, then the cuts skipped. */
  private floor: number;

  // The cuts are read from the scan as they are asked for (the parts and block starts after the edit are merged on
  // the way), not listed to the end of the document for every edit.
  constructor(
    private readonly scan: IncrementalScan,
    private readonly text: string,
    from: number,
  ) {
    this.floor = from;
  }

  /** The first usable cut at or after `min` that is not forbidden and was not skipped, or -1. */
  after(min: number, forbidden: ReadonlySet<number>): number {
    const bound = Math.max(min - 1, this.floor);
    const parts = this.scan.parts;
    let p = 0;
    for (let hi = parts.length; p < hi; ) {
      const mid = (p + hi) >> 1;
      if (parts[mid].at <= bound) p = mid + 1;
      else hi = mid;
    }
    let b = this.scan.firstBlockStartAfter(bound);
    while (p < parts.length || b >= 0) {
      let at: number;
      if (p < parts.length && (b < 0 || parts[p].at <= this.scan.blockStartAt(b))) at = parts[p++].at;
      else {
        at = this.scan.blockStartAt(b);
        b = this.scan.blockStartFrom(b + 1);
      }
      if (!forbidden.has(at) && this.usable(at)) return at;
    }
    return -1;
  }

  /** A cut that was tried and rejected: later pieces end after it. */
  skip(at: number): void {
    this.floor = Math.max(this.floor, at);
  }

  private usable(at: number): boolean {
    const e = lineContentEnd(this.text, at);
    // `---` at the start of a text opens front matter (a piece's first line is parsed as one); an indented line
    // after the stubs of footnote definitions (see parsePiece) would go on with the last footnote.
    const text = this.text;
    return (
      text.charCodeAt(at) !== 0xfeff &&
      !text.startsWith('---', at) &&
      measureIndent(text, { p: at, col: 0 }, e).cols < 4 &&
      !isBlankBetween(text, at, e)
    );
  }
}

/** A copy that does not keep the whole document alive (a slice of a large string points into it). */
function own(s: string): string {
  return s.length < 16 ? s : (s + ' ').slice(0, -1);
}

export class PieceSplitter<T> {
  private placed: Placed<T>[] = [];
  private text = '';
  /** Pieces by text, then by meta (the text is not copied into a key). */
  private cache = new Map<string, Map<string, Piece<T>>>();
  private cached = 0;
  /** Definitions the document probably makes (by loose key): stubs given to pieces as they are first parsed. */
  private guess: Map<string, Definition[]> | undefined;
  private readonly useCache: boolean;
  private readonly minLength: number;
  private readonly partLength: number;
  /** The line scan of the document, brought up to date after each edit: where root-level headings may be. */
  private readonly scan = new IncrementalScan();
  /** The non-empty definition lists of the pieces, in order, as resolveDefinitions last saw them. */
  private defLists: ReadonlyArray<readonly Definition[]> = [];
  /** The same, one after another, and by loose key. */
  private allDefs: readonly Definition[] = [];
  private defined: Map<string, Definition[]> | undefined;
  private defsGeneration = 0;
  /**
   * The last resolveDefinitions gave a piece new stubs: the pieces placed now may define other things than
   * `defLists` says (the next update looks at every piece again).
   */
  private defsUncertain = true;
  /**
   * What the last resplit placed anew: indices [from, to) of its result, and whether a piece it took out or put in
   * makes definitions. (Undefined: every piece is to be looked at.)
   */
  private fresh: { from: number; to: number; defsTouched: boolean } | undefined;
  readonly stats: PieceStats = { pieces: 0, parsed: 0, parsedChars: 0, rejected: 0, reused: 0 };

  constructor(
    private readonly build: (root: Root, text: string) => T,
    options: PiecesOptions = {},
  ) {
    this.useCache = options.cache !== false;
    this.minLength = options.minLength ?? 0;
    this.partLength = options.partLength ?? PART_LENGTH;
  }

  /** The pieces of `text`, re-using what did not change since the last call. */
  update(text: string, changed?: ChangedSpan): Array<PlacedModel<T>> {
    this.stats.parsed = this.stats.parsedChars = this.stats.rejected = this.stats.reused = 0;
    const old = this.text;
    const oldPlaced = this.placed;
    let result: Placed<T>[];
    this.fresh = undefined;
    if (!oldPlaced.length) {
      this.scan.update(text);
      this.guess = byLoose(definitionCandidates(text));
      result = this.split(text, 0, [], START, this.minLength).pieces;
    } else {
      const span = changed ?? diff(old, text);
      if (span.start === span.oldEnd && span.start === span.newEnd && old.length === text.length) {
        result = oldPlaced;
        this.fresh = { from: 0, to: 0, defsTouched: false };
      } else {
        this.scan.update(text, span);
        result = this.resplit(text, old, oldPlaced, span);
      }
    }
    this.text = text;
    this.placed = this.resolveDefinitions(text, result);
    this.stats.pieces = this.placed.length;
    this.prune();
    return this.placed;
  }

  private resplit(text: string, old: string, placed: Placed<T>[], span: ChangedSpan): Placed<T>[] {
    const delta = span.newEnd - span.oldEnd;
    // A piece depends on its own text and on the heading line(s) of the next piece.
    let first = -1;
    let last = -1;
    for (let i = 0; i < placed.length; i++) {
      const start = placed[i].start;
      const depEnd = i + 1 < placed.length ? placed[i + 1].start + placed[i + 1].head : old.length;
      if (start <= span.oldEnd && span.start <= depEnd) {
        if (first < 0) first = i;
        last = i;
      } else if (start > span.oldEnd) break;
    }
    if (first < 0) first = last = placed.length - 1;
    const tail = placed.slice(last + 1).map((p) => ({ ...p, start: p.start + delta }));
    // What the document defined, and what the re-split text seems to define.
    const defs = this.defsUncertain ? definitionsOf(placed) : this.allDefs.slice();
    for (const d of definitionCandidates(text.slice(placed[first].start, tail[0]?.start ?? text.length))) defs.push(d);
    this.guess = byLoose(defs);
    const { pieces, synced } = this.split(text, placed[first].start, tail, placed[first]);
    this.stats.reused = first + (tail.length - synced);
    let defsTouched = false;
    for (let i = first; i <= last + synced && !defsTouched; i++) defsTouched = placed[i].piece.defs.length > 0;
    for (let i = 0; i < pieces.length && !defsTouched; i++) defsTouched = pieces[i].piece.defs.length > 0;
    this.fresh = { from: first, to: first + pieces.length, defsTouched };
    return [...placed.slice(0, first), ...pieces, ...tail.slice(synced)];
  }

  /**
   * Splits text from `from` (the start of the document, of a root-level heading or of a piece cut inside a
   * section, `at` saying how the piece there starts) until the end, or until a split lands on the start of one of
   * `tail` (pieces after the edit, already in new coordinates) that was parsed as the split now says: from there
   * on the old pieces are still right. Returns the new pieces and the index in `tail` where they continue.
   *
   * A stretch between headings longer than twice `partLength` is cut inside too, at the first root-level list
   * item, table row or block start after `partLength` (model/markdown.ts PartOptions), each cut verified.
   */
  private split(
    text: string,
    from: number,
    tail: Placed<T>[],
    at: PieceStart = START,
    minLength = 0,
  ): { pieces: Placed<T>[]; synced: number } {
    let candidates = headingCandidates(this.scan, text, from);
    const next = () => candidates.next().value ?? null;
    const out: Placed<T>[] = [];
    let pos = from;
    let { head, headKey, context, join } = at;
    /** What the piece before saw the piece at `pos` start with (unknown at `from`: that line did not change). */
    let expected: string | undefined;
    let cand = next();
    let t = 0;
    const cuts = new PartCuts(this.scan, text, from);
    // A one-shot parse groups short sections into pieces of minLength: it cuts inside only longer stretches.
    const partLength = Math.max(this.partLength, minLength);
    /** Cuts whose next piece did not parse as the table rows they were taken for (see badStart). */
    const forbidden = new Set<number>();
    /** Whether the piece does not start as the piece before saw it: its cut is then taken back. */
    const misplaced = (piece: Piece<T>) => piece.badStart || (expected !== undefined && piece.firstType !== expected);
    /** Takes back the last cut and splits again from the piece before it. */
    const backtrack = () => {
      ({ pos, head, headKey, context, join, expected } = this.backtrack(out, pos, forbidden));
      candidates = headingCandidates(this.scan, text, pos);
      cand = next();
      t = 0;
    };
    // Old pieces that now start inside front matter (an edit opened it above them) are not cuts.
    const blocks = from === 0 ? blocksStart(text) : 0;
    for (;;) {
      while (cand && (cand.at < pos + Math.max(1, minLength) || forbidden.has(cand.at))) cand = next();
      while (t < tail.length && (tail[t].start <= pos || tail[t].start < blocks || forbidden.has(tail[t].start))) t++;
      // The old pieces' starts are tried too: a split there lets the rest of the old pieces be kept.
      let useTail = t < tail.length && (!cand || tail[t].start <= cand.at);
      let end = useTail ? tail[t].start : cand ? cand.at : -1;
      let part = false;
      if ((end < 0 ? text.length : end) - pos > 2 * partLength) {
        const cut = cuts.after(pos + partLength, forbidden);
        if (cut >= 0 && cut < (end < 0 ? text.length : end)) {
          end = cut;
          part = true;
          useTail = false;
        }
      }
      if (end < 0) {
        const rest = text.slice(pos);
        const piece = this.piece(rest, pos === 0, '', '', this.guessStubs(rest), context);
        if (misplaced(piece)) {
          backtrack();
          continue;
        }
        out.push({ piece, model: piece.model, start: pos, head, headKey, context, join, expected });
        return { pieces: out, synced: tail.length };
      }
      const verifyLen = part ? lineContentEnd(text, end) - end : useTail ? tail[t].head : cand!.verifyEnd - cand!.at;
      const verify = text.slice(end, end + verifyLen);
      // (A copy: a slice would keep the whole text alive in the cache.)
      const key = part ? own(`${PART_KEY}${verify}`) : useTail ? tail[t].headKey : cand!.key;
      const body = text.slice(pos, end);
      const piece = this.piece(body, pos === 0, verify, key, this.guessStubs(body), context);
      if (misplaced(piece)) {
        backtrack();
        continue;
      }
      if (part) cuts.skip(end);
      else {
        if (useTail) t++;
        if (cand && cand.at === end) cand = next();
      }
      if (!piece.clean) {
        this.stats.rejected++;
        continue;
      }
      out.push({ piece, model: piece.model, start: pos, head, headKey, context, join, expected });
      pos = end;
      head = verifyLen;
      headKey = key;
      join = piece.join === 'list';
      context = piece.join === 'table' ? own(piece.nextContext!) : '';
      expected = piece.nextType;
      if (useTail) {
        const kept = tail[t - 1];
        // The old piece was parsed after the same table rows (or none) and starts as the verification says: it
        // still holds; only how its list goes on may have changed, which is assembly's business.
        if (kept.context === context && kept.piece.firstType === expected) {
          if (kept.join !== join) tail[t - 1] = { ...kept, join };
          return { pieces: out, synced: t - 1 };
        }
      }
    }
  }

  /**
   * The piece at `pos` is not the table rows the piece before said it was: that cut is given up, and the piece
   * before is split again from its start. (Not expected — a table's rows parse the same after its header rows
   * alone — but a wrong result must not come of it.)
   */
  private backtrack(
    out: Placed<T>[],
    pos: number,
    forbidden: Set<number>,
  ): PieceStart & { pos: number; expected: string | undefined } {
    const before = out.pop();
    if (!before) throw new Error('kijun: a piece does not continue the table it was split from');
    forbidden.add(pos);
    return {
      pos: before.start,
      head: before.head,
      headKey: before.headKey,
      context: before.context,
      join: before.join,
      expected: before.expected,
    };
  }

  /** Stubs for the definitions a piece's references probably need (see `guess`), before it is parsed. */
  private guessStubs(text: string): string {
    if (!this.guess) return '';
    const refs = referenceCandidates(text);
    if (!refs) return '';
    let local: Set<string> | undefined;
    const need = new Set<string>();
    for (const ref of refs) {
      for (const d of this.guess.get(ref) ?? []) {
        local ??= new Set(definitionCandidates(text).map((x) => x.key));
        if (!local.has(d.key)) need.add(d.stub);
      }
    }
    return [...need].sort().join('\n\n');
  }

  /**
   * The piece for this text, from the cache or parsed. `verify` is the next piece's heading line(s) (or first
   * line, for a cut inside a section: `next` starts with PART_KEY); `context`, the header rows of the table it
   * continues.
   */
  private piece(text: string, first: boolean, verify: string, next: string, stubs: string, context = ''): Piece<T> {
    const meta = `${first ? 'F' : 'N'}${next}\u0000${stubs}${context ? `\u0000${context}` : ''}`;
    if (this.useCache) {
      const hit = this.cache.get(text)?.get(meta);
      if (hit) return hit;
    }
    this.stats.parsed++;
    this.stats.parsedChars += text.length + verify.length + context.length;
    const owned = this.useCache ? own(text) : text;
    const part = next.startsWith(PART_KEY);
    const { root, clean, join, nextContext, badStart, firstType, nextType } = parsePiece(owned, first, verify, stubs, {
      context,
      part,
    });
    // What the piece was parsed with; a piece that does not parse on its own (not clean) carries no model.
    const base = { meta, text: owned, first, next, stubs, clean, context, firstType };
    let piece: Piece<T>;
    if (!clean) {
      piece = { ...base, defs: [], model: undefined as unknown as T, badStart };
    } else {
      const defs = owned.includes(']:') ? collectDefinitions(root) : [];
      piece = {
        ...base,
        defs,
        defKeys: defs.length ? new Set(defs.map((d) => d.key)) : undefined,
        refs: referenceCandidates(owned),
        model: this.build(root, owned),
        join,
        nextContext,
        nextType,
      };
    }
    if (this.useCache) {
      let byMeta = this.cache.get(owned);
      if (!byMeta) this.cache.set(owned, (byMeta = new Map()));
      byMeta.set(meta, piece);
      this.cached++;
    }
    return piece;
  }

  /**
   * Gives every piece the definitions made in other pieces that its references may use, as stubs, and
   * re-parses the pieces whose stubs changed. A piece is parsed at most once more.
   */
  private resolveDefinitions(text: string, placed: Placed<T>[]): Placed<T>[] {
    // A piece's stubs depend on its own references and on the document's definitions only: while those are the
    // same definitions in the same order (the same arrays of the same pieces), a piece found right is still right.
    // After a resplit that took out and put in no piece making definitions, they are the last update's, and only
    // the pieces it placed anew are looked at.
    const fresh = this.fresh;
    let from = 0;
    let to = placed.length;
    if (fresh && !fresh.defsTouched && !this.defsUncertain) {
      from = fresh.from;
      to = fresh.to;
    } else {
      const all = definitionLists(placed);
      if (all.length !== this.defLists.length || all.some((d, i) => d !== this.defLists[i])) {
        this.defLists = all;
        this.allDefs = all.flat();
        this.defined = byLoose(this.allDefs);
        this.defsGeneration++;
      }
    }
    const generation = this.defsGeneration;
    const defined = this.defined;
    let out = placed;
    for (let i = from; i < to; i++) {
      const p = placed[i].piece;
      if (p.resolved === generation) continue;
      let stubs = '';
      if (defined && p.refs) {
        const need = new Set<string>();
        for (const ref of p.refs) {
          for (const d of defined.get(ref) ?? []) if (!p.defKeys?.has(d.key)) need.add(d.stub);
        }
        // A blank line between stubs: right after a footnote's stub, a definition line would continue the footnote.
        stubs = [...need].sort().join('\n\n');
      }
      if (stubs === p.stubs) {
        p.resolved = generation;
        continue;
      }
      const next = placed[i + 1];
      const verify = next ? text.slice(next.start, next.start + next.head) : '';
      const end = next ? next.start : text.length;
      const piece = this.piece(text.slice(placed[i].start, end), p.first, verify, p.next, stubs, p.context);
      if (!piece.clean || piece.join !== p.join || piece.nextContext !== p.nextContext)
        throw new Error('kijun: a piece stopped parsing on its own when definitions were added');
      if (out === placed) out = placed.slice();
      out[i] = { ...placed[i], piece, model: piece.model };
      piece.resolved = generation;
    }
    this.defsUncertain = out !== placed;
    return out;
  }

  /** Keeps the cache to the current pieces and a few hundred others (undo, moved sections). */
  private prune(): void {
    if (!this.useCache || this.cached <= this.placed.length * 2 + MAX_EXTRA_CACHE) return;
    const cache = new Map<string, Map<string, Piece<T>>>();
    let cached = 0;
    const keep = (p: Piece<T>) => {
      let byMeta = cache.get(p.text);
      if (!byMeta) cache.set(p.text, (byMeta = new Map()));
      if (!byMeta.has(p.meta)) cached++;
      byMeta.set(p.meta, p);
    };
    for (const p of this.placed) keep(p.piece);
    // The most recently added of the others (Map order is insertion order).
    const others = [...this.cache.values()].flatMap((m) => [...m.values()]).slice(-MAX_EXTRA_CACHE / 2);
    for (const p of others) keep(p);
    this.cache = cache;
    this.cached = cached;
  }
}

/** The pieces' non-empty definition lists, in order. */
function definitionLists<T>(placed: readonly Placed<T>[]): Array<readonly Definition[]> {
  const out: Array<readonly Definition[]> = [];
  for (let i = 0; i < placed.length; i++) {
    const defs = placed[i].piece.defs;
    if (defs.length) out.push(defs);
  }
  return out;
}

/** Every definition the pieces make, in order. */
function definitionsOf<T>(placed: readonly Placed<T>[]): Definition[] {
  const out: Definition[] = [];
  for (const defs of definitionLists(placed)) for (const d of defs) out.push(d);
  return out;
}

function byLoose(defs: readonly Definition[]): Map<string, Definition[]> | undefined {
  if (!defs.length) return undefined;
  const map = new Map<string, Definition[]>();
  for (const d of defs) {
    const list = map.get(d.loose);
    if (!list) map.set(d.loose, [d]);
    else if (!list.some((x) => x.key === d.key)) list.push(d);
  }
  return map;
}

/**
 * The span where two texts differ: common prefix and suffix. Found by halving with native string comparisons
 * of slices (a slice of a flat string is not a copy), which is much faster than a loop over characters.
 */
export function diff(a: string, b: string): ChangedSpan {
  const n = Math.min(a.length, b.length);
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  const p = lo;
  lo = 0;
  hi = n - p;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return { start: p, oldEnd: a.length - lo, newEnd: b.length - lo };
}
