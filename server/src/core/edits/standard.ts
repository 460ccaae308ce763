import type { ClauseNumber, PolicyDocument, Section } from '../model/types';

// Policies of ministries often number their sections after the Common Standards themselves (第7部, 7.2, 7.2.1):
// there a section number names a part of the standard. A new heading in such a policy must go where the standard
// puts the requirement, and must never take a number that belongs to another part of the standard.

/** The standard's section numbers a requirement's reference names: "7.2.1(1) / 6.3.2" → [[7,2,1],[6,3,2]]. */
export function referenceNumbers(section: string | undefined): number[][] {
  if (!section) return [];
  const out: number[][] = [];
  for (const m of section.normalize('NFKC').matchAll(/(?<![\d.])(\d+(?:\.\d+)*)/g))
    out.push(m[1].split('.').map(Number));
  return out;
}

/** A section's number as the standard's parts: 第7部 → [7], 7.2.1 → [7,2,1]; other numberings → undefined. */
export function standardParts(n: ClauseNumber | undefined): number[] | undefined {
  if (!n) return undefined;
  if (n.kind === 'decimal' && n.parts && n.parts.length >= 2) return n.parts;
  if (n.kind === 'chapter' && n.unit === '部') return [n.value];
  return undefined;
}

const startsWith = (a: number[], prefix: number[]) => prefix.length <= a.length && prefix.every((p, i) => a[i] === p);

/**
 * Whether the policy numbers its sections after the standard: among the sections found for requirements by their
 * topic (their homes) that carry a standard-like number, most sit at the number the standard gives the
 * requirement (the 電子メール section is 7.2.1, where the standard has mail). `homes` pairs a home section with
 * the requirement's reference.
 */
export function followsStandardNumbering(
  doc: PolicyDocument,
  homes: Array<{ home: number; section?: string }>,
): boolean {
  let agree = 0;
  let disagree = 0;
  for (const { home, section } of homes) {
    const parts = standardParts(doc.sections[home]?.number);
    const refs = referenceNumbers(section);
    if (!parts || !refs.length) continue;
    if (refs.some((r) => startsWith(r, parts) || startsWith(parts, r))) agree++;
    else disagree++;
  }
  return agree > 0 && agree >= disagree;
}

/** The section numbered as the part of the standard the requirement is in (the longest matching prefix), or -1. */
export function standardHome(doc: PolicyDocument, section: string | undefined): number {
  const refs = referenceNumbers(section);
  let best = -1;
  let bestLength = 0;
  for (const s of doc.sections) {
    const parts = standardParts(s.number);
    if (!parts || parts.length <= bestLength) continue;
    if (refs.some((r) => startsWith(r, parts))) {
      best = s.index;
      bestLength = parts.length;
    }
  }
  return best;
}

/** Every standard-like number the document's headings use, as "7.2.1". */
function numbersInUse(doc: PolicyDocument): Set<string> {
  const used = new Set<string>();
  for (const s of doc.sections) {
    const parts = standardParts(s.number);
    if (parts) used.add(parts.join('.'));
  }
  return used;
}

/** The raw text of a standard number written like `like`: 7.2.3, ７．２．３, 第8部. */
function writeLike(like: ClauseNumber, parts: number[]): string {
  const digits = (v: number) =>
    like.style === 'fullwidth' ? String(v).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : String(v);
  if (like.kind === 'chapter') {
    if (like.style === 'kanji') return like.raw; // rare in this form; the caller checks it is free first
    return `第${digits(parts[parts.length - 1])}部`;
  }
  const dot = /[．]/.test(like.raw) ? '．' : '.';
  const trailing = /[.．]$/.test(like.raw) ? dot : '';
  return parts.map(digits).join(dot) + trailing;
}

/**
 * The number a new heading among `siblings` takes in a policy that follows the standard: the requirement's own
 * number at that level when it is free (and where it goes among the siblings: before the first with a higher
 * number), or none when the next free number would be another part's ("7.2.2" where 7.2.2 is the web).
 * Undefined when the siblings are not numbered after the standard (the caller continues them as before).
 */
export function standardHeadingNumber(
  doc: PolicyDocument,
  siblings: Section[],
  section: string | undefined,
): { raw?: string; before?: Section } | undefined {
  const last = siblings[siblings.length - 1];
  const parts = standardParts(last?.number);
  if (!parts || !last.number) return undefined;
  const refs = referenceNumbers(section);
  if (!refs.length) return {};
  const prefix = parts.slice(0, -1);
  const own = refs.find((r) => r.length >= parts.length && startsWith(r, prefix));
  if (!own) return {};
  const candidate = own.slice(0, parts.length);
  if (numbersInUse(doc).has(candidate.join('.'))) return {};
  const raw = writeLike(last.number, candidate);
  if (last.number.kind === 'chapter' && last.number.style === 'kanji') return {};
  const before = siblings.find((s) => {
    const p = standardParts(s.number);
    return p && compareParts(p, candidate) > 0;
  });
  return { raw, before };
}

function compareParts(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d) return d;
  }
  return 0;
}
