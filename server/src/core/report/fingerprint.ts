// A finding's fingerprint: what it is about, not where it is. Lines move as a policy is edited; the requirement,
// the kind of finding and the words of the clause it points at do not. `kijun check --baseline` matches findings
// of a previous run by file, code, kind and this fingerprint, and SARIF carries it as a partial fingerprint (code
// scanning follows an alert across commits with it). Pure: no Node built-ins (the core also runs in a web worker).
import type { PolicyAnalysis } from '../checker/check';
import type { Finding } from '../checker/types';

/** The text a finding is about, normalized: NFKC, no white space, without the clause's own number (renumbering). */
function basis(f: Finding, analysis: PolicyAnalysis): string {
  if (f.data.key !== undefined) return `key:${f.data.key}`;
  const clause = f.data.clause === undefined ? undefined : analysis.document.clauses[f.data.clause];
  const text = analysis.document.text;
  // The finding's own words (an outdated term) and the clause around them; a missing requirement: none (one per file).
  // The clause's own number (「(3)」「第12条」) is left out, wherever the markup puts it: renumbering is no change.
  const raw = clause?.number?.raw;
  const unnumbered = (s: string) => {
    const i = raw ? s.indexOf(raw) : -1;
    return raw && i >= 0 && i <= 4 ? s.slice(0, i) + s.slice(i + raw.length) : s;
  };
  const own = f.kind === 'missing' ? '' : unnumbered(text.slice(f.start, f.end));
  const around = clause ? unnumbered(text.slice(clause.start, clause.end)) : '';
  return `${squeeze(own)}\u0000${squeeze(around)}`;
}

const squeeze = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();

/** cyrb53: a fast 53-bit string hash (public domain), as 14 hex digits. Not for security, for matching. */
function hash53(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** `v1:<14 hex>` over the code, the kind and the normalized text the finding is about. */
export function findingFingerprint(f: Finding, analysis: PolicyAnalysis): string {
  return `v1:${hash53(`${f.code}\u0000${f.kind}\u0000${basis(f, analysis)}`)}`;
}
