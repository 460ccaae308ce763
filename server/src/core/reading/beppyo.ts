import type { Clause, PolicyDocument } from '../model/types';

/**
 * Obligations carried by a 別表 (appended table): an article says 「別表第2に定めるところにより…措置を講ずること」
 * and the table's rows name the measures. The rows are read in the context of the referring article: its text
 * joins the frame (`context`, `near`) of every clause in the 別表's section, so a rule that needs the article's
 * subject (e-mail, the web) sees it. The original frames are kept, so a second analysis of the same document
 * does not add the article twice.
 */
const base = new WeakMap<Clause, { context: string; near: string | undefined }>();

const KANJI: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function tableNumber(s: string | undefined): string {
  if (!s) return '';
  if (/^\d+$/.test(s)) return String(Number(s));
  if (s.length === 1 && KANJI[s]) return String(KANJI[s]);
  if (/^十[一二三四五六七八九]$/.test(s)) return String(10 + KANJI[s[1]]);
  return s;
}

// 「別表第2に定める」「別表第二に掲げる」「別表1のとおり」「別表に定めるところにより」 (normalised text).
const REFERENCE = /別表(?:第)?([0-9]+|[一二三四五六七八九十]{1,2})?(?:\([^)]{0,20}\))?(?:に|の|で)(?:定める|掲げる|示す|よる|より|とおり|記載|従)/g;
const TITLE = /^(?:[0-9.\s]*)?別表(?:第)?([0-9]+|[一二三四五六七八九十]{1,2})?/;

export function followBeppyo(doc: PolicyDocument): void {
  // Reset frames set by an earlier analysis of this document.
  for (const c of doc.clauses) {
    const b = base.get(c);
    if (b) {
      c.context = b.context;
      c.near = b.near;
    }
  }
  const refs = new Map<string, string[]>();
  for (const c of doc.clauses) {
    if (!c.norm.text.includes('別表')) continue;
    REFERENCE.lastIndex = 0;
    for (const m of c.norm.text.matchAll(REFERENCE)) {
      const key = tableNumber(m[1]);
      const list = refs.get(key) ?? [];
      if (!list.includes(c.norm.text) && list.length < 3) list.push(c.norm.text);
      refs.set(key, list);
    }
  }
  if (!refs.size) return;
  for (const s of doc.sections) {
    const m = TITLE.exec(s.titleNorm);
    if (!m) continue;
    const referring = refs.get(tableNumber(m[1])) ?? (m[1] ? undefined : refs.get(''));
    if (!referring) continue;
    const extra = referring.join(' / ');
    for (const c of doc.clauses) {
      if (c.start < s.start || c.start >= s.end) continue;
      if (!base.has(c)) base.set(c, { context: c.context, near: c.near });
      const b = base.get(c)!;
      c.context = `${b.context} / ${extra}`;
      c.near = `${b.near ?? ''} / ${extra}`;
    }
  }
}
