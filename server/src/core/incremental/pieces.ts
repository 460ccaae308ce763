import type { Root } from 'mdast';
import {
  collectDefinitions,
  definitionCandidates,
  headingCandidates,
  parsePiece,
  referenceCandidates,
  type Definition,
} from '../model/markdown';
import { IncrementalScan } from '../scan/incremental';

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
}

interface Placed<T> {
  piece: Piece<T>;
  start: number;
  /** Length of this piece's heading line(s): what the previous piece's verification read. */
  head: number;
  /** Verification key of this piece's heading, for the previous piece. */
  headKey: string;
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
}

export interface PlacedModel<T> {
  model: T;
  start: number;
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
  /** The line scan of the document, brought up to date after each edit: where root-level headings may be. */
  private readonly scan = new IncrementalScan();
  readonly stats: PieceStats = { pieces: 0, parsed: 0, parsedChars: 0, rejected: 0, reused: 0 };

  constructor(
    private readonly build: (root: Root, text: string) => T,
    options: PiecesOptions = {},
  ) {
    this.useCache = options.cache !== false;
    this.minLength = options.minLength ?? 0;
  }

  /** The pieces of `text`, re-using what did not change since the last call. */
  update(text: string, changed?: ChangedSpan): Array<PlacedModel<T>> {
    this.stats.parsed = this.stats.parsedChars = this.stats.rejected = this.stats.reused = 0;
    const old = this.text;
    const oldPlaced = this.placed;
    let result: Placed<T>[];
    if (!oldPlaced.length) {
      this.scan.update(text);
      this.guess = byLoose(definitionCandidates(text));
      result = this.split(text, 0, [], 0, '', this.minLength).pieces;
    } else {
      const span = changed ?? diff(old, text);
      if (span.start === span.oldEnd && span.start === span.newEnd && old.length === text.length) {
        result = oldPlaced;
      } else {
        this.scan.update(text, span);
        result = this.resplit(text, old, oldPlaced, span);
      }
    }
    this.text = text;
    this.placed = this.resolveDefinitions(text, result);
    this.stats.pieces = this.placed.length;
    this.prune();
    return this.placed.map((p) => ({ model: p.piece.model, start: p.start }));
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
    this.guess = byLoose([
      ...placed.flatMap((p) => p.piece.defs),
      ...definitionCandidates(text.slice(placed[first].start, tail[0]?.start ?? text.length)),
    ]);
    const { pieces, synced } = this.split(text, placed[first].start, tail, placed[first].head, placed[first].headKey);
    this.stats.reused = first + (tail.length - synced);
    return [...placed.slice(0, first), ...pieces, ...tail.slice(synced)];
  }

  /**
   * Splits text from `from` (the start of the document or of a root-level heading) until the end, or until a
   * split lands on the start of one of `tail` (pieces after the edit, already in new coordinates): from there
   * on the old pieces are still right. Returns the new pieces and the index in `tail` where they continue.
   */
  private split(
    text: string,
    from: number,
    tail: Placed<T>[],
    head = 0,
    headKey = '',
    minLength = 0,
  ): { pieces: Placed<T>[]; synced: number } {
    const candidates = headingCandidates(this.scan, text, from);
    const next = () => candidates.next().value ?? null;
    const out: Placed<T>[] = [];
    let pos = from;
    let cand = next();
    let t = 0;
    for (;;) {
      while (cand && cand.at < pos + Math.max(1, minLength)) cand = next();
      while (t < tail.length && tail[t].start <= pos) t++;
      // The old pieces' starts are tried too: a split there lets the rest of the old pieces be kept.
      const useTail = t < tail.length && (!cand || tail[t].start <= cand.at);
      const at = useTail ? tail[t].start : cand ? cand.at : -1;
      if (at < 0) {
        const rest = text.slice(pos);
        const piece = this.piece(rest, pos === 0, '', '', this.guessStubs(rest));
        out.push({ piece, start: pos, head, headKey });
        return { pieces: out, synced: tail.length };
      }
      const verifyLen = useTail ? tail[t].head : cand!.verifyEnd - cand!.at;
      const key = useTail ? tail[t].headKey : cand!.key;
      const body = text.slice(pos, at);
      const piece = this.piece(body, pos === 0, text.slice(at, at + verifyLen), key, this.guessStubs(body));
      if (useTail) t++;
      if (cand && cand.at === at) cand = next();
      if (!piece.clean) {
        this.stats.rejected++;
        continue;
      }
      out.push({ piece, start: pos, head, headKey });
      pos = at;
      head = verifyLen;
      headKey = key;
      if (useTail) return { pieces: out, synced: t - 1 };
    }
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
    return [...need].sort().join('\n');
  }

  /** The piece for this text, from the cache or parsed. `verify` is the next piece's heading line(s). */
  private piece(text: string, first: boolean, verify: string, next: string, stubs: string): Piece<T> {
    const meta = `${first ? 'F' : 'N'}${next}\u0000${stubs}`;
    if (this.useCache) {
      const hit = this.cache.get(text)?.get(meta);
      if (hit) return hit;
    }
    this.stats.parsed++;
    this.stats.parsedChars += text.length + verify.length;
    const owned = this.useCache ? own(text) : text;
    const { root, clean } = parsePiece(owned, first, verify, stubs);
    let piece: Piece<T>;
    if (!clean) {
      piece = { meta, text: owned, first, next, stubs, clean, defs: [], model: undefined as unknown as T };
    } else {
      const defs = owned.includes(']:') ? collectDefinitions(root) : [];
      piece = {
        meta,
        text: owned,
        first,
        next,
        stubs,
        clean,
        defs,
        defKeys: defs.length ? new Set(defs.map((d) => d.key)) : undefined,
        refs: referenceCandidates(owned),
        model: this.build(root, owned),
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
    const defined = byLoose(placed.flatMap((p) => p.piece.defs));
    let out = placed;
    for (let i = 0; i < placed.length; i++) {
      const p = placed[i].piece;
      let stubs = '';
      if (defined && p.refs) {
        const need = new Set<string>();
        for (const ref of p.refs) {
          for (const d of defined.get(ref) ?? []) if (!p.defKeys?.has(d.key)) need.add(d.stub);
        }
        stubs = [...need].sort().join('\n');
      }
      if (stubs === p.stubs) continue;
      const next = placed[i + 1];
      const verify = next ? text.slice(next.start, next.start + next.head) : '';
      const end = next ? next.start : text.length;
      const piece = this.piece(text.slice(placed[i].start, end), p.first, verify, p.next, stubs);
      if (!piece.clean) throw new Error('kijun: a piece stopped parsing on its own when definitions were added');
      if (out === placed) out = placed.slice();
      out[i] = { ...placed[i], piece };
    }
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
