import type { PolicyDocument } from '../model/types';

// The place of an offset as the reader of the original document names it: 「第12条第2項第1号」 in a regulation,
// else the heading it is under (「7.2.1 電子メール」). Read from the policy's own structure (article headings or
// numbers, paragraph numbers 2 3, item numbers (1) 一), so it works for any Markdown — and names, for an imported
// Word file or 例規集 page, the article and paragraph the user knows rather than a line of the converted text.

const ITEM_KINDS = new Set(['paren-digit', 'circled-paren-digit', 'circled-digit', 'kanji-item']);

export function placeOf(doc: PolicyDocument, offset: number): string | undefined {
  const clause = doc.clauses.find((c) => c.start <= offset && offset < Math.max(c.end, c.start + 1));
  let sectionIndex = clause?.section ?? -1;
  if (!clause) {
    for (const s of doc.sections) if (s.headingStart <= offset && offset < s.end) sectionIndex = s.index;
  }
  const section = doc.sections[sectionIndex];
  // The article: the section's own number (### 第12条（…）), or the last article clause before the offset in it.
  let article = section?.number?.kind === 'article' ? section.number.raw : undefined;
  let from = section ? section.headingEnd : 0;
  const all = doc.clauses.filter((c) => c.section === sectionIndex && c.parentClause === undefined);
  const inSection = all.filter((c) => c.start <= offset);
  for (const c of inSection) {
    if (c.number?.kind === 'article') {
      article = c.number.raw;
      from = c.start;
    }
  }
  if (!article) return section ? section.title.trim() : undefined;
  if (!clause || clause.start < from) return article;
  // 項 and 号 after the article's start: 2, 3 … and (1), 一 … (the first paragraph is unnumbered: 第1項).
  const after = inSection.filter((c) => c.start >= from);
  let paragraph: number | undefined;
  let item: number | undefined;
  for (const c of after) {
    const n = c.number;
    if (n?.kind === 'digit' && n.value >= 2) {
      paragraph = n.value;
      item = undefined;
    } else if (n && ITEM_KINDS.has(n.kind)) {
      item = n.value;
    } else if (c !== after[0] && !n) {
      item = undefined;
    }
  }
  // Paragraphs of this article, also after the offset (up to the next article): a first paragraph is 第1項 only then.
  const rest = all.filter((c) => c.start >= from);
  const nextArticle = rest.findIndex((c, k) => k > 0 && c.number?.kind === 'article');
  const own = nextArticle > 0 ? rest.slice(0, nextArticle) : rest;
  const hasParagraphs = own.some((c) => c.number?.kind === 'digit' && c.number.value >= 2);
  let label = article;
  if (paragraph) label += `第${paragraph}項`;
  else if (hasParagraphs && clause.number?.kind !== 'article') label += '第1項';
  if (item && clause.number && ITEM_KINDS.has(clause.number.kind)) label += `第${item}号`;
  return label;
}
