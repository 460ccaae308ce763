/**
 * Kijun's own comments in policy text:
 *
 *   <!-- kijun-disable-next-line <id>[, <id>…] [-- <reason>] -->   ignore the next clause for these ids
 *   <!-- kijun: <id>[, <id>…] -->                                   the next clause is the evidence for them
 *
 * Read without a backtracking regular expression: an HTML node's value can be a whole unclosed comment (megabytes
 * of a policy after a stray `<!-- kijun: a`), and the former patterns (`([\w\s,-]+?)(?:\s+--…)?\s*-->$`) tried
 * every split of a long run of spaces or ` --` (300 KB: 70 s). Every step here is a single pass.
 */
export type KijunComment = { kind: 'disable' | 'marker'; ids: string[] };

const DISABLE = 'kijun-disable-next-line';
const MARKER = 'kijun:';
/** One character class, anchored at both ends: a single linear pass. */
const IDS = /^[\w\s,-]+$/;

export function kijunComment(value: string): KijunComment | undefined {
  const v = value.trim();
  // `<!--` + `-->`, not overlapping (`<!-->` is no comment of ours).
  if (v.length < 7 || !v.startsWith('<!--') || !v.endsWith('-->')) return undefined;
  const inner = v.slice(4, -3).trimStart();
  if (inner.startsWith(DISABLE)) {
    const rest = inner.slice(DISABLE.length);
    if (!/^\s/.test(rest)) return undefined;
    const body = rest.trimStart();
    // Only white space: an empty list, as the former pattern read it (one space separates, one is the list).
    if (!body) return rest.length >= 2 ? { kind: 'disable', ids: [] } : undefined;
    // The ids end at the first white space followed by `--` (the reason follows); else at the end.
    const cut = body.search(/\s--/);
    const found = withIds('disable', cut < 0 ? body : body.slice(0, cut));
    // `kijun-disable-next-line   -- reason`: the spaces before `--` were the (empty) list.
    if (!found && body.startsWith('--') && rest.length - body.length >= 3) return { kind: 'disable', ids: [] };
    return found;
  }
  if (inner.startsWith(MARKER)) {
    const rest = inner.slice(MARKER.length);
    return rest.trim() ? withIds('marker', rest) : rest ? { kind: 'marker', ids: [] } : undefined;
  }
  return undefined;
}

function withIds(kind: KijunComment['kind'], raw: string): KijunComment | undefined {
  if (!IDS.test(raw)) return undefined;
  return { kind, ids: raw.split(/[\s,]+/).filter(Boolean) };
}
