import type { PolicyDocument } from '../model/types';
import { asSeparateBlock } from './lines';
import { formatNumber, nextMarker, nextNumbers } from './numbers';
import type { Slot } from './slot';
import { escapeSnippet, snippetToPlain } from './snippet';
import type { ClauseToInsert, InsertEdit } from './types';

/** Writes `items` into the slot as siblings of what is there: numbered, marked and separated like them. */
export function renderSlot(doc: PolicyDocument, slot: Slot, items: ClauseToInsert[], snippet: boolean): InsertEdit {
  // Only the template carries tab stops; numbers, markers and titles are literal text.
  const lit = (s: string) => (snippet ? escapeSnippet(s) : s);
  const body = (t: string) => (snippet ? t : snippetToPlain(t));
  const numbers = slot.exact ? [slot.exact] : slot.number ? nextNumbers(slot.number, items.length, doc) : [];
  const head = (i: number, title: string) =>
    numbers[i] && slot.style ? formatNumber(numbers[i], slot.style, title) + slot.style.sep : '';

  if (slot.form === 'heading') {
    const eol = doc.eol;
    const b = slot.body ?? {};
    const bodyNumbers = b.number
      ? b.continueNumber
        ? nextNumbers(b.number, items.length, doc)
        : items.map(() => b.number!.raw)
      : [];
    const blocks = items.map((it, i) => {
      let heading = it.title;
      if (numbers[i] && slot.style)
        heading = slot.style.caption
          ? formatNumber(numbers[i], slot.style, it.title)
          : `${numbers[i]}${slot.style.sep || ' '}${it.title}`;
      // 2101-11 第11条 / 2101-10の2 第10条の2: the document number carries the article's number.
      if (numbers[i] && slot.hybrid)
        heading = `${slot.hybrid.prefix}${numbers[i].replace(/^第|条/g, '')}${slot.hybrid.sep}${heading}`;
      const lead =
        (b.marker ? `${b.marker} ` : '') +
        (bodyNumbers[i] && b.style ? formatNumber(bodyNumbers[i], b.style, it.title) + b.style.sep : '');
      return lit(`${'#'.repeat(slot.depth ?? 2)} ${heading}`) + eol + eol + lit(lead) + body(it.template);
    });
    const edit: InsertEdit = {
      offset: slot.offset,
      text: asSeparateBlock(doc.text, slot.offset, blocks.join(eol + eol), eol),
      snippet,
    };
    if (slot.unnumbered || (slot.exact && items.length > 1)) edit.unnumbered = true;
    return edit;
  }

  const pieces = items.map((it, i) => {
    const marker = slot.form === 'list' ? `${nextMarker(slot.marker ?? '-', i + 1)} ` : '';
    const caption = slot.captionLine
      ? (slot.captionLine.fullwidth ? `（${it.title}）` : `(${it.title})`) + doc.eol
      : '';
    return lit(caption + marker + head(i, it.title)) + body(it.template);
  });
  return { offset: slot.offset, text: slot.lead + pieces.join(slot.gap) + slot.trail, snippet };
}
