import { nextClauseNumber, parseClauseNumber } from '../model/numbering';
import type { ClauseNumber, PolicyDocument } from '../model/types';

/** The sibling after `n`, as a number that can be advanced again (第11条 → 第12条 → 第13条). */
export function advance(n: ClauseNumber): ClauseNumber {
  const raw = nextClauseNumber(n);
  const parts = n.parts ? [...n.parts.slice(0, -1), n.value + 1] : undefined;
  return { ...n, raw, value: n.value + 1, parts };
}

/** The first number of a new run written like `n`: (3) → (1), 第3章 → 第1章. */
export function restart(n: ClauseNumber): ClauseNumber {
  const parts = n.parts ? [...n.parts.slice(0, -1), 0] : undefined;
  return advance({ ...n, value: 0, parts });
}

/** 「第十一条」 → 「第十一条の二」, 「第11条の2」 → 「第11条の3」: how a new article goes between two. */
export function branchArticle(raw: string, style: ClauseNumber['style']): string {
  const m = /^(第.+?条)(?:の(.+))?$/.exec(raw);
  if (!m) return raw;
  const current = m[2] ? (parseClauseNumber(`第${m[2]}条`)?.value ?? 1) : 1;
  const branch = parseClauseNumber(`第${current + 1}条`);
  const digits = branch ? nextClauseNumber({ ...branch, value: current, style }).slice(1, -1) : String(current + 1);
  return `${m[1]}の${digits}`;
}

/** Every article number the document already uses (第12条 and 第12条の2 both count), as raw text in ASCII. */
export function articlesInUse(doc: PolicyDocument): Set<string> {
  const used = new Set<string>();
  const add = (n: ClauseNumber | undefined, text: string) => {
    if (n?.kind === 'article') used.add(articleKey(n.raw));
    // 2101-54 第54条: the article after a university's document number counts too.
    if (n?.kind === 'hybrid') add(parseClauseNumber(text.slice(n.length)), '');
  };
  for (const c of doc.clauses) add(c.number, doc.text.slice(c.start, c.end));
  for (const s of doc.sections) add(s.number, s.title);
  return used;
}

/** 「第十二条の二」 and 「第12条の2」 are the same article. */
export function articleKey(raw: string): string {
  const m = /^第(.+?)条(?:の(.+))?$/.exec(raw);
  if (!m) return raw;
  const main = parseClauseNumber(`第${m[1]}条`)?.value;
  const branch = m[2] ? parseClauseNumber(`第${m[2]}条`)?.value : undefined;
  return branch ? `${main}-${branch}` : String(main);
}

/**
 * Numbers for `count` new siblings after `last`. Articles are numbered through the whole document, so when
 * the next article number is taken further on, the new one becomes a branch (第11条の2) as in legal drafting.
 */
export function nextNumbers(last: ClauseNumber, count: number, doc: PolicyDocument): string[] {
  const used = articlesInUse(doc);
  const out: string[] = [];
  let n = last;
  let branchFrom: string | undefined;
  for (let i = 0; i < count; i++) {
    if (last.kind !== 'article') {
      n = advance(n);
      out.push(n.raw);
      continue;
    }
    const plain = advance(n);
    if (!branchFrom && !used.has(articleKey(plain.raw))) {
      n = plain;
      out.push(n.raw);
      used.add(articleKey(n.raw));
      continue;
    }
    let raw = branchArticle(branchFrom ?? n.raw, last.style);
    while (used.has(articleKey(raw))) raw = branchArticle(raw, last.style);
    used.add(articleKey(raw));
    branchFrom = raw;
    out.push(raw);
  }
  return out;
}

/** How a number is written at `at`: what follows it (a space, a caption in parentheses) and bold. */
export interface NumberStyle {
  /** White space between the number (and caption) and the clause text. */
  sep: string;
  /** 第十一条（目的）: the number carries a caption; new clauses get the requirement's title as theirs. */
  caption: boolean;
  /** **第十一条（目的）**: the number is bold. */
  bold: boolean;
  /** The caption is in full-width parentheses （…）. */
  fullwidth: boolean;
  /** White space between the number and its caption. */
  captionGap: string;
}

/** Reads the style of the number `raw` written in `line` (the clause's first line, list marker removed). */
export function numberStyle(line: string, raw: string): NumberStyle {
  let s = line.replace(/^[ \t\u3000]*/, '');
  const bold = /^(\*\*|__)/.test(s);
  if (bold) s = s.slice(2);
  if (!s.startsWith(raw)) return { sep: ' ', caption: false, bold: false, fullwidth: false, captionGap: '' };
  s = s.slice(raw.length);
  // 「第1条（目的）」 or 「第1条 (目的)」: only articles carry a caption after a space.
  const caption = (raw.startsWith('第') ? /^([ \t\u3000]*)[(（][^)）]*[)）]/ : /^()[(（][^)）]*[)）]/).exec(s);
  if (caption) s = s.slice(caption[0].length);
  if (bold) s = s.replace(/^(\*\*|__)/, '');
  const sep = /^[ \t\u3000]*/.exec(s)![0];
  return {
    sep,
    caption: !!caption,
    bold,
    fullwidth: caption?.[0].trim().startsWith('（') ?? false,
    captionGap: caption?.[1] ?? '',
  };
}

/** The clause's number with the style: 「**第十二条（電子メール通信の暗号化）**」. */
export function formatNumber(raw: string, style: NumberStyle, title: string): string {
  let head = raw;
  if (style.caption) head += style.captionGap + (style.fullwidth ? `（${title}）` : `(${title})`);
  if (style.bold) head = `**${head}**`;
  return head;
}

/** Removes a list marker (and a task box) from the start of a list item's line. */
export function stripListMarker(line: string): { marker: string; rest: string } {
  const m = /^[ \t]*((?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)/.exec(line);
  if (!m) return { marker: '', rest: line };
  return { marker: m[1].trim().split(/[ \t]/)[0], rest: line.slice(m[0].length) };
}

/** The ordinal marker after `marker`: 2. → 3., 9) → 10); a bullet stays a bullet. */
export function nextMarker(marker: string, steps = 1): string {
  const m = /^(\d+)([.)])$/.exec(marker);
  return m ? `${Number(m[1]) + steps}${m[2]}` : marker;
}
